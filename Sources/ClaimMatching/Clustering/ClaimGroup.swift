/// Claims that state the same thing (or argue about the same thing), with the comparator's
/// verdict on each compared pair inside the group.
public struct ClaimGroup: Sendable, Hashable, Codable {
    /// Claim ids, in input order.
    public var claims: [String]
    /// Verdicts for the compared pairs inside the group whose relation is not `unrelated`,
    /// ordered by the input positions of `a` then `b`.
    public var relations: [PairRelation]

    public init(claims: [String], relations: [PairRelation]) {
        self.claims = claims
        self.relations = relations
    }
}
