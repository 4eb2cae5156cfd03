import Foundation

/// FNC-1: headline/body pairs labelled agree / disagree / discuss / unrelated.
/// Stances file: `Headline,Body ID,Stance`; bodies file: `Body ID,articleBody`.
public struct FNCPairs: Sendable {
    public struct Pair: Sendable {
        public var headline: String
        public var body: String
        public var label: String
    }

    public static let labels = ["agree", "disagree", "discuss", "unrelated"]

    public var pairs: [Pair]
    public var bodies: [String: String]

    public init(stances: String, bodies bodiesPath: String) throws {
        let bodyTable = try CSVTable(path: bodiesPath)
        let bodyID = try bodyTable.column("Body ID", in: bodiesPath)
        let bodyText = try bodyTable.column("articleBody", in: bodiesPath)
        var bodies: [String: String] = [:]
        for (index, row) in bodyTable.rows.enumerated() {
            guard row.count > max(bodyID, bodyText) else {
                throw EvaluationError.badRow(file: bodiesPath, row: index + 2, reason: "expected 2 fields, found \(row.count)")
            }
            bodies[row[bodyID]] = row[bodyText]
        }
        let table = try CSVTable(path: stances)
        let headline = try table.column("Headline", in: stances)
        let body = try table.column("Body ID", in: stances)
        let stance = try table.column("Stance", in: stances)
        pairs = try table.rows.enumerated().map { index, row in
            guard row.count > max(headline, body, stance) else {
                throw EvaluationError.badRow(file: stances, row: index + 2, reason: "expected 3 fields, found \(row.count)")
            }
            guard bodies[row[body]] != nil else { throw EvaluationError.unknownBody(file: stances, body: row[body]) }
            return Pair(headline: row[headline], body: row[body], label: row[stance])
        }
        self.bodies = bodies
        guard !pairs.isEmpty else { throw EvaluationError.noData(stances) }
    }
}
