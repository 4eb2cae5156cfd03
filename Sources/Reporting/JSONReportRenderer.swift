import CorroborateModel
import Foundation

/// The `Report` model as JSON: sorted keys, two-space indentation, a final newline, so the
/// output is byte-stable and diffs well (the golden files rely on it). Schema:
/// `schema/corroborate.schema.json`.
public struct JSONReportRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain value types with String/Int/Double fields cannot fail.
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
