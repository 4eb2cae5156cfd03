/// SemEval-2022 Task 8 evaluation: Pearson correlation between the gold `Overall` score
/// (1 = very similar … 4 = very dissimilar) and 4 − 3 · similarity, where similarity is the
/// comparator's IDF-weighted term overlap of the two articles. No parameters are fitted.
public enum SimilarityEvaluation {
    public static func predictions(_ data: SimilarityPairs) -> [Double] {
        let extractor = FeatureExtractor()
        let a = data.pairs.map { extractor.features(id: $0.id + "/1", text: $0.first) }
        let b = data.pairs.map { extractor.features(id: $0.id + "/2", text: $0.second) }
        let statistics = TermStatistics(a + b)
        let comparator = ClaimComparator()
        return zip(a, b).map { 4 - 3 * comparator.similarity($0, $1, statistics: statistics) }
    }

    public static func pearson(_ data: SimilarityPairs) -> Double {
        Correlation.pearson(predictions(data), data.pairs.map(\.overall))
    }
}
