import Testing
@testable import ClaimMatching

@Suite struct EvaluationMetricsTests {
    @Test func csvQuotedFieldsNewlinesAndDoubledQuotes() throws {
        let table = try CSVTable(text: "Headline,Body ID,Stance\r\n\"Says \"\"no\"\", twice\",12,disagree\n\"two\nlines\",3,agree\n")
        #expect(table.header == ["Headline", "Body ID", "Stance"])
        #expect(table.rows == [["Says \"no\", twice", "12", "disagree"], ["two\nlines", "3", "agree"]])
        #expect(throws: EvaluationError.self) { try table.column("articleBody", in: "x.csv") }
    }

    @Test func bCubedOnAWorkedExample() {
        // Gold {a1,a2,a3} {b1,b2}; predicted {a1,a2} {a3,b1,b2}.
        let s = ClusterScores(gold: ["a", "a", "a", "b", "b"], predicted: [0, 0, 1, 1, 1])
        // Precision: 1, 1, 1/3, 2/3, 2/3 → 11/15. Recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
        #expect(abs(s.precision - 11.0 / 15) < 1e-12)
        #expect(abs(s.recall - 11.0 / 15) < 1e-12)
        #expect(ClusterScores(gold: ["x", "y"], predicted: [0, 1]).f1 == 1)
    }

    @Test func fncScoreFollowsTheOfficialScorer() {
        let gold = ["unrelated", "agree", "disagree", "discuss"]
        // correct unrelated .25; agree→discuss .25; disagree exact 1.0; discuss→unrelated 0.
        let predicted = ["unrelated", "discuss", "disagree", "unrelated"]
        #expect(abs(FNCScore.relative(gold: gold, predicted: predicted) - 1.5 / 3.25) < 1e-12)
        #expect(FNCScore.relative(gold: gold, predicted: gold) == 1)
    }

    @Test func macroF1AndPearson() {
        let s = ClassificationScores(gold: ["agree", "disagree", "disagree", "other"],
                                     predicted: ["agree", "agree", "disagree", "disagree"],
                                     labels: ["agree", "disagree"])
        #expect(abs(s.byClass["agree"]!.f1 - 2.0 / 3) < 1e-12)
        #expect(abs(s.byClass["disagree"]!.f1 - 0.5) < 1e-12)
        #expect(abs(Correlation.pearson([1, 2, 3], [6, 4, 2]) + 1) < 1e-12)
    }

    @Test func splitIsStable() {
        #expect(StableSplit.hash("a") == 0xaf63dc4c8601ec8c)
        let held = (0..<1000).filter { StableSplit.isHeldOut("claim-\($0)") }.count
        #expect((150...250).contains(held))
    }
}
