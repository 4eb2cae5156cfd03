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
}
