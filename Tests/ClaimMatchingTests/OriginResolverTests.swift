import ClaimExtraction
import CorroborateModel
import Testing
@testable import ClaimMatching

/// Which people `OriginResolver` takes for one origin (`mergePeople`), on hand-built claim sets:
/// one claim per document, each from its own outlet, quoting the person named.
@Suite struct OriginResolverTests {
    /// The origin index of each named person, in the order given.
    static func origins(of names: [String], kinds: [Source.Kind]? = nil) -> [Int] {
        var documents: [Document] = []
        var sources: [Source] = []
        var claims: [Claim] = []
        for (i, name) in names.enumerated() {
            documents.append(Document(id: "d\(i)", article: Article(input: "p\(i).html", outlet: "Outlet \(i)")))
            sources.append(Source(id: "s\(i)", name: name, kind: kinds?[i] ?? .person))
            let text = "\(name) said the talks would resume."
            claims.append(Claim(id: "c\(i)", document: "d\(i)", paragraph: 0, text: text, content: "the talks would resume",
                                cue: "said", quote: .indirect, polarity: .positive, source: "s\(i)", via: [],
                                offsets: .init(text: Span(0, text.count), source: [Span(0, name.count)], cue: [], content: [])))
        }
        let resolution = OriginResolver().resolve(ClaimSet(documents: documents, sources: sources, claims: claims),
                                                  copiedFrom: [:])
        return claims.map { resolution.traces[$0.id]!.origin }
    }

    /// A shortened name is the one longer name in the story it starts ("the central bank" and "The
    /// Central Bank of Yemen in Aden", «خلية الأزمة» and «خلية الأزمة في محافظة البصرة»); a one-word
    /// start, or the start of two different names, is not.
    @Test func aShortenedNameIsTheOneLongerNameItStarts() {
        let bank = Self.origins(of: ["The Central Bank of Yemen in Aden", "the central bank"], kinds: [.organization, .organization])
        #expect(Set(bank).count == 1)
        let cell = Self.origins(of: ["خلية الأزمة في محافظة البصرة", "خلية الأزمة"], kinds: [.person, .person])
        #expect(Set(cell).count == 1)
        let two = Self.origins(of: ["the central bank", "The Central Bank of Yemen in Aden", "The Central Bank of Yemen in Sanaa"],
                               kinds: [.organization, .organization, .organization])
        #expect(Set(two).count == 3)
        let one = Self.origins(of: ["the ministry", "the ministry of health"], kinds: [.organization, .organization])
        #expect(Set(one).count == 2)
        #expect(StoryBuilder.namesMedia("Two Iraqi news sites") && StoryBuilder.namesMedia("وسائل إعلام محلية"))
        #expect(!StoryBuilder.namesMedia("the ministry's spokesman"))
    }

    /// Titles, a missing given name and the other script do not make another person.
    @Test func oneSurnameWithTitlesOrWithoutGivenNameIsOnePerson() {
        let o = Self.origins(of: ["Secretary of State Marco Rubio", "Marco Rubio", "Rubio", "Mr. Rubio"])
        #expect(Set(o).count == 1, "\(o)")
        let g = Self.origins(of: ["Director of National Intelligence Tulsi Gabbard", "Gabbard", "غابارد", "تولسي غابارد"])
        #expect(Set(g).count == 1, "\(g)")
    }

    /// Every word of `Linguistics.Titles` is a title here too, also after the name (the surname
    /// of «ماركو روبيو وزير الخارجية» is روبيو, not الخارجية).
    @Test func titlesAfterTheNameAreNotTheSurname() {
        #expect(Set(Self.origins(of: ["ماركو روبيو وزير الخارجية", "ماركو روبيو"])).count == 1)
        #expect(Set(Self.origins(of: ["Marco Rubio, Secretary of State", "Rubio"])).count == 1)
        #expect(SourceIdentity.titles.isSuperset(of: ["president", "prime", "minister", "الخارجيه", "ولي", "العهد", "sen"]))
    }

    /// Short surnames (one consonant) merge when spelled alike, in either script.
    @Test func shortSurnamesMergeWhenSpelledAlike() {
        #expect(Set(Self.origins(of: ["Yang Li", "Li"])).count == 1)
        #expect(Set(Self.origins(of: ["محمد علي", "علي"])).count == 1)
        #expect(Set(Self.origins(of: ["Yang Li", "Yang Lu"])).count == 2)
    }

