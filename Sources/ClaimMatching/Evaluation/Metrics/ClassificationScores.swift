/// Per-class precision, recall and F1 over gold and predicted labels.
public struct ClassificationScores: Sendable {
    public struct ClassScore: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public var byClass: [String: ClassScore]
    public var accuracy: Double

    public init(gold: [String], predicted: [String], labels: [String]) {
        precondition(gold.count == predicted.count, "gold and predicted differ in length")
        var scores: [String: ClassScore] = [:]
        for label in labels {
            var tp = 0, fp = 0, fn = 0, support = 0
            for (g, p) in zip(gold, predicted) {
                if g == label { support += 1 }
                if p == label && g == label { tp += 1 } else if p == label { fp += 1 } else if g == label { fn += 1 }
            }
            let precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
            let recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            scores[label] = ClassScore(precision: precision, recall: recall, f1: f1, support: support)
        }
        byClass = scores
        accuracy = gold.isEmpty ? 0 : Double(zip(gold, predicted).filter { $0 == $1 }.count) / Double(gold.count)
    }

    /// Unweighted mean F1 over `labels`.
    public func macroF1(_ labels: [String]) -> Double {
        labels.map { byClass[$0]?.f1 ?? 0 }.reduce(0, +) / Double(max(1, labels.count))
    }
}
