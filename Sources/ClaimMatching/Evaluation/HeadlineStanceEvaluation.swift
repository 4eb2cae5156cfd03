/// FNC-1 evaluation: headline/body stance with `HeadlineStance`.
public enum HeadlineStanceEvaluation {
    /// Feature rows for every pair; IDF statistics over the file's headlines and bodies.
    public static func features(_ data: FNCPairs) -> [[Double]] {
        let extractor = FeatureExtractor()
        let usedBodies = Array(Set(data.pairs.map(\.body))).sorted()
        var bodies: [String: HeadlineStance.Body] = [:]
        for id in usedBodies { bodies[id] = HeadlineStance.Body(data.bodies[id]!, extractor: extractor) }
        var headlines: [String: ClaimFeatures] = [:]
        for pair in data.pairs where headlines[pair.headline] == nil {
            headlines[pair.headline] = extractor.features(id: "h", text: pair.headline)
        }
        var statistics = TermStatistics()
        for id in usedBodies { statistics.add(bodies[id]!.whole.terms) }
        for h in headlines.keys.sorted() { statistics.add(headlines[h]!.terms) }
        return data.pairs.map {
            HeadlineStance.features(claim: headlines[$0.headline]!, body: bodies[$0.body]!, statistics: statistics)
        }
    }

    public static func evaluate(_ data: FNCPairs, stance: HeadlineStance = HeadlineStance()) -> [String] {
        features(data).map { row in
            let p = stance.model.probabilities(row)
            return HeadlineStance.labels[p.indices.max { p[$0] < p[$1] }!]
        }
    }

    /// Fits the softmax model with class weights (count ratio)^0.5 so the rare disagree class
    /// is not ignored.
    public static func fit(_ data: FNCPairs) -> LogisticModel {
        let x = features(data)
        let y = data.pairs.map { HeadlineStance.labels.firstIndex(of: $0.label) ?? 3 }
        var counts = Array(repeating: 0.0, count: 4)
        for c in y { counts[c] += 1 }
        let largest = counts.max() ?? 1
        let weights = counts.map { $0 > 0 ? (largest / $0).squareRoot() : 1 }
        return LogisticTrainer(iterations: 600).fit(x, y, classes: 4, classWeights: weights)
    }
}