    /// An unnamed description of a spokesperson is the one named spokesperson it fits.
    @Test func anUnnamedSpokespersonIsTheNamedOneItDescribes() {
        let named = "Dr. Lubna Khreisat, a spokeswoman for Al-Bashir Hospital"
        #expect(Set(Self.origins(of: [named, "a hospital spokeswoman"], kinds: [.person, .anonymous])).count == 1)
        #expect(Set(Self.origins(of: ["المتحدثة باسم مستشفى البشير لبنى الخريسات", "متحدثة باسم المستشفى"],
                                  kinds: [.person, .anonymous])).count == 1)
        // Two hospitals' spokespeople: the description fits both, so it is neither.
        let two = Self.origins(of: [named, "Omar Haddad, a spokesman for Al-Khalidi Hospital", "a hospital spokesman"],
                               kinds: [.person, .person, .anonymous])
        #expect(Set(two).count == 3, "\(two)")
        // A description with a word the named one lacks is someone else.
        #expect(Set(Self.origins(of: [named, "a police spokesman"], kinds: [.person, .anonymous])).count == 2)
    }

    /// A two-consonant surname across scripts needs the given names to agree too.
    @Test func shortSurnamesAcrossScriptsNeedTheGivenName() {
        #expect(Set(Self.origins(of: ["its spokesman Jaafar al-Mousawi", "المتحدث باسم لواء حرّاس البادية، جعفر الموسوي"])).count == 1)
        #expect(Set(Self.origins(of: ["Jaafar al-Mousawi", "خالد الموسوي"])).count == 2)
    }

    /// Organisations whose names translate are one origin.
    @Test func translatedOrganisationNamesAreOneOrigin() {
        let kinds: [Source.Kind] = [.organization, .organization]
        #expect(Set(Self.origins(of: ["the Euphrates Observatory for Human Rights", "مرصد الفرات لحقوق الإنسان"], kinds: kinds)).count == 1)
        #expect(Set(Self.origins(of: ["The National Cyber Defence Centre", "المركز الوطني للدفاع السيبراني"], kinds: kinds)).count == 1)
        #expect(Set(Self.origins(of: ["the Euphrates Observatory for Human Rights", "مرصد دجلة لحقوق الإنسان"], kinds: kinds)).count == 2)
        #expect(Set(Self.origins(of: ["The National Cyber Defence Centre", "المركز الوطني للأمن السيبراني"], kinds: kinds)).count == 2)
        // More institution words: a central bank, a water ministry, a football federation, a fund.
        #expect(Set(Self.origins(of: ["The Central Bank of Bahrain", "مصرف البحرين المركزي"], kinds: kinds)).count == 1)
        #expect(Set(Self.origins(of: ["the Ministry of Water Resources", "وزارة الموارد المائية"], kinds: kinds)).count == 1)
        #expect(Set(Self.origins(of: ["the International Monetary Fund", "صندوق النقد الدولي"], kinds: kinds)).count == 1)
        #expect(Set(Self.origins(of: ["the Ministry of Water Resources", "وزارة الزراعة"], kinds: kinds)).count == 2)
    }

    /// Given names that disagree in the same script are two people.
    @Test func differentGivenNamesAreDifferentPeople() {
        #expect(Set(Self.origins(of: ["Joe Biden", "Hunter Biden"])).count == 2)
        #expect(Set(Self.origins(of: ["Yang Li", "Wei Li"])).count == 2)
        #expect(Set(Self.origins(of: ["Marco Rubio", "Lena Vogt"])).count == 2)
    }
}

/// A spokesperson speaks for the organisation the description names (mentions as they appear in
/// `Corpora/sahab-factory-fire`), in either script; a person with no organisation stays a person.
@Suite struct SpokespersonOrganizationTests {
    @Test(arguments: [
        "Civil Defence spokesman Lt. Col. Raed al-Hiyari",
        "الناطق الإعلامي باسم المديرية العامة للدفاع المدني المقدم رائد الحياري",
    ])
    func spokespeopleSpeakForTheirOrganisation(_ name: String) {
        #expect(SourceIdentity.spokespersonOrganization(name) == "entity:civil-defence")
    }

    @Test(arguments: ["Raed al-Hiyari", "Majed al-Tarawneh, president of the General Trade Union", "the Civil Defence Directorate"])
    func othersAreNotSpokespeople(_ name: String) {
        #expect(SourceIdentity.spokespersonOrganization(name) == nil)
    }
}

