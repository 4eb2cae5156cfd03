import ClaimMatching
import Reporting

extension Pipeline {
    /// Claims and their matched groups → the full report (reuse, origins, findings, story).
    public static func report(_ claims: ClaimSet, groups: [ClaimGroupEvidence]) -> Report {
        StoryAnalyzer().analyze(claims, groups: groups)
    }

    /// A report as Markdown, HTML or JSON text.
    public static func render(_ report: Report, as format: ReportFormat) -> String {
        format.renderer.render(report)
    }
}
