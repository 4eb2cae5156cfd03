import CorroborateModel

/// One group of matched claims as the findings stage needs it: the claim ids, and the pairs the
/// matcher found in conflict. (Built from the matcher's `ClaimGroup`; kept separate so the
/// findings rules can be tested on hand-made groups.)
public struct ClaimGroupEvidence: Sendable, Hashable {
    public var claims: [String]
    public var conflicts: [PairConflict]

    public init(claims: [String], conflicts: [PairConflict] = []) {
        self.claims = claims
        self.conflicts = conflicts
    }
}

/// Two claims the matcher says disagree.
public struct PairConflict: Sendable, Hashable {
    public var a: String
    public var b: String
    /// `.number` or `.contradiction` (denials are read from claim polarity).
    public var kind: Conflict.Kind
    /// The matcher's explanation, if any.
    public var reason: String

    public init(a: String, b: String, kind: Conflict.Kind, reason: String = "") {
        self.a = a
        self.b = b
        self.kind = kind
        self.reason = reason
    }
}
