import ClaimExtraction
import CorroborateModel
import Foundation
import Testing
import TestSupport

/// Claims on the project's own story pages (Corpora/, expected articles as ingest produces them).
@Suite struct CorporaClaimsTests {
    static func article(_ story: String, _ page: String) throws -> Article {
        // The expected files hold the fields ingest must produce; read the ones claims use.
        struct Expected: Decodable {
            var outlet: String?
            var language: String?
            var headline: String?
            var paragraphs: [Paragraph]
        }
        let url = SharedData.repo("Corpora/\(story)/expected/\(page).article.json")
        let e = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
        return Article(input: page, headline: e.headline, outlet: e.outlet, language: e.language, paragraphs: e.paragraphs)
    }

    static func claims(_ story: String, _ page: String) throws -> (ClaimSet, [String: Source]) {
        let set = ClaimExtractor().extract(try article(story, page))
        if ProcessInfo.processInfo.environment["DUMP_CLAIMS"] == "1" { print(ClaimDump.text(set)) }
        return (set, Dictionary(uniqueKeysWithValues: set.sources.map { ($0.id, $0) }))
    }

    /// The first claim of a Corpora page whose text holds `text`, with the page's sources.
    static func claim(_ story: String, _ page: String, containing text: String) throws -> (Claim, [String: Source]) {
        let (set, sources) = try claims(story, page)
        let claim = try #require(set.claims.first { $0.text.contains(text) }, "no claim holds \(text)")
        return (claim, sources)
    }