/// A named official whom the text places in an organisation named only by its type ("the
/// company's director of operations", «مدير العمليات في الشركة») speaks for the organisation last
/// named; a worker, a resident or an official of a named body does not take it.
@Suite struct EmployerReferenceTests {
    @Test(arguments: [
        "Eng. Salim al-Kathiri, the company’s director of operations",
        "Nader Kawar, managing director of the firm",
        "سالم الكثيري، مدير العمليات في الشركة",
    ])
    func officialsOfTheCompany(_ name: String) {
        #expect(SourceIdentity.namesEmployerGenerically(name))
    }

    @Test(arguments: [
        "Lahcen Bouzid, a farmer who works for the company",
        "Hassan al-Maliki, president of the Basra branch of the Oil Workers’ Union",
        "Salim al-Kathiri",
        "Sami Haddad, a resident near the company’s plant",
    ])
    func othersAreNot(_ name: String) {
        #expect(!SourceIdentity.namesEmployerGenerically(name))
    }
}

/// A source the extractor typed as an organisation whose name is one of the story's outlets
/// ("According to the agency", resolved to "Gulf Wire Service") is that outlet's reporting: the
/// article that cites it adds no sourcing of its own.
@Suite struct StoryOutletSourceTests {
    @Test func anOrganisationNamedLikeAStoryOutletIsThatOutlet() {
        let documents = [
            Document(id: "d1", article: Article(input: "gulfwire.html", outlet: "Gulf Wire Service", published: "2026-06-09T10:00:00+00:00")),
            Document(id: "d2", article: Article(input: "horn.html", outlet: "Horn Digest", published: "2026-06-10T10:00:00+00:00")),
        ]
        let sources = [
            Source(id: "s1", name: "two diplomats familiar with the talks", kind: .anonymous),
            Source(id: "s2", name: "Gulf Wire Service", kind: .organization),
        ]
        func claim(_ id: String, _ document: String, _ source: String, _ cue: String) -> Claim {
            let text = "The talks are the first face-to-face meeting since January."
            return Claim(id: id, document: document, paragraph: 0, text: text, content: text, cue: cue, quote: .indirect,
                         polarity: .positive, source: source, via: [],
                         offsets: .init(text: Span(0, text.count), source: [], cue: [], content: [Span(0, text.count)]))
        }
        let set = ClaimSet(documents: documents, sources: sources,
                           claims: [claim("c1", "d1", "s1", "said"), claim("c2", "d2", "s2", "also noted")])
        let report = StoryAnalyzer().analyze(set, groups: [])
        #expect(report.story.noOwnSourcing == ["d2"])
        #expect(report.sources.first { $0.id == "s2" }?.kind == .outlet)
    }
}

/// Outlet names cited in the other script by translation ("Aden Gate" for «بوابة عدن»).
@Suite struct TranslatedOutletNameTests {
    @Test(arguments: [("Aden Gate", "بوابة عدن"), ("Darfur Now", "دارفور الآن"), ("Voice of Khartoum", "صوت الخرطوم"),
                      ("Taiz Today", "تعز اليوم")])
    func translatedNamesMatch(_ english: String, _ arabic: String) throws {
        let e = try #require(TranslatedOutletName(english))
        let a = try #require(TranslatedOutletName(arabic))
        #expect(e.matches(a))
    }

    @Test func otherNamesDoNotMatch() throws {
        let gate = try #require(TranslatedOutletName("بوابة عدن"))
        #expect(TranslatedOutletName("Aden Times").map(gate.matches) != true)
        #expect(TranslatedOutletName("Sanaa Gate").map(gate.matches) != true)
        #expect(TranslatedOutletName("The Aden Herald") == nil)
    }

