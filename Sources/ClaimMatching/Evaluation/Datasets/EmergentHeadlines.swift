import Foundation

/// Emergent: article headlines, each reporting on one claim.
/// Columns used: `articleHeadline,articleId,claimId` (and `articleHeadlineStance`).
public struct EmergentHeadlines: Sendable {
    public struct Headline: Sendable {
        public var article: String
        public var claim: String
        public var text: String
        public var stance: String
    }

    public var headlines: [Headline]

    public init(path: String) throws {
        let table = try CSVTable(path: path)
        let text = try table.column("articleHeadline", in: path)
        let article = try table.column("articleId", in: path)
        let claim = try table.column("claimId", in: path)
        let stance = try table.column("articleHeadlineStance", in: path)
        let width = max(text, article, claim, stance)
        headlines = try table.rows.enumerated().map { index, row in
            guard row.count > width else {
                throw EvaluationError.badRow(file: path, row: index + 2, reason: "expected \(table.header.count) fields, found \(row.count)")
            }
            return Headline(article: row[article], claim: row[claim], text: row[text], stance: row[stance])
        }
        guard !headlines.isEmpty else { throw EvaluationError.noData(path) }
    }
}
