import Corroborate
import CorroborateModel
import Foundation
import Testing
import TestSupport

/// The same pages given in another order (a folder listed differently, WARC records in crawl
/// order) must give the same clusters, origins and findings: only document and claim ids follow
/// the input order.
@Suite("Input order")
struct InputOrderTests {
    /// Each cluster as the pages and sentences of its claims, with its origin count and findings.
    static func fingerprint(_ report: Report) -> [String] {
        let page = Dictionary(report.documents.map { ($0.id, ($0.article.input as NSString).lastPathComponent) },
                              uniquingKeysWith: { a, _ in a })
        let claims = Dictionary(report.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return report.clusters.map { cluster in
            let members = cluster.claims.compactMap { claims[$0] }
                .map { "\(page[$0.document] ?? "?")#\($0.paragraph):\($0.offsets.text.start):\($0.content)" }
                .sorted()
            return members.joined(separator: " | ") + " => \(cluster.independentSources) "
                + cluster.findings.map(\.rawValue).sorted().joined(separator: ",")
        }.sorted()
    }

    @Test(arguments: CorpusStoryTests.stories)
    func reversedInputGivesTheSameClusters(_ story: URL) async throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: story.path)
            .filter { $0.hasSuffix(".html") }.sorted().map { story.appendingPathComponent($0).path }
        try #require(pages.count >= 4)
        let (forward, _) = await Pipeline.report(pages)
        let (backward, _) = await Pipeline.report(pages.reversed())
        #expect(forward.clusters.count == backward.clusters.count)
        #expect(Self.fingerprint(forward) == Self.fingerprint(backward))
    }
}
