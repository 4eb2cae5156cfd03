/// How two claims relate.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Same claim.
    case agree
    /// Same claim, one adds detail.
    case elaborate
    /// Same claim, quantities incompatible beyond the hedges' tolerance.
    case numberConflict
    /// One source denies or reverses what the other asserts.
    case contradiction
    /// Different claims.
    case unrelated
}

/// The comparator's verdict on one pair of claims inside a group.
public struct PairRelation: Sendable, Hashable, Codable {
    /// Claim ids.
    public var a: String
    public var b: String
    public var relation: Relation
    /// Topical similarity in 0...1 (IDF-weighted term overlap).
    public var similarity: Double
    /// Evidence for conflicts ("about 6,000 vs 7,000", "rise vs fall", "denial").
    public var reason: String?

    public init(a: String, b: String, relation: Relation, similarity: Double, reason: String? = nil) {
        self.a = a
        self.b = b
        self.relation = relation
        self.similarity = similarity
        self.reason = reason
    }
}
