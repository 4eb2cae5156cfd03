import CorroborateModel

extension ClaimGroupEvidence {
    /// The findings stage's view of a matcher group: its claims, and the pairs it found in
    /// number conflict or contradiction (agreement and elaboration need no record).
    public init(_ group: ClaimGroup) {
        var conflicts: [PairConflict] = []
        for r in group.relations {
            switch r.relation {
            case .numberConflict: conflicts.append(PairConflict(a: r.a, b: r.b, kind: .number, reason: r.reason ?? ""))
            case .contradiction: conflicts.append(PairConflict(a: r.a, b: r.b, kind: .contradiction, reason: r.reason ?? ""))
            case .agree, .elaborate, .unrelated: break
            }
        }
        self.init(claims: group.claims, conflicts: conflicts)
    }
}
