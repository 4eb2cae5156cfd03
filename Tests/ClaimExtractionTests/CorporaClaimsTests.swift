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
}

