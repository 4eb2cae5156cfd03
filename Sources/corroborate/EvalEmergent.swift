import ArgumentParser
import ClaimMatching

/// `corroborate eval emergent FILE`: group Emergent article headlines into claims (B³ F1).
struct EvalEmergent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emergent", abstract: "Emergent headlines grouped into claims: B³ F1 against claim ids.")

    @Argument(help: "Emergent CSV (train.csv).") var file: String
    @Flag(help: "Score every row instead of the held-out fifth (claim-id hash mod 5 == 0).") var all = false

    func run() throws {
        let data = try reporting { try EmergentHeadlines(path: file) }
        let scored = all ? data : data.heldOut
        guard !scored.headlines.isEmpty else { throw ValidationError("no held-out rows in \(file); use --all") }
        let result = GroupingEvaluation.evaluate(scored)
        print("headlines: \(scored.headlines.count), gold claims: \(Set(scored.headlines.map(\.claim)).count), "
              + "predicted groups: \(result.clusters), comparisons: \(result.comparisons) "
              + "(all pairs: \(scored.headlines.count * (scored.headlines.count - 1) / 2))")
        print("B3 precision \(round4(result.scores.precision)) recall \(round4(result.scores.recall)) split: \(all ? "all" : "held-out")")
        printMetrics(["b3F1": result.scores.f1])
    }
}
