/// Compares two claims: how similar they are and how they relate.
///
/// Order of decisions: below the link threshold → `unrelated`; incompatible comparable
/// numbers → `numberConflict`; one side denies (a denial verb or negative polarity) or the
/// contradiction model fires (antonym swap, negation, name swap) → `contradiction`; the
/// shorter claim fully covered while the longer adds content → `elaborate`; else `agree`.
public struct ClaimComparator: Sendable {
    public var model: ComparatorModel

    /// Similarity and coverage of the less-covered claim from which a pair counts as a close
    /// paraphrase, the only pairs on which the contradiction model's cues are evidence.
    static let paraphraseSimilarity = 0.5
    static let paraphraseCoverage = 0.5

    public init(model: ComparatorModel = .fitted) {
        self.model = model
    }

    /// The verdict on one pair.
    public struct Verdict: Sendable, Hashable {
        public var relation: Relation
        public var similarity: Double
        /// P(contradiction) from the fitted model.
        public var contradiction: Double
        public var reason: String?
        public var features: PairFeatures
    }

    /// Topical similarity only (what clustering links on).
    public func similarity(_ a: ClaimFeatures, _ b: ClaimFeatures, statistics: TermStatistics) -> Double {
        PairFeatures(a, b, statistics: statistics)["cosine"]
    }

    public func compare(_ a: ClaimFeatures, _ b: ClaimFeatures, statistics: TermStatistics) -> Verdict {
        compare(a, b, features: PairFeatures(a, b, statistics: statistics))
    }

    /// The verdict on one pair whose term vectors were built once for the batch.
    public func compare(_ a: ClaimFeatures, _ b: ClaimFeatures, _ va: TermVector, _ vb: TermVector) -> Verdict {
        compare(a, b, features: PairFeatures(a, b, va, vb))
    }

    private func compare(_ a: ClaimFeatures, _ b: ClaimFeatures, features f: PairFeatures) -> Verdict {
        let similarity = f["cosine"]
        let p = model.contradiction.probability(f.values)
        func verdict(_ r: Relation, _ reason: String?) -> Verdict {
            Verdict(relation: r, similarity: similarity, contradiction: p, reason: reason, features: f)
        }
        if similarity < model.linkThreshold { return verdict(.unrelated, nil) }
        if let numbers = f.numberConflict { return verdict(.numberConflict, numbers) }
        if f["denialDiff"] > 0 {
            return verdict(.contradiction, "denial: " + (a.denial ? a.id : b.id) + " denies")
        }
        // The model was fitted on paraphrase pairs (ANS), where a negation or an antonym is the
        // only difference. Between two sentences that merely share a topic, a "not" on one side
        // says nothing about the other, so it only counts for close paraphrases.
        let paraphrase = similarity >= Self.paraphraseSimilarity && f["coverageMin"] >= Self.paraphraseCoverage
        if paraphrase && p >= model.contradictionThreshold {
            if let antonym = f.antonym { return verdict(.contradiction, "opposites: " + antonym) }
            if f["negationDiff"] > 0 { return verdict(.contradiction, "negation") }
            if f["refutationDiff"] > 0 { return verdict(.contradiction, "refutation") }
            if f["reversalDiff"] > 0 { return verdict(.contradiction, "reversal (fail/reject/ignore/cancel)") }
            if f["yearConflict"] > 0 { return verdict(.contradiction, "different years") }
        }
        if f["coverageMax"] >= model.elaborateCoverage && f["unmatchedMax"] >= 0.35 {
            return verdict(.elaborate, nil)
        }
        return verdict(.agree, nil)
    }
}