    /// Every claim of the Fox News report traces back to one anonymous official; the outlet's
    /// own name ("told Fox News Digital") is no relay, and the caption and headings give nothing.
    @Test func foxReportHasOneAnonymousSource() throws {
        let (set, sources) = try Self.claims("isis-prison-break", "foxnews-en.html")
        #expect(set.claims.count >= 15)
        let official = try #require(set.sources.first)
        #expect(official.name == "a senior U.S. intelligence official")
        #expect(official.kind == .anonymous)
        // Either said by the official, or reported inside the official's words ("Baghdad
        // understood …, the official said": via the official).
        for claim in set.claims {
            #expect(claim.source == official.id || claim.via == [official.id],
                    "\(claim.id) \(sources[claim.source]?.name ?? "") via \(claim.via)")
        }
        #expect(set.claims.filter { $0.source == official.id }.allSatisfy { $0.via.isEmpty })
        let article = try Self.article("isis-prison-break", "foxnews-en.html")
        #expect(set.claims.allSatisfy { article.paragraphs[$0.paragraph].kind != .caption && article.paragraphs[$0.paragraph].kind != .heading })
    }

    /// The wire story: a ministry, its named spokesman, a CENTCOM statement, and the Fox relay.
    @Test func wireStorySeparatesItsSources() throws {
        let (set, sources) = try Self.claims("isis-prison-break", "levantwire-en.html")
        let byName = { (name: String) in set.claims.filter { sources[$0.source]?.name.contains(name) == true } }
        #expect(!byName("Ministry of Justice").isEmpty)
        #expect(sources.values.contains { $0.name.contains("Haider Majeed al-Saadi") && $0.kind == .person })
        #expect(sources.values.contains { $0.name.contains("Central Command") && $0.kind == .organization })
        let relayed = set.claims.filter { !$0.via.isEmpty }
        #expect(relayed.count >= 2)
        for claim in relayed {
            #expect(sources[claim.source]?.kind == .anonymous)
            #expect(claim.via.compactMap { sources[$0]?.name } == ["Fox News"])
        }
        #expect(set.claims.contains { $0.polarity == .none })  // did not respond to a request for comment
    }

    @Test func denialIsNegative() throws {
        let (set, sources) = try Self.claims("isis-prison-break", "gulfledger-en.html")
        let denial = try #require(set.claims.first { $0.polarity == .negative })
        #expect(sources[denial.source]?.name.contains("Interior Ministry") == true)
        #expect(sources[denial.source]?.kind == .organization)
    }

    /// Rules read off the blind stories, on their pages: a cited speakers' own verb after عن, and a
    /// contrast clause that is another speaker's denial.
    @Test func activistsRelayedAndTheDenialAfterAContrast() throws {
        let (set, sources) = try Self.claims("amman-fuel-protests", "hawamish-ar.html")
        let activists = try #require(set.claims.first { $0.content.hasPrefix("الشرطة أطلقت الرصاص المطاطي") })
        #expect(sources[activists.source]?.name == "ناشطين")
        #expect(sources[activists.source]?.kind == .anonymous)
        #expect(activists.via.compactMap { sources[$0]?.name } == ["موقع ذا عمّان ديسباتش"])
        #expect(!activists.content.contains("نفى"))
        let denial = try #require(set.claims.first { $0.polarity == .negative })
        #expect(sources[denial.source]?.name.hasPrefix("الناطق الإعلامي باسم مديرية الأمن العام") == true)
    }

    /// What a named source is comes from its appositive; the channel's source relays through it.
    @Test func appositivesSayWhatANamedSourceIs() throws {
        let (set, sources) = try Self.claims("deir-ezzor-convoy-strike", "northgate-en.html")
        let kinds = Dictionary(set.sources.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["Suhail, an Arabic-language satellite channel"] == .outlet)
        let group = try #require(set.claims.first { $0.polarity == .negative })
        #expect(sources[group.source]?.kind == .organization)
        #expect(sources[group.source]?.name.hasPrefix("Liwa Hurras al-Badiya") == true)
        let security = try #require(set.claims.first { sources[$0.source]?.name == "A regional security source" })
        #expect(security.via.compactMap { sources[$0]?.kind } == [.outlet])
    }

    /// A credited translation: «بحسب ما أورده موقع …», speakers described by what they know,
    /// a name in commas before فإن, and a refusal to comment.
    @Test func aCreditedTranslationKeepsItsChains() throws {
        let (set, sources) = try Self.claims("gulf-port-cyberattack", "ayntech-ar.html")
        let lead = try #require(set.claims.first)
        #expect(sources[lead.source]?.kind == .outlet)
        #expect(sources[lead.source]?.name.contains("سيركت ليدجر") == true)
        let ransom = try #require(set.claims.first { $0.content.hasPrefix("القراصنة طالبوا بفدية") })
        #expect(sources[ransom.source]?.kind == .anonymous)
        #expect(ransom.via.compactMap { sources[$0]?.kind } == [.outlet])
        #expect(set.claims.contains { sources[$0.source]?.name.hasSuffix("، خالد موسى") == true && sources[$0.source]?.kind == .person })
        #expect(set.claims.contains { $0.polarity == .none && sources[$0.source]?.name == "المركز الوطني للدفاع السيبراني" })
    }

    /// "X has denied that A, and said B": two statements, B positive.
    @Test func aDenialAndAStatementOfOneSpeaker() throws {
        let (set, sources) = try Self.claims("houthi-tanker-strike", "shippingtelegraph-en.html")
        let thalassa = set.claims.filter { sources[$0.source]?.name == "Thalassa Tanker Management" }
        #expect(thalassa.map(\.polarity) == [.negative, .positive])
        #expect(thalassa.last?.content == "all 25 crew members were safe")
    }

    /// A relay-only page (kirkuk): «أما موقع X فنقل عن» keeps X as the relay, «نقلت صحيفة X عن
    /// الناطق نفيه …» is the spokesman's denial through X, «وروى فلان لمجلة X أن» is a statement
    /// through X, and after «وبينما قالت X …،» the main clause is another speaker's.
    @Test func relayOnlyArabicPageKeepsEveryRelay() throws {
        let (set, sources) = try Self.claims("kirkuk-engineers-release", "kirkukfiles-ar.html")
        let names = { (c: Claim) in c.via.compactMap { sources[$0]?.name } }
        let amount = try #require(set.claims.first { $0.content.hasPrefix("المبلغ بلغ 3.5 مليون دولار") })
        #expect(sources[amount.source]?.kind == .anonymous)
        #expect(names(amount).contains { $0.contains("بوابة التأميم") })
        let denial = try #require(set.claims.first { sources[$0.source]?.name.contains("حيدر الخفاجي") == true })
        #expect(denial.polarity == .negative)
        #expect(denial.content.hasPrefix("دفع أي فدية"))
        #expect(!denial.content.contains("وهو ما"))
        #expect(names(denial).contains { $0.contains("مرآة الشمال") })
        let brother = try #require(set.claims.first { sources[$0.source]?.name == "راجيش مينون" })
        #expect(names(brother).contains { $0.contains("ريغلاين") })
        let official = try #require(set.claims.first { $0.content.hasPrefix("عددهم نحو 45") })
        #expect(sources[official.source]?.kind == .anonymous)
        #expect(set.claims.allSatisfy { !$0.content.contains("ذكر مسؤول") })
    }

    /// «قناة النخلة نقلت عن …» after another outlet spoke: a channel named in construct is that
    /// channel, not the latest outlet; «وبحسب القناة» then refers back to it.
    @Test func anOutletNamedInConstructIsThatOutlet() throws {
        let (set, sources) = try Self.claims("basra-contract-leak", "basranow-ar.html")
        let resign = try #require(set.claims.first { $0.content.contains("يعتزم الاستقالة") })
        #expect(resign.via.compactMap { sources[$0]?.name } == ["قناة النخلة"])
        let summons = try #require(set.claims.first { $0.content.hasPrefix("ستستدعي لجنة النزاهة") })
        #expect(sources[summons.source]?.name == "قناة النخلة")
        // «كشفت وثائق اطلعت عليها صحيفة X أن»: the documents, through the outlet that saw them.
        let (leak, leakSources) = try Self.claims("basra-contract-leak", "alnakhlatv-ar.html")
        let lead = try #require(leak.claims.first)
        #expect(leakSources[lead.source]?.kind == .document)
        #expect(lead.via.compactMap { leakSources[$0]?.name }.contains { $0.contains("ذا شط ريفيو") })
    }

    /// A newsletter (cairo): "The site’s three banking sources" relay through the site, "A
    /// government official, also unnamed, said" is a statement, "bankers briefed on its plans" are
    /// no cue, and "Karim Said" is a name, not a verb.
    @Test func newsletterSourcesKeepTheirRelays() throws {
        let (set, sources) = try Self.claims("cairo-pound-float", "frontierfx-en.html")
        let banking = try #require(set.claims.first { sources[$0.source]?.name == "three banking sources" })
        #expect(sources[banking.source]?.kind == .anonymous)
        #expect(banking.via.compactMap { sources[$0]?.name }.contains { $0.hasPrefix("Tahrir Markets") })
        let official = try #require(set.claims.first { $0.content.hasPrefix("the IMF would follow") })
        #expect(sources[official.source]?.name == "A government official")
        #expect(sources[official.source]?.kind == .anonymous)
        let same = try #require(set.claims.first { sources[$0.source]?.name == "The same bankers" })
        #expect(sources[same.source]?.kind == .anonymous)
        let (first, firstSources) = try Self.claims("cairo-pound-float", "tahrirmarkets-en.html")
        #expect(!first.claims.contains { $0.cue.contains("briefed") })
        #expect(first.claims.contains { firstSources[$0.source]?.kind == .anonymous && firstSources[$0.source]?.name.lowercased().contains("bankers") == true })
        let (bulaq, bulaqSources) = try Self.claims("cairo-pound-float", "bulaqdaily-en.html")
        #expect(!bulaq.claims.contains { bulaqSources[$0.source]?.name == "Karim" })
    }

    /// "The Shatt Review also reported": a name that takes "The" is no person.
    @Test func aNameWithTheArticleIsNoPerson() throws {
        let (set, sources) = try Self.claims("basra-contract-leak", "mpanews-en.html")
        let review = try #require(set.claims.first { sources[$0.source]?.name == "The Shatt Review" })
        #expect(sources[review.source]?.kind == .outlet)
        let (sahab, sahabSources) = try Self.claims("sahab-factory-fire", "menadailybrief-en.html")
        #expect(sahab.sources.contains { $0.name == "The factory's owner, Samer Haddadin" && $0.kind == .person })
        #expect(!sahab.claims.isEmpty && sahabSources.count > 0)
    }

    /// «نسبت إلى مسؤول … قوله إن», «ذكرت صحيفة X أن …، ناقلةً عن مصدر … قوله», «عن صحيفة X، التي
    /// استندت إلى مصدر …، أن»: the cited speaker is the source and the outlet a relay.
    @Test func citedSpeakersBehindAnOutlet() throws {
        let (set, sources) = try Self.claims("kirkuk-engineers-release", "tamimgate-ar.html")
        let names = { (c: Claim) in c.via.compactMap { sources[$0]?.name } }
        let amount = try #require(set.claims.first { $0.content.hasPrefix("المبلغ المدفوع مليونا دولار") })
        #expect(sources[amount.source]?.kind == .anonymous)
        #expect(names(amount).contains { $0.contains("تايغريس ديسباتش") })
        let qatar = try #require(set.claims.first { $0.content.hasPrefix("وساطة قطرية جرت") })
        #expect(sources[qatar.source]?.name == "مصدر دبلوماسي خليجي")
        #expect(names(qatar).contains { $0.contains("دوحة غازيت") })
        #expect(!qatar.content.contains("ناقلة"))
        let source = try #require(set.claims.first { $0.content.hasPrefix("الإفراج عن الرهائن") })
        #expect(sources[source.source]?.kind == .anonymous)
        #expect(sources[source.source]?.name.contains("اشترط") == false)
        let (files, fileSources) = try Self.claims("kirkuk-engineers-release", "kirkukfiles-ar.html")
        let doha = try #require(files.claims.first { $0.content.hasPrefix("الدوحة أدّت دور الوسيط") })
        #expect(fileSources[doha.source]?.kind == .anonymous)
        #expect(doha.via.compactMap { fileSources[$0]?.name }.contains { $0.contains("دوحة غازيت") })
    }

    /// "The official put the sum at $2 million": a figure in dollars is set like any other;
    /// "Atlas Wire, relaying a report by …, said" is Al-Ufuq's report through Atlas Wire, and
    /// "Al-Ufuq's sources said" keeps its outlet.
    @Test func figuresInDollarsAndRelayAsides() throws {
        let (set, sources) = try Self.claims("kirkuk-engineers-release", "tigrisdispatch-en.html")
        let sum = try #require(set.claims.first { $0.content.contains("$2 million") })
        #expect(sources[sum.source]?.kind == .anonymous)
        let (desk, deskSources) = try Self.claims("baghdad-pm-resignation", "iraqpoliticsdesk-en.html")
        let wire = try #require(desk.claims.first { $0.content.hasPrefix("two politicians close to the Coordination Framework") })
        #expect(deskSources[wire.source]?.name == "Al-Ufuq")
        #expect(wire.via.compactMap { deskSources[$0]?.name } == ["Atlas Wire"])
        let ufuq = try #require(desk.claims.first { deskSources[$0.source]?.name == "Al-Ufuq's sources" })
        #expect(ufuq.via.compactMap { deskSources[$0]?.name } == ["Al-Ufuq"])
    }

    /// A newsletter's relays (derna): "X's count, first reported by Sada al-Jabal early on
    /// Wednesday, still stands at 63", "X, in a flash update cited by Maghreb Monitor, says at
    /// least 87" (a figure is never the source), "… The Benghazi Dispatch, whose unnamed source …
    /// says".
    @Test func newsletterAsidesNameTheirOutlets() throws {
        let (set, sources) = try Self.claims("derna-flood-toll", "libyadesk-en.html")
        let count = try #require(set.claims.first { $0.content.contains("still stands at 63") })
        #expect(sources[count.source]?.name == "Sada al-Jabal")
        let ocha = try #require(set.claims.first { $0.content == "at least 87" })
        #expect(sources[ocha.source]?.name == "The UN’s humanitarian office")
        #expect(ocha.via.compactMap { sources[$0]?.name } == ["Maghreb Monitor"])
        #expect(!set.sources.contains { $0.name.hasPrefix("at least") })
        let water = try #require(set.claims.first { $0.content.hasPrefix("the dam’s bottom gates") })
        #expect(sources[water.source]?.kind == .anonymous)
        #expect(water.via.compactMap { sources[$0]?.name } == ["The Benghazi Dispatch"])
    }

    /// A roundup (erbil): "The party claimed victory, its spokesman telling the Chronicle that …"
    /// and "… told the Chronicle that A; Rising Homeland denies it": the party's claim and the
    /// denial beside a relayed statement come through the same outlet.
    @Test func statementsBesideARelayShareItsOutlet() throws {
        let (set, sources) = try Self.claims("erbil-vote-count", "kurdistanbriefing-en.html")
        let names = { (c: Claim) in c.via.compactMap { sources[$0]?.name } }
        let party = try #require(set.claims.first { sources[$0.source]?.name == "The Rising Homeland Party" && $0.polarity == .positive })
        #expect(names(party) == ["the Kurdistan Chronicle"])
        let denial = try #require(set.claims.first { $0.polarity == .negative })
        #expect(names(denial) == ["the Kurdistan Chronicle"])
    }

    /// «بحسب ما جاء في بيان لمديرية …» is a preposition (oran); an accusative head and an
    /// anonymity clause before an inner speaker's verb («أن موظفاً في المجلس، رفض الكشف عن اسمه،
    /// أبلغ الصحيفة بأن», erbil); "an employee of the region's electoral board" is unnamed.
    @Test func documentsInnerSpeakersAndEmployees() throws {
        let (oran, oranSources) = try Self.claims("oran-stadium-crush", "wahranlive-ar.html")
        let toll = try #require(oran.claims.first { $0.content.hasPrefix("لقي تسعة مشجعين حتفهم") })
        #expect(oranSources[toll.source]?.kind == .document)
        let (erbil, erbilSources) = try Self.claims("erbil-vote-count", "sadaerbil-ar.html")
        let paused = try #require(erbil.claims.first { $0.content.hasPrefix("العدّ توقف") })
        #expect(erbilSources[paused.source]?.kind == .anonymous)
        #expect(paused.via.compactMap { erbilSources[$0]?.name }.last?.contains("أتلانتيك كورير") == true)
        let (courier, courierSources) = try Self.claims("erbil-vote-count", "atlanticcourier-en.html")
        #expect(courier.sources.contains { $0.name.hasPrefix("an employee of the region") && $0.kind == .anonymous })
        #expect(!courier.claims.isEmpty && !courierSources.isEmpty)
    }
}

