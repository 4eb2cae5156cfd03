import Testing
@testable import ClaimMatching

/// Pairs written for these tests (English and Arabic news sentences about one story).
@Suite struct ClaimComparatorTests {
    let extractor = FeatureExtractor()
    let comparator = ClaimComparator()

    func verdict(_ a: String, _ b: String, background: [String] = ClaimComparatorTests.background) -> ClaimComparator.Verdict {
        let fa = extractor.features(id: "a", text: a), fb = extractor.features(id: "b", text: b)
        let others = background.enumerated().map { extractor.features(id: "bg\($0.offset)", text: $0.element) }
        return comparator.compare(fa, fb, statistics: TermStatistics([fa, fb] + others))
    }

    /// Unrelated sentences so that IDF weights behave as in a real batch.
    static let background = [
        "The central bank raised interest rates by half a point on Tuesday.",
        "Floods displaced thousands of families in the south of the country.",
        "The minister announced a new budget for schools and hospitals.",
        "أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة.",
        "ارتفعت أسعار الذهب في الأسواق العالمية اليوم.",
        "The football club signed a new coach for next season.",
    ]

    static let arabicSeed = "أحبطت الولايات المتحدة محاولة هروب جماعي كادت أن تطلق سراح نحو 6000 مقاتل من تنظيم داعش من سجن في شمال سوريا"

    @Test func arabicAndEnglishNumbersAgree() {
        let v = verdict(Self.arabicSeed,
                        "The United States foiled a mass escape attempt that could have freed about 6,000 ISIS fighters from a prison in northern Syria")
        #expect(v.features["numberAgree"] == 1)
        #expect(v.relation == .agree || v.relation == .elaborate, "\(v.relation) \(v.similarity)")
    }

    @Test func sevenThousandIsANumberConflict() {
        let v = verdict(Self.arabicSeed,
                        "The United States foiled a mass escape attempt that could have freed 7,000 ISIS fighters from a prison in northern Syria")
        #expect(v.relation == .numberConflict, "\(v.relation) \(v.similarity)")
        #expect(v.reason?.contains("7000") == true)
    }

    /// Two exact counts are two counts (178 vs 182 passengers), a round figure may round one
    /// (180 ~ 182), and fractions keep a 2 % margin (47.6 ~ 47.5 pounds to the dollar).
    @Test func exactCountsConflictRoundFiguresDoNot() {
        let counts = verdict("The flight was carrying 178 passengers when the engine caught fire",
                             "The flight was carrying 182 passengers when the engine caught fire")
        #expect(counts.relation == .numberConflict, "\(counts.relation)")
        let arabic = verdict("الرحلة كانت تقلّ 178 راكباً عندما اشتعل المحرك",
                             "The flight was carrying 182 passengers when the engine caught fire")
        #expect(arabic.features["numberConflict"] == 1)
        let round = verdict("The flight was carrying 180 passengers when the engine caught fire",
                            "The flight was carrying 182 passengers when the engine caught fire")
        #expect(round.features["numberConflict"] == 0)
        let rate = verdict("The pound traded at 47.6 to the dollar on the official market",
                           "The pound traded at 47.5 to the dollar on the official market")
        #expect(rate.features["numberConflict"] == 0)
    }

    @Test func moreThanIsCompatibleWithAbout() {
        let v = verdict("About 6,000 ISIS fighters were held in the prisons of northern Syria",
                        "More than 5,700 ISIS fighters were held in the prisons of northern Syria")
        #expect(v.features["numberConflict"] == 0)
        #expect(v.relation == .agree, "\(v.relation)")
    }

    @Test func denialContradicts() {
        let v = verdict("The SDF denied that any escape attempt took place at the prison in Hasakah",
                        "ISIS fighters made an escape attempt at the prison in Hasakah, officials said")
        #expect(v.relation == .contradiction, "\(v.relation) \(v.similarity)")
    }

