/// ANS evaluation: agree vs disagree on Arabic sentence pairs, with the comparator's
/// contradiction model (P(contradiction) ≥ threshold → disagree).
///
/// IDF statistics come from the sentences of the file being scored (unlabelled text only).
public struct StanceEvaluation: Sendable {
    public static let labels = ["agree", "disagree"]

    /// Pair features for every row of `data`.
    public static func features(_ data: StancePairs) -> [PairFeatures] {
        let extractor = FeatureExtractor()
        let firsts = data.pairs.enumerated().map { extractor.features(id: "a\($0.offset)", text: $0.element.first) }
        let seconds = data.pairs.enumerated().map { extractor.features(id: "b\($0.offset)", text: $0.element.second) }
        let statistics = TermStatistics(firsts + seconds)
        return zip(firsts, seconds).map { PairFeatures($0, $1, statistics: statistics) }
    }

    /// Scores `data` with `model` and `threshold`.
    public static func evaluate(_ data: StancePairs, model: LogisticModel, threshold: Double) -> (scores: ClassificationScores, predicted: [String]) {
        let predicted = features(data).map { model.probability($0.values) >= threshold ? "disagree" : "agree" }
        let gold = data.pairs.map(\.label)
        return (ClassificationScores(gold: gold, predicted: predicted, labels: labels), predicted)
    }

    /// Fits the contradiction model on `data` (rows labelled other are skipped) and picks the
    /// threshold that maximises macro-F1 on the same training rows.
    public static func fit(_ data: StancePairs) -> (model: LogisticModel, threshold: Double) {
        let all = features(data)
        var x: [[Double]] = [], y: [Int] = []
        for (f, pair) in zip(all, data.pairs) where labels.contains(pair.label) {
            x.append(f.values)
            y.append(pair.label == "disagree" ? 1 : 0)
        }
        let model = LogisticTrainer().fit(x, y, classes: 2)
        let gold = data.pairs.map(\.label)
        let probabilities = all.map { model.probability($0.values) }
        var best = (f1: -1.0, threshold: 0.5)
        for step in 10...90 {
            let t = Double(step) / 100
            let predicted = probabilities.map { $0 >= t ? "disagree" : "agree" }
            let f1 = ClassificationScores(gold: gold, predicted: predicted, labels: labels).macroF1(labels)
            if f1 > best.f1 { best = (f1, t) }
        }
        return (model, best.threshold)
    }
}