/// Session 8's rules on the blind pages that prompted them (Corpora pages, not sentences alone).
@Suite struct CorporaSession8ClaimsTests {
    func claim(_ story: String, _ page: String, containing text: String) throws -> (Claim, [String: Source]) {
        try CorporaClaimsTests.claim(story, page, containing: text)
    }

    @Test func relativeRelayChainOnTheExplainer() throws {
        let (c, sources) = try claim("deir-ezzor-convoy-strike", "mideastminute-en.html", containing: "which quoted an unnamed Israeli")
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(c.via.map { sources[$0]?.name ?? "" } == ["Northgate", "Kav Adom"])
    }

    @Test func copulaColonQuotationAfterAnAskedClause() throws {
        let (c, sources) = try claim("muscat-emergency-landing", "muscatstandard-en.html", containing: "Bukhari was categorical")
        #expect(sources[c.source]?.name.contains("Bukhari") == true)
    }

    @Test func twoRelativeClausesBeforeTheCue() throws {
        let (c, sources) = try claim("muscat-emergency-landing", "muscatstandard-en.html", containing: "both flight recorders")
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(sources[c.source]?.name.hasPrefix("An official at the authority") == true)
    }

    @Test func participleWithholdingClauseInArabic() throws {
        let (c, sources) = try claim("sudan-ceasefire-talks", "sawtalkhartoum-ar.html", containing: "طالباً عدم الكشف")
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(c.content.hasPrefix("الطرفين اتفقا"))
    }