    /// A relay named by translation maps to the story's outlet.
    @Test func relaysNamedByTranslationAreTheStoryOutlet() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "بوابة عدن")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "Relief Digest"))]
        let mentions = OutletMentions(documents: documents)
        #expect(mentions.key(ofOutletNamed: "Aden Gate, an Arabic-language news portal") == EntityKey.outlet("بوابة عدن"))
        #expect(mentions.outlets(in: "the ministry denied this, Aden Gate reported") == [EntityKey.outlet("بوابة عدن")])
    }

    /// A relay named in the other script maps to the story's outlet («سيركت ليدجر» = Circuit Ledger).
    @Test func relaysSpeltInTheOtherScriptAreTheStoryOutlet() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "Circuit Ledger")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "عين التقنية"))]
        let mentions = OutletMentions(documents: documents)
        #expect(mentions.key(ofOutletNamed: "سيركت ليدجر") == EntityKey.outlet("Circuit Ledger"))
        #expect(mentions.key(ofOutletNamed: "Tidewater Press Agency") != EntityKey.outlet("Circuit Ledger"))
    }

    /// An institution named in both scripts by translation, with or without its country:
    /// "Oman’s Civil Aviation Authority" = «هيئة الطيران المدني»; another authority is not.
    @Test func institutionsTranslateAcrossScripts() throws {
        let english = try #require(TranslatedOutletName.organization("Oman’s Civil Aviation Authority"))
        let arabic = try #require(TranslatedOutletName.organization("هيئة الطيران المدني"))
        #expect(english.matches(arabic))
        let ports = try #require(TranslatedOutletName.organization("مؤسسة الموانئ"))
        #expect(!ports.matches(arabic))
        let customs = try #require(TranslatedOutletName.organization("Tunisia's customs authority"))
        #expect(!customs.matches(arabic))
    }

    /// A coined word of an organisation's name is its own: «شركة فيروليث البريطانية للأمن السيبراني»
    /// names the story outlet Ferrolith (a firm's blog); descriptions and nationalities are not.
    @Test func aFirmNamedInTheOtherScriptIsTheStoryOutlet() {
        #expect(OutletMentions.coinedWords("شركة فيروليث البريطانية للأمن السيبراني") == ["فيروليث"])
        #expect(OutletMentions.coinedWords("British cybersecurity firm Ferrolith") == ["ferrolith"])
        #expect(OutletMentions.coinedWords("وزارة الصحة").isEmpty)
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "Ferrolith")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "موجز الخليج"))]
        let mentions = OutletMentions(documents: documents)
        let sources = [Source(id: "s1", name: "شركة فيروليث البريطانية للأمن السيبراني", kind: .organization),
                       Source(id: "s2", name: "وزارة الصحة", kind: .organization)]
        #expect(mentions.recognizingOutlets(sources).map(\.kind) == [.outlet, .organization])
    }

    /// "the Standard", "the Herald": the last word of one story outlet's name is that outlet;
    /// a word two outlets end in, a lower-case word or a person named so is not.
    @Test func anOutletCalledByTheLastWordOfItsName() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "The Muscat Standard")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "The Two Rivers Herald")),
                         Document(id: "d3", article: Article(input: "c.html", outlet: "Gulf Daily Herald")),
                         Document(id: "d4", article: Article(input: "d.html", outlet: "Seaborne Ledger"))]
        let mentions = OutletMentions(documents: documents)
        #expect(mentions.key(ofOutletNamed: "the Standard") == EntityKey.outlet("The Muscat Standard"))
        #expect(mentions.key(ofOutletNamed: "the Ledger") == EntityKey.outlet("Seaborne Ledger"))
        #expect(mentions.outletCalledShort("the Herald") == nil)
        #expect(mentions.outletCalledShort("the standard") == nil)
        let sources = [Source(id: "s1", name: "the Standard", kind: .organization), Source(id: "s2", name: "Ledger", kind: .person)]
        #expect(mentions.recognizingOutlets(sources).map(\.kind) == [.outlet, .person])
    }
}

