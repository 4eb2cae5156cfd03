import CorroborateModel

/// Attribution-level scoring as `score_attrib.py` section C does it: spans become token sets
/// (`\w+|[^\w\s]` tokens they overlap), predictions are aligned one-to-one to gold greedily by
/// content-token Jaccard (cue overlap, then source overlap, break ties), and detection P/R/F1
/// counts aligned pairs; source accuracy is exact (punctuation-free) source match on aligned
/// pairs whose gold has a source.
public struct AttributionScorer: Sendable {
    public private(set) var aligned = 0
    public private(set) var predicted = 0
    public private(set) var gold = 0
    public private(set) var sourceExact = 0
    public private(set) var sourceTotal = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(aligned) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(aligned) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var sourceAccuracy: Double { sourceTotal == 0 ? 0 : Double(sourceExact) / Double(sourceTotal) }

    private struct Roles {
        var source: Set<Int>, cue: Set<Int>, content: Set<Int>
    }

    /// Adds one document: its text, gold and predicted attributions (code-point spans).
    public mutating func add(text: String, gold goldARs: [BenchmarkDocument.Attribution],
                             predicted predARs: [BenchmarkDocument.Attribution]) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let starts = tokens.map(\.start)
        func cover(_ spans: [[Int]]) -> Set<Int> {
            var out = Set<Int>()
            for s in spans where s.count == 2 && s[1] > s[0] {
                var lo = 0, hi = starts.count
                while lo < hi { let mid = (lo + hi) / 2; if starts[mid] <= s[0] { lo = mid + 1 } else { hi = mid } }
                var i = max(0, lo - 1)
                while i < tokens.count, tokens[i].start < s[1] {
                    if tokens[i].end > s[0] { out.insert(i) }
                    i += 1
                }
            }
            return out
        }
        let G = goldARs.map { Roles(source: cover($0.source), cue: cover($0.cue), content: cover($0.content)) }
        let P = predARs.map { Roles(source: cover($0.source), cue: cover($0.cue), content: cover($0.content)) }
        var candidates: [(Double, Int, Int)] = []
        for (i, p) in P.enumerated() {
            for (j, g) in G.enumerated() {
                let union = p.content.union(g.content).count
                var jac = union == 0 ? 0 : Double(p.content.intersection(g.content).count) / Double(union)
                if jac == 0 {
                    if !p.cue.isDisjoint(with: g.cue) { jac = 1e-6 } else if !p.source.isDisjoint(with: g.source) { jac = 1e-7 }
                }
                if jac > 0 { candidates.append((jac, i, j)) }
            }
        }
        candidates.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
        var usedP = Set<Int>(), usedG = Set<Int>()
        for (_, i, j) in candidates where !usedP.contains(i) && !usedG.contains(j) {
            usedP.insert(i); usedG.insert(j)
            aligned += 1
            if !G[j].source.isEmpty {
                sourceTotal += 1
                let words = { (s: Set<Int>) in s.filter { tokens[$0].kind != .punctuation } }
                if words(G[j].source) == words(P[i].source) { sourceExact += 1 }
            }
        }
        predicted += P.count
        gold += G.count
    }
}
