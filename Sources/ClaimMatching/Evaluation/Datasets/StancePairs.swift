import Foundation

/// ANS (Arabic News Stance): sentence pairs labelled agree / disagree / other.
/// Columns: `s1,s2,stance`.
public struct StancePairs: Sendable {
    public struct Pair: Sendable {
        public var first: String
        public var second: String
        public var label: String
    }

    public var pairs: [Pair]

    public init(path: String) throws {
        let table = try CSVTable(path: path)
        let s1 = try table.column("s1", in: path), s2 = try table.column("s2", in: path)
        let stance = try table.column("stance", in: path)
        let width = max(s1, s2, stance)
        pairs = try table.rows.enumerated().map { index, row in
            guard row.count > width else {
                throw EvaluationError.badRow(file: path, row: index + 2, reason: "expected \(table.header.count) fields, found \(row.count)")
            }
            return Pair(first: row[s1], second: row[s2], label: row[stance].trimmingCharacters(in: .whitespaces))
        }
        guard !pairs.isEmpty else { throw EvaluationError.noData(path) }
    }
}