/// "It was reported that …" names no source: it is not sourcing of the article's own.
@Suite struct ImpersonalReportTests {
    @Test func anImpersonalReportAddsNoSourcing() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "Taiz Online", published: "2026-06-23T10:00:00+03:00")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "Relief Digest", published: "2026-06-24T10:00:00+00:00"))]
        let sources = [Source(id: "s1", name: "the health office", kind: .organization),
                       Source(id: "s2", name: "unnamed source", kind: .unknown)]
        let text = "Cases have appeared in two more districts."
        func claim(_ id: String, _ doc: String, _ source: String, _ cue: String, sourceSpans: [Span]) -> Claim {
            Claim(id: id, document: doc, paragraph: 0, text: text, content: text, cue: cue, quote: .indirect,
                  polarity: .positive, source: source, via: [],
                  offsets: .init(text: Span(0, text.count), source: sourceSpans, cue: [], content: [Span(0, text.count)]))
        }
        let set = ClaimSet(documents: documents, sources: sources, claims: [
            claim("c1", "d1", "s1", "said", sourceSpans: [Span(0, 5)]),
            claim("c2", "d2", "s2", "was reported", sourceSpans: []),
        ])
        let report = StoryAnalyzer().analyze(set, groups: [])
        #expect(report.story.noOwnSourcing == ["d2"])
        // Grouped with a named source, it adds no origin of its own.
        let grouped = StoryAnalyzer().analyze(set, groups: [ClaimGroupEvidence(claims: ["c1", "c2"])])
        #expect(grouped.clusters.first?.independentSources == 1)
    }

    /// "did not respond to a request for comment" says nothing: an article whose only other
    /// claims are relayed adds no sourcing of its own.
    @Test func aRefusalToCommentIsNoSourcing() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "Circuit Ledger", published: "2026-09-07T19:40:00+00:00")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "Ayn Tech", published: "2026-09-08T09:15:00+03:00"))]
        let sources = [Source(id: "s1", name: "two people familiar with the investigation", kind: .anonymous),
                       Source(id: "s2", name: "Circuit Ledger", kind: .outlet),
                       Source(id: "s3", name: "the cyber agency", kind: .organization)]
        func claim(_ id: String, _ doc: String, _ source: String, via: [String], polarity: Claim.Polarity) -> Claim {
            let text = "The hackers demanded a ransom."
            return Claim(id: id, document: doc, paragraph: 0, text: text, content: text, cue: "said", quote: .indirect,
                         polarity: polarity, source: source, via: via,
                         offsets: .init(text: Span(0, text.count), source: [Span(0, 3)], cue: [], content: []))
        }
        let set = ClaimSet(documents: documents, sources: sources, claims: [
            claim("c1", "d1", "s1", via: [], polarity: .positive),
            claim("c2", "d2", "s1", via: ["s2"], polarity: .positive),
            claim("c3", "d2", "s3", via: [], polarity: .none),
        ])
        #expect(StoryAnalyzer().analyze(set, groups: []).story.noOwnSourcing == ["d2"])
    }
}

/// A document is its author's: "figures released by UNICEF" and «أرقام نشرتها منظمة الأمم المتحدة
/// للطفولة» are UNICEF.
@Suite struct DocumentAuthorTests {
    @Test func documentsResolveToTheirAuthor() {
        let unicef = SourceIdentity.catalogKey("UNICEF")
        #expect(unicef != nil)
        #expect(SourceIdentity.catalogKey("figures released by UNICEF on Tuesday") == unicef)
        #expect(SourceIdentity.catalogKey("أرقام نشرتها منظمة الأمم المتحدة للطفولة (يونيسف)") == unicef)
        #expect(SourceIdentity.catalogKey("a report by the local council") == nil)
    }
}

/// A source named with the outlet that carried it is that outlet's report.
@Suite struct CarriedSourceTests {
    @Test func sourcesNamedWithTheirCarrier() {
        #expect(StoryBuilder.namesCarrier("بيان نقلته الوكالة"))
        #expect(StoryBuilder.namesCarrier("a statement carried by the agency"))
        #expect(!StoryBuilder.namesCarrier("the Ministry of Electricity"))
        #expect(!StoryBuilder.namesCarrier("بيان وزارة الكهرباء"))
    }
}

/// One outlet's leaked documents are one origin, however each outlet describes them.
@Suite struct LeakedDocumentTests {
    @Test func documentsHeldByAnOutletAreOneOrigin() {
        let documents = [
            Document(id: "d1", article: Article(input: "a.html", outlet: "The Shatt Review")),
            Document(id: "d2", article: Article(input: "b.html", outlet: "Mesopotamia Press Agency")),
        ]
        let sources = [Source(id: "s1", name: "documents seen by The Shatt Review", kind: .document),
                       Source(id: "s2", name: "documents first reported by The Shatt Review", kind: .document)]
        let text = "The ministry awarded the contract without a tender."
        func claim(_ id: String, _ doc: String, _ source: String) -> Claim {
            Claim(id: id, document: doc, paragraph: 0, text: text, content: text, cue: "according to", quote: .indirect,
                  polarity: .positive, source: source, via: [],
                  offsets: .init(text: Span(0, text.count), source: [Span(0, 5)], cue: [], content: [Span(0, text.count)]))
        }
        let set = ClaimSet(documents: documents, sources: sources, claims: [claim("c1", "d1", "s1"), claim("c2", "d2", "s2")])
        let resolution = OriginResolver().resolve(set, copiedFrom: [:])
        #expect(resolution.traces["c1"]?.origin == resolution.traces["c2"]?.origin)
        #expect(SourceIdentity.isLeak("وثائق اطلعت عليها الصحيفة") && !SourceIdentity.isLeak("a statement"))
    }
}

