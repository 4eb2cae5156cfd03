import Foundation

/// The stance of a long article towards a short claim (a headline): agree, disagree,
/// discuss or unrelated, from lexical evidence only.
///
/// Relatedness comes from IDF-weighted overlap of the claim with the body and with its best
/// sentences. Stance comes from cue words *in the sentences that repeat the claim*:
/// refutation ("hoax", "fake", "debunked"), denial ("denied", "نفى"), negation and hedges
/// ("reportedly", "allegedly", "claims"), plus the same cues in the claim itself. Lexical
/// overlap alone cannot tell disagree from agree; these cues near the overlap can.
public struct HeadlineStance: Sendable {
    public static let labels = ["agree", "disagree", "discuss", "unrelated"]
    public static let featureNames = [
        "coverage", "cosine", "bestSentence", "bestTwo", "leadCoverage", "bodyRefutation",
        "nearRefutation", "nearDenial", "nearNegation", "bodyHedges", "nearHedges",
        "claimRefutation", "claimHedges", "claimNegation", "claimDenial", "bodyLength", "leadRefutation",
        "numberConflict",
    ]

    public var model: LogisticModel

    public init(model: LogisticModel = HeadlineStance.fittedModel) {
        self.model = model
    }

    /// A body prepared once for any number of claims: per-sentence features.
    public struct Body: Sendable {
        public var whole: ClaimFeatures
        public var sentences: [ClaimFeatures]

        public init(_ text: String, extractor: FeatureExtractor = FeatureExtractor()) {
            whole = extractor.features(id: "body", text: text)
            sentences = HeadlineStance.sentences(text).enumerated().map {
                extractor.features(id: "s\($0.offset)", text: $0.element)
            }
        }
    }

    /// Class probabilities in `labels` order.
    public func probabilities(claim: ClaimFeatures, body: Body, statistics: TermStatistics) -> [Double] {
        model.probabilities(Self.features(claim: claim, body: body, statistics: statistics))
    }

    /// The most probable label.
    public func stance(claim: ClaimFeatures, body: Body, statistics: TermStatistics) -> String {
        let p = probabilities(claim: claim, body: body, statistics: statistics)
        return Self.labels[p.indices.max { p[$0] < p[$1] }!]
    }

    /// The feature vector (`featureNames` order).
    public static func features(claim: ClaimFeatures, body: Body, statistics: TermStatistics) -> [Double] {
        let claimWeight = claim.terms.reduce(0.0) { $0 + statistics.idf($1) }
        func coverage(_ terms: Set<String>) -> Double {
            guard claimWeight > 0 else { return 0 }
            return claim.terms.filter(terms.contains).reduce(0.0) { $0 + statistics.idf($1) } / claimWeight
        }
        let bodyTerms = Set(body.whole.terms)
        let whole = coverage(bodyTerms)
        let bodyWeight = body.whole.terms.reduce(0.0) { $0 + statistics.idf($1) }
        let shared = claim.terms.filter(bodyTerms.contains).reduce(0.0) { $0 + statistics.idf($1) }
        let cosine = claimWeight > 0 && bodyWeight > 0 ? shared / (claimWeight * bodyWeight).squareRoot() : 0
        let perSentence = body.sentences.map { coverage(Set($0.terms)) }
        let ranked = perSentence.sorted(by: >)
        let best = ranked.first ?? 0
        let bestTwo = ranked.prefix(2).reduce(0, +) / Double(max(1, min(2, ranked.count)))
        let lead = coverage(Set(body.sentences.prefix(3).flatMap(\.terms)))
        var nearRefutation = 0, nearDenial = 0, nearNegation = 0, nearHedges = 0, near = 0
        for (s, c) in zip(body.sentences, perSentence) where c >= 0.25 {
            near += 1
            nearRefutation += s.refutations
            nearDenial += s.denial ? 1 : 0
            nearNegation += s.negations
            nearHedges += s.hedges
        }
        let n = Double(max(1, body.sentences.count))
        let leadRefutation = body.sentences.prefix(5).reduce(0) { $0 + $1.refutations }
        var numberConflict = 0.0
        for q in claim.quantities where q.kind != .year {
            let comparable = body.whole.quantities.filter { q.isComparable(with: $0) && q.unit != nil && $0.unit == q.unit }
            if !comparable.isEmpty && !comparable.contains(where: q.isCompatible) { numberConflict = 1 }
        }
        return [
            whole, cosine, best, bestTwo, lead, log1p(Double(body.whole.refutations)) , log1p(Double(nearRefutation)),
            log1p(Double(nearDenial)), Double(nearNegation) / Double(max(1, near)), Double(body.whole.hedges) / n,
            log1p(Double(nearHedges)), Double(claim.refutations), Double(claim.hedges), Double(claim.negations),
            claim.denial ? 1 : 0, log1p(Double(body.whole.length)), log1p(Double(leadRefutation)), numberConflict,
        ]
    }

    /// Splits text into sentences at . ! ? ؟ and line breaks (not inside numbers).
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            current.append(ch)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            if ch == "\n" || "!?؟".contains(ch) || ch == "." && (next == " " || next == "\n" || next == "\"") {
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.count > 1 { out.append(trimmed) }
                current = ""
            }
        }
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 1 { out.append(trimmed) }
        return out
    }
}