    @Test func arabicAntonymContradicts() {
        let v = verdict("ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج",
                        "انخفاض أسعار النفط بعد قرار أوبك خفض الإنتاج")
        #expect(v.features["antonyms"] >= 1)
        #expect(v.relation == .contradiction, "\(v.relation)")
    }

    @Test func unrelatedPair() {
        let v = verdict("The United States foiled a mass escape attempt from a prison in northern Syria",
                        "The central bank raised interest rates by half a point on Tuesday")
        #expect(v.relation == .unrelated)
        #expect(v.similarity < 0.15)
    }

    @Test func quantitiesAndHedges() {
        let q = QuantityExtractor.quantities(in: MatchText.tokens("قرابة ٦٬٠٠٠ مقاتل و 2.5 مليون دولار في عام 2014"))
        #expect(q.map(\.value) == [6000, 2_500_000, 2014])
        #expect(q.map(\.hedge) == [.approximate, .exact, .exact])
        #expect(q.map(\.kind) == [.count, .money, .year])
        #expect(q[0].unit == "fighter")
        let more = QuantityExtractor.quantities(in: MatchText.tokens("more than 5,700 fighters"))
        #expect(more.first?.hedge == .moreThan && more.first?.value == 5700)
    }

    /// Two-word percent markers, and disease cases as a count of their own: «23 حالة وفاة» counts
    /// deaths, "1,240 suspected cases" cases, so 38 deaths do not conflict with 1,240 cases.
    @Test func percentagesAndCases() {
        #expect(QuantityExtractor.quantities(in: MatchText.tokens("41 per cent of suspected cases")).first?.kind == .percent)
        // "narrow-body" is no toll of the dead; "61 bodies" is.
        #expect(QuantityExtractor.quantities(in: MatchText.tokens("had taken 11 narrow-body jets out of service")).first?.unit != "dead")
        #expect(QuantityExtractor.quantities(in: MatchText.tokens("61 bodies were recovered")).first?.unit == "dead")
        #expect(QuantityExtractor.quantities(in: MatchText.tokens("يشكلون 41 في المئة من الحالات")).first?.kind == .percent)
        let arabic = QuantityExtractor.quantities(in: MatchText.tokens("سجلت 1240 حالة اشتباه بينها 23 حالة وفاة"))
        #expect(arabic.map(\.unit) == ["cases", "dead"])
        let a = QuantityExtractor.quantities(in: MatchText.tokens("the governorate recorded 1,240 suspected cases"))
        let b = QuantityExtractor.quantities(in: MatchText.tokens("at least 38 people have died"))
        #expect(NumberComparison(a, b).conflict == nil)
        // Crowds are a count of their own: police's 3,000 and the organizers' 25,000 conflict.
        let police = QuantityExtractor.quantities(in: MatchText.tokens("police put the crowd at about 3,000"))
        let organizers = QuantityExtractor.quantities(in: MatchText.tokens("more than 25,000 people had joined"))
        #expect(police.first?.unit == "crowd" && organizers.first?.unit == "crowd")
        #expect(NumberComparison(police, organizers).conflict != nil)
    }

    /// Units of data: one figure in terabytes and gigabytes, another figure a conflict, and the
    /// number as written not counted twice.
    @Test func dataSizesAreOneUnit() {
        let english = QuantityExtractor.quantities(in: MatchText.tokens("it had stolen 2.4 terabytes of data"), text: "it had stolen 2.4 terabytes of data")
        let arabic = QuantityExtractor.quantities(in: MatchText.tokens("أنها سرقت 2400 غيغابايت من البيانات"), text: "أنها سرقت 2400 غيغابايت من البيانات")
        #expect(english.map(\.value) == [2.4e12])
        #expect(arabic.map(\.value) == [2.4e12])
        #expect(NumberComparison(english, arabic).conflict == nil)
        let analysis = QuantityExtractor.quantities(in: MatchText.tokens("about 1.9 TB"), text: "about 1.9 TB")
        #expect(NumberComparison(english, analysis).conflict != nil)
    }
}
