import ClaimMatching
import Ingest
import Foundation
import Reporting

extension Pipeline {
    /// Claims and their matched groups → the full report (reuse, origins, findings, story).
    public static func report(_ claims: ClaimSet, groups: [ClaimGroupEvidence]) -> Report {
        StoryAnalyzer().analyze(claims, groups: groups)
    }

    /// Claims → report: groups the claims across outlets and languages, then analyses them.
    public static func report(_ claims: ClaimSet) -> Report {
        report(claims, groups: claimGroups(claims))
    }

    /// Pages (same inputs as `ingest`) → report, plus the inputs that failed to ingest. Outlets'
    /// own-voice sentences are included as claims, so `unattributed` can be found.
    public static func report(_ inputs: [String], limits: IngestLimits = .default) async
        -> (report: Report, failures: [IngestFailure]) {
        let (set, failures) = await claims(inputs, options: .story, limits: limits)
        return (report(set), failures)
    }

    /// A report as Markdown, HTML or JSON text.
    public static func render(_ report: Report, as format: ReportFormat) -> String {
        format.renderer.render(report)
    }

    /// The matcher's groups of claims that state the same thing, across outlets and languages.
    /// Each claim's origin (uncredited copies aside) lets a relay's sentences be aligned with
    /// those of the article it translates.
    public static func claimGroups(_ claims: ClaimSet) -> [ClaimGroupEvidence] {
        let origins = OriginResolver().resolve(claims, copiedFrom: [:]).traces.mapValues(\.origin)
        return ClaimClusterer.story.cluster(claims.claims, documents: claims.documents, origins: origins)
            .map(ClaimGroupEvidence.init)
    }

    /// Reads a JSON file written by `corroborate report --format json` (a Report) or by
    /// `corroborate claims` (a ClaimSet, which is then analysed). `nil` when the file is neither.
    public static func report(json url: URL) throws -> Report? {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        if let report = try? decoder.decode(Report.self, from: data) { return report }
        if let set = try? decoder.decode(ClaimSet.self, from: data) { return report(set) }
        return nil
    }
}

/// Report types the CLI names without importing Reporting.
public typealias ReportFormat = Reporting.ReportFormat