    @Test func statementNounBeforeItsSpeakerInArabic() throws {
        let (c, sources) = try claim("tunis-journalist-detention", "bouhairafm-ar.html", containing: "وبحسب تقدير الفرشيشي")
        #expect(sources[c.source]?.name == "الفرشيشي")
    }
}

/// Session 9's rules on the blind pages that prompted them.
@Suite struct CorporaSession9ClaimsTests {
    func claim(_ story: String, _ page: String, containing text: String) throws -> (Claim, [String: Source]) {
        try CorporaClaimsTests.claim(story, page, containing: text)
    }

    /// «غير أن مصدراً في وزارة الصحة العامة، تحفّظ على ذكر اسمه لأنه غير مخوّل بالتصريح، أكد أن»:
    /// ذكر inside the withholding aside is a verbal noun, and the speaker is the fronted subject.
    @Test func withholdingAsideBetweenAFrontedSubjectAndItsVerb() throws {
        let (set, sources) = try CorporaClaimsTests.claims("beirut-medicine-recall", "nidaabeirut-ar.html")
        let lead = set.claims.filter { $0.text.contains("تحفّظ على ذكر اسمه") }
        #expect(lead.count == 1)
        let c = try #require(lead.first)
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(sources[c.source]?.name.hasPrefix("مصدراً في وزارة الصحة") == true)
        #expect(c.content.hasPrefix("عدد الدفعات"))
    }

