import CorroborateModel

/// A compact Markdown report for a newsroom chat or a ticket: the verdict, one table row per
/// group of matched claims, conflicts, copying and the timeline. All page text is escaped.
public struct MarkdownReportRenderer: ReportRenderer {
    /// Longest claim text shown in a row.
    public var claimLimit = 200

    public init() {}

    public func render(_ report: Report) -> String {
        let digest = ReportDigest(report)
        var out = "# Corroborate report\n\n"
        out += "**\(MarkdownEscaping.inline(digest.verdict, limit: 600))**\n\n"
        let story = report.story
        if !story.outlets.isEmpty {
            out += "- Outlets: \(story.outlets.map { MarkdownEscaping.inline($0, limit: 80) }.joined(separator: ", "))\n"
        }
        if let first = story.firstPublisher {
            let when = digest.documents[first]?.article.published ?? ""
            out += "- First published: \(MarkdownEscaping.inline(digest.outlet(first), limit: 80)) (\(first)) \(MarkdownEscaping.inline(when, limit: 40))\n"
        }
        if let span = story.timeSpan {
            out += "- Time span: \(MarkdownEscaping.inline(span.start, limit: 40)) → \(MarkdownEscaping.inline(span.end, limit: 40))\n"
        }
        if !story.noOwnSourcing.isEmpty {
            let names = story.noOwnSourcing.map { "\(MarkdownEscaping.inline(digest.outlet($0), limit: 80)) (\($0))" }
            out += "- No sourcing of their own: \(names.joined(separator: ", "))\n"
        }
        out += "\n## Claims\n\n| # | Claim | Outlets | Origins | Findings |\n|---|---|---|---|---|\n"
        for cluster in report.clusters {
            guard let first = cluster.claims.first.flatMap({ digest.claims[$0] }) else { continue }
            let outlets = unique(cluster.documents.map(digest.outlet))
            let origins = cluster.rootSources.map { digest.sources[$0]?.name ?? $0 }
            let more = cluster.claims.count > 1 ? " (+\(cluster.claims.count - 1) similar)" : ""
            out += "| \(cluster.id) | \(MarkdownEscaping.inline(first.text, limit: claimLimit))\(more) "
            out += "| \(outlets.map { MarkdownEscaping.inline($0, limit: 60) }.joined(separator: ", ")) "
            out += "| \(cluster.independentSources): \(origins.map { MarkdownEscaping.inline($0, limit: 80) }.joined(separator: "; ")) "
            out += "| \(cluster.findings.map { "`\($0.rawValue)`" }.joined(separator: " ")) |\n"
        }
        let conflicts = report.clusters.flatMap { c in c.conflicts.map { (c.id, $0) } }
        if !conflicts.isEmpty {
            out += "\n## Conflicts\n\n"
            for (id, conflict) in conflicts {
                out += "- \(id) \(conflict.kind.rawValue): \(MarkdownEscaping.inline(conflict.reason, limit: 200)) "
                out += "(claims \(conflict.claims.joined(separator: ", ")))\n"
            }
        }
        if !report.reuse.isEmpty {
            out += "\n## Copying\n\n"
            for r in report.reuse {
                let share = Int((r.sharedText * 100).rounded())
                out += "- \(MarkdownEscaping.inline(digest.outlet(r.to), limit: 80)) (\(r.to)) reuses \(share)% of its text from "
                out += "\(MarkdownEscaping.inline(digest.outlet(r.from), limit: 80)) (\(r.from)), \(r.credited ? "credited" : "**uncredited**")\n"
            }
        }
        return out
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
