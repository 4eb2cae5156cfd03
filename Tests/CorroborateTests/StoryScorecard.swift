import ClaimMatching
import CorroborateModel
import Foundation

/// Compares a story's report with its truth, claim by claim, and says precisely what differs.
struct StoryScorecard {
    struct ClaimResult {
        var id: String
        /// Pages whose anchor sentence was extracted as a claim.
        var found: [String]
        var missing: [String]
        /// The cluster most of the found claims are in, and the pages it covers.
        var cluster: Cluster?
        var clusterPages: [String]
        var sourcesMatch: Bool
        var findingsMatch: Bool
        var line: String
    }

    let truth: CorpusTruth
    let report: Report
    let pageOfDocument: [String: String]

    init(truth: CorpusTruth, report: Report) {
        self.truth = truth
        self.report = report
        pageOfDocument = Dictionary(report.documents.map { ($0.id, ($0.article.input as NSString).lastPathComponent) },
                                    uniquingKeysWith: { a, _ in a })
    }

    func page(_ document: String?) -> String { document.flatMap { pageOfDocument[$0] } ?? "-" }

    var claims: [ClaimResult] {
        let clusterOf = Dictionary(report.clusters.flatMap { c in c.claims.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        return truth.claims.map { t in
            var found: [String] = []
            var missing: [String] = []
            var votes: [String: Int] = [:]
            for (page, anchor) in t.anchors.sorted(by: { $0.key < $1.key }) {
                let a = Self.normal(anchor)
                let hits = report.claims.filter {
                    self.page($0.document) == page && (Self.normal($0.text).contains(a) || a.contains(Self.normal($0.text)))
                }
                if hits.isEmpty { missing.append(page) } else { found.append(page) }
                for h in hits { if let c = clusterOf[h.id] { votes[c.id, default: 0] += 1 } }
            }
            let best = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            let cluster = report.clusters.first { $0.id == best }
            let pages = cluster.map { Array(Set($0.documents.map { self.page($0) })).sorted() } ?? []
            let sourcesMatch = cluster?.independentSources == t.independentSources
            let findings = Set(cluster?.findings.map(\.rawValue) ?? [])
            let findingsMatch = findings == Set(t.findings)
            var line = "\(t.id): anchors found \(found.count)/\(t.anchors.count)"
            if !missing.isEmpty { line += " (no claim for \(missing.joined(separator: ", ")))" }
            if let cluster {
                line += "; cluster \(cluster.id) covers \(pages.count) page(s)"
                line += "; independentSources \(cluster.independentSources) (truth \(t.independentSources))"
                line += "; findings \(cluster.findings.map(\.rawValue)) (truth \(t.findings))"
            }
            return ClaimResult(id: t.id, found: found, missing: missing, cluster: cluster, clusterPages: pages,
                               sourcesMatch: sourcesMatch, findingsMatch: findingsMatch, line: line)
        }
    }

    /// Whitespace runs → one space, so anchors match as the corpus README defines them.
    static func normal(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