    /// «غير أن سفيراً جزائرياً سابقاً لدى بروكسل، تحدّث إلى "الضفّتان" مشترطاً ألّا يُنشر اسمه، رأى
    /// أن …»: an aside that ends withholding the name, after a fronted subject with its post.
    @Test func asideEndingInAWithheldName() throws {
        let (c, sources) = try claim("algiers-diplomat-expulsion", "aldiffatan-ar.html", containing: "مشترطاً ألّا يُنشر اسمه")
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(sources[c.source]?.name.hasPrefix("سفيراً") == true)
        #expect(c.via.isEmpty)
    }

    /// «قالت طبيبة أورام … إن نحو خمسة وأربعين مريضاً تلقّوا جرعات …، طالبةً حجب اسمها لأن …»: the
    /// withholding clause closes the content and makes the doctor anonymous.
    @Test func trailingWithholdingClause() throws {
        let (c, sources) = try claim("beirut-medicine-recall", "shifaagate-ar.html", containing: "طالبةً حجب اسمها")
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(!c.content.contains("طالبةً"))
        #expect(c.content.hasPrefix("نحو خمسة وأربعين مريضاً"))
    }

    /// «وتستذكر الطبيبة أن …»: a recollection is an attributed account, by the doctor quoted
    /// anonymously five blocks earlier («طبيبة أورام»).
    @Test func recollectionVerbInArabic() throws {
        let (c, sources) = try claim("beirut-medicine-recall", "shifaagate-ar.html", containing: "وتستذكر الطبيبة")
        #expect(sources[c.source]?.name.hasPrefix("طبيبة") == true)
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(c.content.hasPrefix("العبوات المزوّرة"))
    }

