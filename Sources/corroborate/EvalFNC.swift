import ArgumentParser
import ClaimMatching

/// `corroborate eval fnc1 STANCES BODIES`: headline/body stance (four classes + FNC score).
struct EvalFNC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fnc1", abstract: "FNC-1 stance: macro-F1 over 4 classes, disagree F1, relative FNC score.")

    @Argument(help: "train_stances.csv (or a test stances file).") var stances: String
    @Argument(help: "train_bodies.csv (or the matching bodies file).") var bodies: String
    @Flag(help: "Score every row instead of the held-out fifth (body-id hash mod 5 == 0).") var all = false

    func run() throws {
        let data = try reporting { try FNCPairs(stances: stances, bodies: bodies) }
        let scored = all ? data : data.heldOut
        guard !scored.pairs.isEmpty else { throw ValidationError("no held-out rows in \(stances); use --all") }
        let predicted = HeadlineStanceEvaluation.evaluate(scored)
        let gold = scored.pairs.map(\.label)
        let scores = ClassificationScores(gold: gold, predicted: predicted, labels: FNCPairs.labels)
        for label in FNCPairs.labels {
            let s = scores.byClass[label]!
            print("\(label): P \(round4(s.precision)) R \(round4(s.recall)) F1 \(round4(s.f1)) (n=\(s.support))")
        }
        print("pairs: \(gold.count), bodies: \(Set(scored.pairs.map(\.body)).count), split: \(all ? "all" : "held-out")")
        printMetrics([
            "macroF1": scores.macroF1(FNCPairs.labels), "disagreeF1": scores.byClass["disagree"]!.f1,
            "fncScore": FNCScore.relative(gold: gold, predicted: predicted),
        ])
    }
}
