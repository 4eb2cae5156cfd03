import CorroborateModel

/// Renders a `Report` as text. One requirement, so a new format is one small type.
public protocol ReportRenderer: Sendable {
    func render(_ report: Report) -> String
}

/// The output formats of `corroborate report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, json

    /// The renderer for this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .md: MarkdownReportRenderer()
        case .html: HTMLReportRenderer()
        case .json: JSONReportRenderer()
        }
    }
}
