import CorroborateModel
import Foundation
import HTMLTree
import Testing
import TestSupport
@testable import Ingest

/// An Arabic RTL news page written for this test: every kind of boilerplate a real Arabic site
/// carries around a short article with a bold subheading and an `<h2>`.
@Suite struct ExtractionArabicTests {
    static func article() throws -> Article {
        let url = SharedData.repo("Tests/IngestTests/Fixtures/arabic-news.html")
        let bytes = [UInt8](try Data(contentsOf: url))
        let doc = try HTMLParser.parse(bytes)
        return ArticleExtractor().extract(from: doc, input: "arabic-news.html")
    }

    @Test func bodyKeepsTheArticleInOrder() throws {
        let a = try Self.article()
        #expect(a.paragraphs.map(\.kind) == [.paragraph, .paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(a.paragraphs[0].text.hasPrefix("أعلنت وزارة الموارد المائية"))
        #expect(a.paragraphs[0].text.contains("شح المياه"))
        #expect(a.paragraphs[2].text == "مراحل التنفيذ")
        #expect(a.paragraphs[4].text == "ردود الفعل")
    }

    @Test(arguments: [
        "الصفحة الرئيسية", "انقطاع الكهرباء", "فيسبوك", "واتساب", "اقرأ أيضاً", "الأمطار تنعش الأهوار",
        "اشترك في النشرة", "مياه زراعة", "مواضيع ذات صلة", "وزير الزراعة يزور", "التعليقات",
        "أبو علي", "الأكثر قراءة", "جميع الحقوق", "لا يجب أن يظهر", "بقلم", "ليلى حسن",
        "الحكومة تعلن خطة جديدة للمياه",
    ])
    func boilerplateStaysOut(_ phrase: String) throws {
        let body = try Self.article().bodyText
        #expect(!body.contains(phrase), "\(phrase) leaked into the body")
    }

    @Test func metadata() throws {
        let a = try Self.article()
        #expect(a.headline == "الحكومة تعلن خطة جديدة للمياه")
        #expect(a.outlet == "صحيفة الرافدين")
        #expect(a.authors == ["ليلى حسن"])
        #expect(a.published == "2026-02-14T09:30:00+03:00")
        #expect(a.language == "ar")
        #expect(a.canonicalURL == "https://www.rafidain-example.net/news/2026/02/14/water-plan/")
    }

    @Test func linksAreAbsoluteAndPointAtTheirParagraph() throws {
        let a = try Self.article()
        #expect(a.links == [Link(url: "https://www.rafidain-example.net/docs/plan.pdf",
                                 text: "المنشورة على موقع الوزارة", paragraph: 1)])
    }
}
