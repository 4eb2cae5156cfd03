import CorroborateModel
import Testing
@testable import ClaimMatching

/// Who copied whom when one article is dated by day only: the day does not say whether it came
/// before or after an article of that day that states its time, so the text decides (the copier's
/// text is mostly the copy); on another day the dates still decide.
@Suite struct ReuseOrderTests {
    static let shared = (1...12).map { "Sentence \($0) of the original report says that the river fell to a record low this week at the border crossing." }

    static func document(_ id: String, _ paragraphs: [String], published: String, dayOnly: Bool) -> Document {
        Document(id: id, article: Article(input: id + ".html", outlet: "Outlet " + id, published: published,
                                          paragraphs: paragraphs.map { Paragraph(kind: .paragraph, text: $0) },
                                          warnings: dayOnly ? [Article.dayOnlyWarning] : []))
    }

    @Test func aDayOnlyDateDoesNotOrderArticlesOfThatDay() {
        // The original, dated by day only, and a copier that states 12:25 the same day and adds a line.
        let original = Self.document("orig", Self.shared + ["An own closing line of the original outlet about the farmers."],
                                     published: "2026-09-13T00:00:00+00:00", dayOnly: true)
        let copy = Self.document("copy", Self.shared, published: "2026-09-13T12:25:00+03:00", dayOnly: false)
        let reuse = ReuseDetector().detect(in: [copy, original]) { _ in [] }
        #expect(reuse.first?.from == "orig", "\(reuse)")
        #expect(reuse.first?.to == "copy")
        // The mirror case (manama): a copier dated by day only, the original at 09:40 that day.
        let dayCopy = Self.document("daycopy", Self.shared, published: "2026-09-13T00:00:00+00:00", dayOnly: true)
        let timedOriginal = Self.document("timed", Self.shared + ["An own closing line of the original outlet about the farmers."],
                                          published: "2026-09-13T09:40:00+03:00", dayOnly: false)
        let mirror = ReuseDetector().detect(in: [dayCopy, timedOriginal]) { _ in [] }
        #expect(mirror.first?.from == "timed", "\(mirror)")
        // The story's first publisher: the day-only original its same-day copier took from, not the
        // copier (ordered first since the original sits at the end of its day).
        let report = StoryAnalyzer().analyze(ClaimSet(documents: [copy, original], sources: [], claims: []), groups: [])
        #expect(report.story.firstPublisher == "orig")
        let mirrored = StoryAnalyzer().analyze(ClaimSet(documents: [dayCopy, timedOriginal], sources: [], claims: []), groups: [])
        #expect(mirrored.story.firstPublisher == "timed")
        // A day earlier, the day-only article came first whatever its text.
        let earlier = Self.document("copy", Self.shared, published: "2026-09-12T09:00:00+03:00", dayOnly: false)
        #expect(ReuseDetector().detect(in: [earlier, original]) { _ in [] }.first?.from == "copy")
    }

    /// An undated page beside a dated article that shares its text (a forum post, a mailed
    /// bulletin with its own masthead and items around the copy): the dated one is the original,
    /// even when the undated page holds more text of its own.
    @Test func anUndatedPageCopiedTheDatedOne() {
        let original = Self.document("orig", Self.shared, published: "2026-10-11T09:00:00+03:00", dayOnly: false)
        var bulletin = Self.document("bulletin", ["Evening bulletin, issue 412."] + Self.shared
                                        + (1...8).map { "Item \($0) of the bulletin about fuel prices and the weather in the city this evening." },
                                     published: "", dayOnly: false)
        bulletin.article.published = nil
        let reuse = ReuseDetector().detect(in: [bulletin, original]) { _ in [] }
        #expect(reuse.first?.from == "orig", "\(reuse)")
        #expect(reuse.first?.to == "bulletin")
    }
}
