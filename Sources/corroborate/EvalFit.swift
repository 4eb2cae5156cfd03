import ArgumentParser
import ClaimMatching
import Foundation

/// `corroborate eval fit`: fits the matcher's parameters on training files and prints the
/// Swift source of `FittedParameters.swift` (scripts/fit-matching.sh writes it in place).
/// A part whose files are not given keeps its current committed values.
struct EvalFit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit", abstract: "Fit thresholds and weights on training data; prints FittedParameters.swift.")

    @Option(help: "ANS training CSV (contradiction model).") var ans: String?
    @Option(help: "Emergent training CSV (link threshold; fitted on the non-held-out split).") var emergent: String?
    @Option(help: "FNC-1 train_stances.csv (headline stance model; non-held-out split).") var fncStances: String?
    @Option(help: "FNC-1 train_bodies.csv.") var fncBodies: String?

    func run() throws {
        var model = ComparatorModel.fitted
        var headline = HeadlineStance.fittedModel
        if let ans {
            let data = try reporting { try StancePairs(path: ans) }
            let fitted = StanceEvaluation.fit(data)
            model.contradiction = fitted.model
            model.contradictionThreshold = fitted.threshold
            note("ans: contradiction threshold \(fitted.threshold)")
        }
        if let emergent {
            let data = try reporting { try EmergentHeadlines(path: emergent) }
            model.linkThreshold = GroupingEvaluation.fitThreshold(data.training)
            note("emergent: link threshold \(model.linkThreshold)")
        }
        if let fncStances, let fncBodies {
            let data = try reporting { try FNCPairs(stances: fncStances, bodies: fncBodies) }
            headline = HeadlineStanceEvaluation.fit(data.training)
            note("fnc1: headline stance model fitted on \(data.training.pairs.count) pairs")
        } else if fncStances != nil || fncBodies != nil {
            throw ValidationError("--fnc-stances and --fnc-bodies go together")
        }
        print(FittedSource.render(contradiction: model.contradiction, contradictionThreshold: model.contradictionThreshold,
                                  linkThreshold: model.linkThreshold, headline: headline), terminator: "")
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
