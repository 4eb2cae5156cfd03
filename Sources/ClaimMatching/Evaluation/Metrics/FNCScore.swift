/// The FNC-1 challenge score as in its `scorer.py`: +0.25 for a correct `unrelated`, +0.25
/// for predicting any related label on a related pair, +0.75 more for the exact related
/// label; reported relative to the best possible score (1.0 = every pair right).
public enum FNCScore {
    static let related: Set<String> = ["agree", "disagree", "discuss"]

    public static func relative(gold: [String], predicted: [String]) -> Double {
        var score = 0.0
        for (g, p) in zip(gold, predicted) {
            if g == p {
                score += 0.25
                if g != "unrelated" { score += 0.5 }
            }
            if related.contains(g) && related.contains(p) { score += 0.25 }
        }
        let unrelated = Double(gold.filter { $0 == "unrelated" }.count)
        let best = 0.25 * unrelated + Double(gold.count) - unrelated
        return best > 0 ? score / best : 0
    }
}