/// An article that relays one outlet throughout speaks for it, unless an unnamed source of its
/// own spoke to it ("a maritime source told Bab Wire").
@Suite struct RelayDominanceTests {
    static func article(_ outlet: String, _ paragraphs: [String]) -> Article {
        Article(input: outlet + ".html", headline: "Tanker hit", outlet: outlet, language: "en",
                paragraphs: paragraphs.map { Paragraph(kind: .paragraph, text: $0) })
    }

    @Test func anUnnamedSourceWhoSpokeToTheArticleIsItsOwn() throws {
        let set = ClaimExtractor().extract([
            Self.article("The Capitol Sentinel", [
                "A U.S. defense official told The Capitol Sentinel that a drone had hit the tanker.",
            ]),
            Self.article("Bab Wire", [
                "The Capitol Sentinel reported, citing a U.S. defense official, that a drone had hit the tanker.",
                "A maritime source told Bab Wire that the tanker had been carrying diesel.",
                "U.S. Central Command declined to comment, according to the newspaper.",
            ]),
        ])
        let resolution = OriginResolver().resolve(set, copiedFrom: [:])
        let byText = { (word: String) in try #require(set.claims.first { $0.document == "d2" && $0.text.contains(word) }) }
        let official = try byText("drone"), maritime = try byText("diesel")
        #expect(resolution.traces[official.id]?.origin != resolution.traces[maritime.id]?.origin)
    }
}

/// A copy that dropped a credit keeps the chain of the sentence it copied.
@Suite struct CopiedClaimOriginTests {
    @Test func aCopiedClaimHasItsOriginalsOrigin() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "Ayn Tech", published: "2026-09-08T09:00:00+03:00")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "Shiraa News", published: "2026-09-08T12:00:00+03:00"))]
        let sources = [Source(id: "s1", name: "two people familiar with the investigation", kind: .anonymous),
                       Source(id: "s2", name: "Circuit Ledger", kind: .outlet),
                       Source(id: "s3", name: "two people familiar with the investigation", kind: .anonymous)]
        let content = "the hackers demanded a ransom of twelve million dollars in bitcoin"
        func claim(_ id: String, _ doc: String, _ text: String, source: String, via: [String]) -> Claim {
            Claim(id: id, document: doc, paragraph: 0, text: text, content: content, cue: "said", quote: .indirect,
                  polarity: .positive, source: source, via: via,
                  offsets: .init(text: Span(0, text.count), source: [Span(0, 3)], cue: [], content: []))
        }
        let set = ClaimSet(documents: documents, sources: sources, claims: [
            claim("c1", "d2", "Two people familiar with the investigation said " + content, source: "s3", via: []),
            claim("c2", "d1", "Circuit Ledger quoted two people familiar with the investigation as saying " + content,
                  source: "s1", via: ["s2"]),
        ])
        let copied = ["c1": "d1"]
        #expect(CopiedClaims.originals(claims: set.claims, copiedFrom: copied) == ["c1": "c2"])
        let resolution = OriginResolver().resolve(set, copiedFrom: copied)
        #expect(resolution.traces["c1"]?.origin == resolution.traces["c2"]?.origin)
        #expect(resolution.traces["c1"]?.copiedFrom == "d1")
    }
}



/// Session 9: an acronym is the name it spells, and a role without a name is its one named holder.
@Suite struct AcronymAndRoleTests {
    @Test func acronymsSpellTheirNames() {
        #expect(SourceIdentity.acronym("MSF") == "MSF")
        #expect(SourceIdentity.acronym("The National Cyber Defence Centre (NCDC)") == "NCDC")
        #expect(SourceIdentity.acronym("Reuters") == nil)
        #expect(SourceIdentity.initials("Médecins Sans Frontières") == "MSF")
        #expect(SourceIdentity.initials("the National Cyber Defence Centre") == "NCDC")
        #expect(SourceIdentity.initials("the director of the health office") == nil)
        #expect(SourceIdentity.initials("Karim Said") == nil)
        #expect(SourceIdentity.organizationName("The manufacturer, Halvorsen Pharma") == "halvorsen pharma")
        #expect(SourceIdentity.organizationName("Halvorsen Pharma, the Danish company that makes Ondarex") == "halvorsen pharma")
        #expect(SourceIdentity.organizationName("the company") == nil)
        // "its Tobruk branch", "the Dubai office": a place and a branch-like head describe.
        #expect(SourceIdentity.isGenericDescription("the Dubai office"))
        #expect(!SourceIdentity.isGenericDescription("the Dubai Financial office"))
        #expect(SourceIdentity.isGenericDescription("the statement"))
        #expect(SourceIdentity.isGenericDescription("البيان"))
    }

