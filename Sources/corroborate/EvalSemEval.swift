import ArgumentParser
import ClaimMatching

/// `corroborate eval semeval FILE`: multilingual article similarity (Pearson).
struct EvalSemEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "semeval", abstract: "SemEval-2022 Task 8 article pairs: Pearson r with the Overall score.")

    @Argument(help: "SemEval CSV files (training_set.csv).") var files: [String]

    func run() throws {
        var predicted: [Double] = [], gold: [Double] = []
        for file in files {
            let data = try reporting { try SimilarityPairs(path: file) }
            predicted += SimilarityEvaluation.predictions(data)
            gold += data.pairs.map(\.overall)
        }
        print("pairs: \(gold.count) (prediction = 4 - 3 * similarity; no fitted parameters)")
        printMetrics(["pearson": Correlation.pearson(predicted, gold)])
    }
}
