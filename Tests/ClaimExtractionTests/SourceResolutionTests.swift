import ClaimExtraction
import CorroborateModel
import Testing

@Suite struct SourceResolutionTests {
    @Test func relayChainAndAnonymousOfficial() throws {
        let set = ClaimExtractor().extract(EnglishExamples.relayStory)
        let sources = Dictionary(uniqueKeysWithValues: set.sources.map { ($0.id, $0) })
        #expect(set.claims.count == 4)
        let official = try #require(set.sources.first { $0.kind == .anonymous })
        #expect(official.name == "a senior U.S. intelligence official")
        let fox = try #require(set.sources.first { $0.name == "Fox News" })
        #expect(fox.kind == .outlet)
        for claim in set.claims {
            #expect(claim.source == official.id, "claim \(claim.id) attributed to \(sources[claim.source]?.name ?? "?")")
            #expect(claim.via == [fox.id], "claim \(claim.id) via \(claim.via)")
        }
    }

    /// "The official at the hospital", «المسؤول في البعثة»: an official placed in a body that a
    /// person named before belongs to is that person; an official placed elsewhere is not.
    @Test func anOfficialPlacedInTheBodyOfANamedPerson() {
        let english = ClaimExtractor().extract(EnglishExamples.article([
            "Sami Khalil, the director of the hospital, said six patients died.",
            "The official at the hospital said the generators stopped.",
            "An official at the ministry said fuel would arrive on Monday.",
        ]))
        #expect(english.claims.count == 3)
        #expect(english.claims[0].source == english.claims[1].source)
        #expect(english.claims[2].source != english.claims[0].source)
        let arabic = ClaimExtractor().extract(ArabicArticle.make([
            "وقال رئيس بعثة المراقبين آرام قادر إن بعض المراكز فتحت متأخرة.",
            "وأضاف المسؤول في البعثة أن المراقبين سجلوا خروقات.",
        ]))
        #expect(arabic.claims.count == 2)
        #expect(Set(arabic.claims.map(\.source)).count == 1)
    }

    @Test func ownOutletIsNotARelay() {
        let article = EnglishExamples.article([
            "Fox News reported, citing a senior official, that the talks had collapsed.",
        ], outlet: "Fox News")
        let set = ClaimExtractor().extract(article)
        #expect(set.claims.first?.via == [])
        #expect(set.sources.first { $0.id == set.claims.first?.source }?.kind == .anonymous)
    }

    @Test func pronounAndLastNameResolveToTheNamedPerson() {
        let article = EnglishExamples.article([
            "Secretary of State Marco Rubio said the talks would resume in March.",
            "He said the delegation would travel to Baghdad first.",
            "Rubio added that no deal had been reached on the camps.",
        ])
        let set = ClaimExtractor().extract(article)
        #expect(Set(set.claims.map(\.source)).count == 1)
        #expect(set.sources.first?.name == "Secretary of State Marco Rubio")
        #expect(set.sources.first?.kind == .person)
    }

    @Test func anonymitySignals() {
        let article = EnglishExamples.article([
            "The plan was approved on Monday, people familiar with the matter said.",
            "Sources said the vote would be close.",
            "A report by the inspector general found that the agency had lost track of the files.",
        ])
        let set = ClaimExtractor().extract(article)
        #expect(set.sources.map(\.kind) == [.anonymous, .anonymous, .document])
    }

    @Test func namedPeopleMerelyMentionedAreNotSources() {
        let article = EnglishExamples.article([
            "Marco Rubio and Tulsi Gabbard met in Washington on Tuesday.",
            "The meeting lasted two hours, an aide said.",
        ])
        let set = ClaimExtractor().extract(article)
        #expect(set.sources.map(\.name) == ["an aide"])
    }

    @Test func unattributedOwnVoiceClaimsOnlyWhenAsked() {
        let paragraphs = ["The prison held about 6,000 fighters in northern Syria last year.",
                          "The transfer took several weeks, an official said."]
        let off = ClaimExtractor().extract(EnglishExamples.article(paragraphs, outlet: "Example Gazette"))
        #expect(off.claims.count == 1)
        let on = ClaimExtractor(options: .init(includeUnattributed: true))
            .extract(EnglishExamples.article(paragraphs, outlet: "Example Gazette"))
        #expect(on.claims.count == 2)
        let own = on.claims.first { $0.cue.isEmpty }
        #expect(own?.via == [])
        #expect(on.sources.first { $0.id == own?.source }.map { ($0.name, $0.kind) } ?? ("", .unknown) == ("Example Gazette", .outlet))
    }

    @Test func idsAreDeterministic() {
        let a = ClaimExtractor().extract([EnglishExamples.relayStory, EnglishExamples.relayStory])
        let b = ClaimExtractor().extract([EnglishExamples.relayStory, EnglishExamples.relayStory])
        #expect(a == b)
        #expect(a.documents.map(\.id) == ["d1", "d2"])
        #expect(a.claims.map(\.id) == (1...a.claims.count).map { "c\($0)" })
        #expect(a.sources.map(\.id) == (1...a.sources.count).map { "s\($0)" })
    }
}