    @Test func roleOnlyNamesAndTheirRoles() {
        func source(_ name: String, _ kind: Source.Kind = .unknown) -> Source {
            Source(id: "s", name: name, kind: kind)
        }
        #expect(!RoleReferences.roleOnly(source("The mayor")).isEmpty)
        #expect(!RoleReferences.roleOnly(source("its director")).isEmpty)
        #expect(!RoleReferences.roleOnly(source("مديره", .anonymous)).isEmpty)
        #expect(!RoleReferences.roleOnly(source("منسقة", .person)).isEmpty)
        #expect(RoleReferences.roleOnly(source("The town’s mayor, Faraj Bouhleiga", .person)).isEmpty)
        #expect(RoleReferences.roleOnly(source("a hospital director", .anonymous)).isEmpty)
        #expect(RoleReferences.roleOnly(source("مديرية الأمن العام", .organization)).isEmpty)
        #expect(RoleReferences.roleOnly(source("مديرية الصحة")).isEmpty)
        // Director = مدير, organizer = coordinator = منسق.
        #expect(RoleReferences.roles(in: "مدير المستشفى") == RoleReferences.roles(in: "the hospital director"))
        #expect(RoleReferences.roles(in: "The organizer") == RoleReferences.roles(in: "منسقة الحملة"))
    }

    /// An Arabic-named outlet called by its transliterated name alone in English running text,
    /// without an outlet noun before it: "Badinan Press, a news site in Duhok, broke the story",
    /// "from the original Sada al-Rafidain report". A lower-case word, a place alone and an
    /// English-named outlet's spelling are not such a mention.
    @Test func anArabicOutletNamedByItsTransliterationAlone() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "بادينان برس")),
                         Document(id: "d2", article: Article(input: "b.html", outlet: "صدى الرافدين")),
                         Document(id: "d3", article: Article(input: "c.html", outlet: "دهوك الآن")),
                         Document(id: "d4", article: Article(input: "d.html", outlet: "Dam Watch Brief"))]
        let mentions = OutletMentions(documents: documents)
        let badinan = EntityKey.outlet("بادينان برس"), sada = EntityKey.outlet("صدى الرافدين")
        #expect(mentions.outlets(in: "Badinan Press, a news site in Duhok, broke the story on Tuesday night: an unnamed engineer said cracks had opened") == [badinan])
        #expect(mentions.outlets(in: "Worth flagging from the original Sada al-Rafidain report: the engineer said the gauges failed") == [sada])
        #expect(mentions.outlets(in: "Engineers in Duhok said the badinan press reports were wrong").isEmpty)
        #expect(mentions.transliteratedNames(in: "The Dam Watch Brief said so").isEmpty)
    }

    /// An outlet told something itself («على ما أبلغنا قبلان», "told us"), read outside quotations:
    /// a speaker's quoted "they told us" is not the outlet's.
    @Test func toldUsIsReadOutsideQuotations() {
        #expect(StoryBuilder.unquoted("قال إن «الجيش أبلغنا بالقرار» أمس") == "قال إن  أمس")
        #expect(StoryBuilder.unquoted("He said \"they told us nothing\" on Monday") == "He said  on Monday")
        let words = TextFolding.words(StoryBuilder.unquoted("وينفّذ الصيادون اعتصامهم، على ما أبلغنا قبلان"))
        #expect(words.contains { StoryBuilder.toldUs.contains($0) })
    }

    /// A person's name part is never an age in apposition ("Faraj al-Ubaidi, 34").
    @Test func anAgeIsNoNamePart() throws {
        let name = try #require(SourceIdentity.personName("Faraj al-Ubaidi, 34"))
        #expect(name.surname == "ubaidi")
        #expect(name.given == "faraj")
    }

    /// An Arabic outlet calls itself by its name without the medium and the descriptor
    /// («قناة القنال» → «القنال», «شبكة النهرين الإخبارية» → «النهرين»); a one-word name or a
    /// name whose core is a short word stays whole.
    @Test func outletsShortSelfNames() {
        #expect(StoryBuilder.selfNames("قناة القنال") == [["قناه", "القنال"], ["القنال"]])
        #expect(StoryBuilder.selfNames("شبكة النهرين الإخبارية") == [["شبكه", "النهرين", "الاخباريه"], ["النهرين"]])
        #expect(StoryBuilder.selfNames("The Jordan Ledger") == [["jordan", "ledger"]])
        #expect(StoryBuilder.selfNames("موقع عدن") == [["موقع", "عدن"]])
    }
}

