import Foundation

/// SemEval-2022 Task 8: multilingual news article pairs with an `Overall` similarity from
/// 1 (very similar) to 4 (very dissimilar). Columns used: `pair_id,text1,text2,Overall`.
public struct SimilarityPairs: Sendable {
    public struct Pair: Sendable {
        public var id: String
        public var first: String
        public var second: String
        public var overall: Double
    }

    public var pairs: [Pair]

    public init(path: String) throws {
        let table = try CSVTable(path: path)
        let id = try table.column("pair_id", in: path)
        let t1 = try table.column("text1", in: path), t2 = try table.column("text2", in: path)
        let overall = try table.column("Overall", in: path)
        let width = max(id, t1, t2, overall)
        pairs = try table.rows.enumerated().map { index, row in
            guard row.count > width, let score = Double(row[overall]) else {
                throw EvaluationError.badRow(file: path, row: index + 2, reason: "missing fields or a non-numeric Overall")
            }
            return Pair(id: row[id], first: row[t1], second: row[t2], overall: score)
        }
        guard !pairs.isEmpty else { throw EvaluationError.noData(path) }
    }
}
