import Testing
@testable import Linguistics

@Suite struct QuantityTests {
    func one(_ s: String) -> Quantity? {
        let q = QuantityParser.quantities(in: s)
        return q.count == 1 ? q[0] : nil
    }

    static let values: [(String, Double)] = [
        ("6000", 6000), ("6,000", 6000), ("٦٬٠٠٠", 6000), ("۶۰۰۰", 6000), ("6.5", 6.5), ("٢٫٥", 2.5),
        ("1,234,567", 1_234_567), ("2,5", 2.5), ("six thousand", 6000), ("2.5 million", 2_500_000),
        ("twenty-five", 25), ("one hundred and five", 105), ("a million", 1_000_000), ("two dozen", 24),
        ("ستة آلاف", 6000), ("ألفين", 2000), ("ألفي شخص", 2000), ("خمسة وعشرون", 25), ("أحد عشر ألفا", 11000),
        ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("مليون ونصف", 1_500_000), ("٦ آلاف", 6000), ("2.5 مليار", 2.5e9),
        ("مئتان", 200), ("ألفا جندي", 2000), ("إحدى عشرة", 11), ("ثلاثة ملايين", 3_000_000),
        ("ثلاثاً وعشرين حالة", 23), ("سبعاً", 7),
    ]

    @Test(arguments: values)
    func parsesValue(_ pair: (String, Double)) throws {
        let q = try #require(one(pair.0), "\(pair.0)")
        #expect(q.value == pair.1, "\(pair.0)")
    }

    @Test func hedgesGiveQualifiersAndSpans() throws {
        let text = "كادت أن تطلق سراح نحو 6000 مقاتل"
        let q = try #require(one(text))
        #expect(q.qualifier == .approximate)
        let scalars = Array(text.unicodeScalars)
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[q.range])
        #expect(String(v) == "نحو 6000")
        #expect(one("بنحو ستة آلاف")?.qualifier == .approximate)
        #expect(one("قرابة 6 آلاف")?.qualifier == .approximate)
        #expect(one("زهاء ألفي")?.value == 2000)
        #expect(one("أكثر من 5,700")?.qualifier == .moreThan)
        #expect(one("ما يقرب من ستة آلاف")?.qualifier == .approximate)
        #expect(one("ما لا يقل عن عشرة آلاف")?.qualifier == .atLeast)
        #expect(one("at least 40")?.qualifier == .atLeast)
        #expect(one("up to 300")?.qualifier == .atMost)
        #expect(one("nearly 6,000")?.qualifier == .approximate)
        #expect(one("6,000 تقريبا")?.qualifier == .approximate)
    }

    @Test func compatibilityAndConflict() throws {
        let about = try #require(one("about 6,000"))
        let moreThan = try #require(one("more than 5,700"))
        let six = try #require(one("6,000"))
        let seven = try #require(one("7,000"))
        let arabic = try #require(one("نحو ستة آلاف"))
        #expect(about.isCompatible(with: moreThan))
        #expect(six.conflicts(with: seven))
        #expect(about.conflicts(with: seven))
        #expect(arabic.isCompatible(with: six))
        let fewer = try #require(one("أقل من ألفين"))
        #expect(fewer.conflicts(with: six))
        #expect(try #require(one("5%")).conflicts(with: try #require(one("5"))))
    }

    @Test func vaguePlurals() throws {
        #expect(one("عشرات")?.low == 20)
        #expect(one("مئات المعتقلين")?.high == 999)
        let thousands = try #require(one("آلاف المقاتلين"))
        #expect(thousands.qualifier == .vague && thousands.low == 3000)
        let tens = try #require(one("عشرات الآلاف"))
        #expect(tens.low == 20000 && tens.high == 99000)
        #expect(one("dozens of people")?.qualifier == .vague)
        #expect(one("hundreds of thousands")?.low == 200_000)
    }

    @Test func notNumbers() {
        #expect(QuantityParser.quantities(in: "من أحد السجون").isEmpty)
        #expect(QuantityParser.quantities(in: "one of the officials").isEmpty)
        #expect(QuantityParser.quantities(in: "").isEmpty)
        #expect(QuantityParser.quantities(in: ",,, ... %").isEmpty)
    }

    @Test func years() throws {
        let all = QuantityParser.quantities(in: "أحداث عام 2014 ونحو 6000")
        #expect(all.count == 2)
        #expect(all[0].isLikelyYear && !all[1].isLikelyYear)
    }
}