/// A relay digest words its relays freely ("The Sudan Monitor has the army's spokesman at 31
/// dead", "By Port Sudan Today's account, a dockworker says"): a sentence that names another outlet
/// of the story passes on what that outlet carries, whatever source the sentence seems to have.
/// One line saying the outlet itself was told ("in a phone interview with …") is sourcing of its own.
@Suite struct FreeFormDigestTests {
    static let documents = [
        Document(id: "d1", article: Article(input: "monitor.html", outlet: "Sudan Monitor", published: "2026-08-19T08:00:00+03:00")),
        Document(id: "d2", article: Article(input: "today.html", outlet: "Port Sudan Today", published: "2026-08-18T22:00:00+03:00")),
        Document(id: "d3", article: Article(input: "brief.html", outlet: "East Africa Shipping Brief", published: "2026-08-20T09:00:00+00:00")),
    ]
    static let sources = [
        Source(id: "s1", name: "Brig. Nabil Osman, the army's spokesman", kind: .person),
        Source(id: "s2", name: "the governor's office", kind: .organization),
        Source(id: "s3", name: "a dockworker", kind: .anonymous),
        Source(id: "s4", name: "East Africa Shipping Brief", kind: .outlet),
        Source(id: "s5", name: "Civil Defence", kind: .organization),
        Source(id: "s6", name: "Col. Hashim el-Tayeb", kind: .person),
    ]

    static func claim(_ id: String, _ document: String, _ source: String, _ text: String) -> Claim {
        Claim(id: id, document: document, paragraph: 0, text: text, content: text, cue: "said", quote: .indirect,
              polarity: .positive, source: source, via: [],
              offsets: .init(text: Span(0, text.count), source: [], cue: [], content: [Span(0, text.count)]))
    }

    static let story = [
        claim("c1", "d1", "s1", "Thirty-one people died, the army's spokesman said."),
        claim("c2", "d2", "s2", "Twenty-three people died, the governor's office said."),
        claim("c3", "d2", "s3", "Fertiliser had been stored there, a dockworker said."),
        claim("c4", "d3", "s4", "The Sudan Monitor has the army's spokesman at 31 dead."),
        claim("c5", "d3", "s4", "The first word came from Port Sudan Today, which carried the governor's statement: 23 dead."),
        claim("c6", "d3", "s3", "By Port Sudan Today's account, a dockworker says fertiliser had been stored there."),
        claim("c7", "d3", "s5", "The Sudan Monitor adds that Civil Defence counts seven workers missing."),
    ]

    @Test func aDigestThatNamesTheOutletsItRelaysAddsNoSourcing() {
        let set = ClaimSet(documents: Self.documents, sources: Self.sources, claims: Self.story)
        #expect(StoryAnalyzer().analyze(set, groups: []).story.noOwnSourcing == ["d3"])
    }

    /// An Arabic outlet named in English with its article ("from Al-Mirqab, an Arabic news site").
    @Test func aTransliteratedNameWithItsArticleIsTheOutlet() {
        let documents = [Document(id: "d1", article: Article(input: "a.html", outlet: "المرقاب", published: "2026-05-11T22:40:00+03:00"))]
        let mentions = OutletMentions(documents: documents)
        #expect(mentions.outlets(in: "The first word came late on Monday from Al-Mirqab, an Arabic news site.").count == 1)
        #expect(mentions.outlets(in: "The first word came late on Monday from Al-Mirbad, an Arabic news site.").isEmpty)
    }

    @Test func anInterviewWithTheOutletItselfIsItsOwnSourcing() {
        let told = Self.claim("c8", "d3", "s6", "Col. Hashim el-Tayeb said in a phone interview with East Africa Shipping Brief that no fertiliser was stored.")
        let set = ClaimSet(documents: Self.documents, sources: Self.sources, claims: Self.story + [told])
        #expect(StoryAnalyzer().analyze(set, groups: []).story.noOwnSourcing.isEmpty)
    }
}