    /// "The ministry, via Boubyan Post, says …": the outlet in the aside is the relay.
    @Test func viaAsideIsTheRelay() throws {
        let (c, sources) = try claim("kuwait-grid-blackout", "gridnotes-en.html", containing: "The ministry, via Boubyan Post")
        #expect(sources[c.source]?.name == "The ministry")
        #expect(c.via.map { sources[$0]?.name ?? "" } == ["Boubyan Post"])
    }

    /// "Safat TV carried a Kuwait Fire Force statement saying …": the outlet that carried it.
    @Test func carriedStatementSayingHasItsCarrier() throws {
        let (c, sources) = try claim("kuwait-grid-blackout", "gridnotes-en.html", containing: "Safat TV carried")
        #expect(sources[c.source]?.kind == .document)
        #expect(c.via.map { sources[$0]?.name ?? "" } == ["Safat TV"])
    }

    /// "the Chronicle quotes the Egyptologist Amal Sorour, who thinks …" and "told The Saleroom
    /// Standard it had never been offered …": the relays of a relay-only brief.
    @Test func quotedObjectSpeaksInItsRelativeClause() throws {
        let (c, sources) = try claim("luxor-antiquities-seizure", "provenancebrief-en.html", containing: "the Chronicle quotes")
        #expect(sources[c.source]?.name.hasSuffix("Amal Sorour") == true)
        #expect(c.via.map { sources[$0]?.name ?? "" } == ["The Cairo Chronicle"])   // "the Chronicle", resolved
        let (d, dSources) = try claim("luxor-antiquities-seizure", "provenancebrief-en.html", containing: "told The Saleroom Standard")
        #expect(d.via.map { dSources[$0]?.name ?? "" } == ["The Saleroom Standard"])
    }

