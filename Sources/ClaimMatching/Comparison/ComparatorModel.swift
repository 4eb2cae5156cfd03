/// The numbers the comparator and the clusterer apply: fitted offline by
/// `corroborate eval fit` (see `scripts/fit-matching.sh`) and committed in
/// `FittedParameters.swift`; nothing is learned at run time.
public struct ComparatorModel: Sendable, Hashable, Codable {
    /// P(contradiction) over `PairFeatures` (fitted on ANS train: agree vs disagree).
    public var contradiction: LogisticModel
    /// P(contradiction) at or above which a related pair is a contradiction.
    public var contradictionThreshold: Double
    /// Similarity at or above which two claims are about the same thing (fitted on the
    /// Emergent training split, grouping headlines into claims).
    public var linkThreshold: Double
    /// Coverage of the shorter claim by the longer one above which, with enough extra
    /// content on the longer side, a pair is `elaborate` rather than `agree`.
    public var elaborateCoverage: Double

    public init(contradiction: LogisticModel, contradictionThreshold: Double, linkThreshold: Double,
                elaborateCoverage: Double = 0.8) {
        self.contradiction = contradiction
        self.contradictionThreshold = contradictionThreshold
        self.linkThreshold = linkThreshold
        self.elaborateCoverage = elaborateCoverage
    }
}
