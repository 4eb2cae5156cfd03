/// Emergent evaluation: group article headlines into the claims they report (B³ F1 against
/// the gold claim ids), with the shipped `ClaimClusterer`.
public enum GroupingEvaluation {
    /// Features of each headline, in row order.
    static func features(_ data: EmergentHeadlines) -> [ClaimFeatures] {
        let extractor = FeatureExtractor()
        return data.headlines.map { extractor.features(id: $0.article, text: $0.text) }
    }

    /// Cluster index per headline, from the shipped clusterer (or one with another threshold).
    public static func assign(_ data: EmergentHeadlines, clusterer: ClaimClusterer = ClaimClusterer()) -> (clusters: [Int], comparisons: Int) {
        let f = features(data)
        let run = clusterer.run(f.enumerated().map { var x = $0.element; x.id = String($0.offset); return x })
        var cluster = Array(repeating: 0, count: f.count)
        for (g, group) in run.groups.enumerated() { for id in group.claims { cluster[Int(id)!] = g } }
        return (cluster, run.comparisons)
    }

    public static func evaluate(_ data: EmergentHeadlines, clusterer: ClaimClusterer = ClaimClusterer()) -> (scores: ClusterScores, clusters: Int, comparisons: Int) {
        let (assigned, comparisons) = assign(data, clusterer: clusterer)
        return (ClusterScores(gold: data.headlines.map(\.claim), predicted: assigned), Set(assigned).count, comparisons)
    }

    /// The link threshold (0.05…0.70 in steps of 0.01) with the best B³ F1 on `data`.
    /// Similarities are computed once; only the linkage is rerun per threshold.
    public static func fitThreshold(_ data: EmergentHeadlines) -> Double {
        let f = features(data)
        let statistics = TermStatistics(f)
        let comparator = ClaimComparator()
        let pairs = BlockingIndex().candidatePairs(f, statistics: statistics)
        let edges = pairs.map { ($0.0, $0.1, comparator.similarity(f[$0.0], f[$0.1], statistics: statistics)) }
        let gold = data.headlines.map(\.claim)
        var best = (f1: -1.0, threshold: 0.3)
        for step in 5...70 {
            let t = Double(step) / 100
            let groups = AverageLinkage(threshold: t).groups(count: f.count, edges: edges)
            var assigned = Array(repeating: 0, count: f.count)
            for (g, members) in groups.enumerated() { for i in members { assigned[i] = g } }
            let f1 = ClusterScores(gold: gold, predicted: assigned).f1
            if f1 > best.f1 { best = (f1, t) }
        }
        return best.threshold
    }
}
