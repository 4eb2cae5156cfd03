import ArgumentParser
import ClaimMatching
import Foundation

/// `corroborate eval DATASET FILE...`: runs the shipped matcher on a public benchmark and
/// prints its standard metric as the last line (one JSON object).
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the claim matcher on public benchmarks (ANS, Emergent, FNC-1, SemEval-2022 Task 8).",
        discussion: """
            Evaluation only applies the committed parameters (Sources/ClaimMatching/Comparison/
            FittedParameters.swift); 'eval fit' refits them on training files.
            Emergent and FNC-1 ship only a training file: by default they are scored on a fixed
            held-out fifth (FNV-1a hash of the claim id / body id, mod 5 == 0), the part the fit
            never sees; --all scores every row.
            """,
        subcommands: [EvalANS.self, EvalEmergent.self, EvalFNC.self, EvalSemEval.self, EvalFit.self]
    )
}

/// Prints a metrics object as one compact JSON line with sorted keys.
func printMetrics(_ metrics: [String: Double]) {
    let body = metrics.keys.sorted().map { "\"\($0)\": \(round4(metrics[$0]!))" }.joined(separator: ", ")
    print("{\(body)}")
}

func round4(_ x: Double) -> String { String(format: "%.4f", x) }

/// Runs `body`, turning evaluation errors into clean CLI failures.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as EvaluationError {
        throw ValidationError(error.description)
    }
}

struct EvalANS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ans", abstract: "ANS stance pairs (s1,s2,stance): macro-F1 over agree/disagree.")

    @Argument(help: "ANS CSV files (e.g. stance_dev.csv).") var files: [String]
    @Flag(help: "Print each misclassified pair with its features (for error analysis on training data).") var errors = false
    @Flag(help: "Print every pair's label and features as tab-separated values (header first), instead of scores.") var features = false
    @Option(help: ArgumentHelp("Fit the contradiction model on this training CSV first and score with it (feature experiments; the shipped model is unchanged).", valueName: "train.csv"))
    var fitOn: String?

    func run() throws {
        var gold: [String] = [], predicted: [String] = []
        var model = ComparatorModel.fitted
        if let fitOn {
            let training = try reporting { try StancePairs(path: fitOn) }
            (model.contradiction, model.contradictionThreshold) = StanceEvaluation.fit(training)
        }
        if features { print((["label"] + PairFeatures.names).joined(separator: "\t")) }
        for file in files {
            let data = try reporting { try StancePairs(path: file) }
            if features {
                for (pair, f) in zip(data.pairs, StanceEvaluation.features(data)) {
                    print(([pair.label] + f.values.map { "\($0)" }).joined(separator: "\t"))
                }
                continue
            }
            let result = StanceEvaluation.evaluate(data, model: model.contradiction, threshold: model.contradictionThreshold)
            gold += data.pairs.map(\.label)
            predicted += result.predicted
            if errors {
                for (i, f) in StanceEvaluation.features(data).enumerated() where data.pairs[i].label != result.predicted[i] {
                    let p = model.contradiction.probability(f.values)
                    let named = zip(PairFeatures.names, f.values).filter { $0.1 != 0 }.map { "\($0.0)=\(round4($0.1))" }
                    print("\(data.pairs[i].label) p=\(round4(p)) | \(data.pairs[i].first) | \(data.pairs[i].second) | \(named.joined(separator: " "))")
                }
            }
        }
        if features { return }
        let scores = ClassificationScores(gold: gold, predicted: predicted, labels: StanceEvaluation.labels)
        for label in StanceEvaluation.labels {
            let s = scores.byClass[label]!
            print("\(label): P \(round4(s.precision)) R \(round4(s.recall)) F1 \(round4(s.f1)) (n=\(s.support))")
        }
        print("pairs: \(gold.count) (other: \(gold.filter { $0 == "other" }.count), scored as neither class)")
        printMetrics(["macroF1": scores.macroF1(StanceEvaluation.labels), "disagreeF1": scores.byClass["disagree"]!.f1])
    }
}
