import Testing
@testable import Linguistics

@Suite struct DateTests {
    static let cases: [(String, String)] = [
        ("On January 29, 2026 officials said", "2026-01-29"),
        ("29 January 2026", "2026-01-29"),
        ("Jan. 29", "--01-29"),
        ("في 29 يناير 2026", "2026-01-29"),
        ("٢٩ كانون الثاني ٢٠٢٦", "2026-01-29"),
        ("في ٣ شباط/فبراير ٢٠٢٦", "2026-02-03"),
        ("3 فبراير (شباط) 2026", "2026-02-03"),
        ("في 12 تشرين الأول 2025", "2025-10-12"),
        ("published 2026-01-29 at noon", "2026-01-29"),
        ("بتاريخ 29/01/2026", "2026-01-29"),
        ("أحداث عام 2014", "2014"),
        ("in March 2025", "2025-03"),
        ("كانون الأول 2025", "2025-12"),
        ("5 جانفي 2026", "2026-01-05"),
    ]

    @Test(arguments: cases)
    func parses(_ pair: (String, String)) throws {
        let found = DateParser.dates(in: pair.0)
        let first = try #require(found.first, "\(pair.0)")
        #expect(first.iso == pair.1, "\(pair.0)")
    }

    @Test func partsOfMonths() throws {
        let early = try #require(DateParser.dates(in: "تفاقمت المخاوف في أوائل يناير مع اندلاع القتال").first)
        #expect(early.month == 1 && early.part == .early)
        let late = try #require(DateParser.dates(in: "ففي أواخر أكتوبر، بدأت").first)
        #expect(late.month == 10 && late.part == .late)
        #expect(DateParser.dates(in: "in late October 2025").first?.year == 2025)
    }

    @Test func spansCoverTheDate() throws {
        let text = "قال في ٣ شباط/فبراير ٢٠٢٦ إن"
        let d = try #require(DateParser.dates(in: text).first)
        let scalars = Array(text.unicodeScalars)
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[d.range])
        #expect(String(v) == "٣ شباط/فبراير ٢٠٢٦")
    }

    @Test func ambiguousWordsAreNotDates() {
        #expect(DateParser.dates(in: "He may go. They march on.").isEmpty)
        #expect(DateParser.dates(in: "6000 مقاتل").isEmpty)
        #expect(DateParser.dates(in: "5 - 6 - 2020 range").isEmpty)
    }
}
