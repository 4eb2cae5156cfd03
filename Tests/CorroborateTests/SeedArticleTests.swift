import Corroborate
import Foundation
import Testing
import TestSupport

/// The seed article alone (an Arabic relay of a Fox News report): everything in it must trace
/// back to one anonymous official, relayed by Fox News, and the report must say so first.
@Suite("Seed article")
struct SeedArticleTests {
    static let page = SharedData.repo("Corpora/isis-prison-break/mashreq-ar.html")

    @Test func oneAnonymousOriginRelayedByFoxNews() async throws {
        let (report, failures) = await Pipeline.report([Self.page.path])
        #expect(failures.isEmpty)
        let origins = try #require(report.story.origins)
        #expect(origins.count == 1)
        #expect(origins.first?.kind == .anonymous)
        #expect(origins.first?.relays == ["Fox News"])
        #expect(report.claims.count >= 15)
        #expect(report.clusters.allSatisfy { $0.independentSources <= 1 })
        #expect(!report.clusters.contains { $0.findings.contains(.corroborated) })
        #expect(report.story.noOwnSourcing == ["d1"])
        let md = Pipeline.render(report, as: .md)
        #expect(md.contains("claims in 1 article, 1 independent origin: "))
        #expect(md.contains("(anonymous), relayed by Fox News**"))
    }
}