    /// "… told Boubyan Post the reserve margin had been …": the name told ends at the determiner.
    @Test func addresseeNameEndsAtADeterminer() throws {
        let (c, sources) = try claim("kuwait-grid-blackout", "gridnotes-en.html", containing: "told Boubyan Post the reserve margin")
        #expect(c.via.map { sources[$0]?.name ?? "" } == ["Boubyan Post"])
        #expect(c.content.hasPrefix("the reserve margin"))
    }

    /// «…، بحسب ما أكده لـ"رافد نيوز" موظف في وزارة التربية ونائب نقيب المعلمين العراقيين»: the
    /// outlet told (here the page's own) is skipped, and both speakers joined by و say it.
    @Test func toldOutletAndTwoSpeakersAfterBihasabMa() throws {
        let (set, sources) = try CorporaClaimsTests.claims("baghdad-exam-leak", "rafidnews-ar.html")
        let lead = set.claims.filter { $0.text.contains("بحسب ما أكده") }
        #expect(Set(lead.compactMap { sources[$0.source]?.name }) == ["موظف في وزارة التربية", "نائب نقيب المعلمين العراقيين"])
        #expect(lead.count == 2)
    }

    /// «وزاد الموظف أن …»: زاد "added", three paragraphs after the employee was introduced.
    @Test func zadaAddsInArabic() throws {
        let (c, sources) = try claim("baghdad-exam-leak", "rafidnews-ar.html", containing: "وزاد الموظف")
        #expect(sources[c.source]?.kind == .anonymous)
        #expect(c.content.hasPrefix("الظروف"))
    }

    /// "The manufacturer, Halvorsen Pharma, says …": a company's name ends in a company word.
    @Test func companyNameIsAnOrganization() throws {
        let (c, sources) = try claim("beirut-medicine-recall", "pharmabriefing-en.html", containing: "Halvorsen Pharma, says")
        #expect(sources[c.source]?.kind == .organization)
    }

    /// Session 10's Arabic frames on the pages that showed them: a quotation then its speaker
    /// («"…"، تقول فاطمة سرور»); confiding to an outlet past a place with بـ and a withholding
    /// clause («وأفضى طبيب … بمكة المكرمة إلى "المحروسة نيوز"، وقد اشترط حجب اسمه …، بأن»); a
    /// participle after a verb the lexicon does not know («طمأن مصرف البحرين المركزي …، مؤكداً»).
    @Test func quoteFirstConfidingAndParticipleAfterAnUnknownVerb() throws {
        let (mother, roumieh) = try claim("roumieh-hunger-strike", "alshurfa-ar.html", containing: "تقول فاطمة سرور")
        #expect(roumieh[mother.source]?.name == "فاطمة سرور")
        #expect(mother.quote == .direct)
        let (doctor, hajj) = try claim("hajj-heat-deaths", "almahrousa-ar.html", containing: "وأفضى طبيب")
        #expect(hajj[doctor.source]?.kind == .anonymous)
        #expect(doctor.content.hasPrefix("مستشفيات المشاعر"))   // the page's own outlet told is no relay
        let (bank, manama) = try claim("manama-bank-withdrawals", "sadaalmuharraq-ar.html", containing: "طمأن مصرف البحرين المركزي")
        #expect(manama[bank.source]?.name == "مصرف البحرين المركزي")
    }
}
