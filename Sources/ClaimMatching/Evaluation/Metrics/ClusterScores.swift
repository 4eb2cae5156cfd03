/// B³ (B-cubed) precision, recall and F1 of a clustering against gold classes
/// (Bagga & Baldwin 1998): for each item, the share of its predicted cluster that shares its
/// gold class (precision) and the share of its gold class in its predicted cluster (recall).
public struct ClusterScores: Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    /// `gold[i]` and `predicted[i]` are the class and cluster of item i.
    public init(gold: [String], predicted: [Int]) {
        precondition(gold.count == predicted.count, "gold and predicted differ in length")
        var pairCount: [String: Int] = [:]
        var goldSize: [String: Int] = [:]
        var clusterSize: [Int: Int] = [:]
        for (g, p) in zip(gold, predicted) {
            pairCount["\(p)\u{1}\(g)", default: 0] += 1
            goldSize[g, default: 0] += 1
            clusterSize[p, default: 0] += 1
        }
        var p = 0.0, r = 0.0
        for (g, c) in zip(gold, predicted) {
            let both = Double(pairCount["\(c)\u{1}\(g)"]!)
            p += both / Double(clusterSize[c]!)
            r += both / Double(goldSize[g]!)
        }
        let n = Double(max(1, gold.count))
        precision = p / n
        recall = r / n
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
