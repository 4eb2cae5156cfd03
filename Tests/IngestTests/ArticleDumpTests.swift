import CorroborateModel
import Foundation
import Testing
@testable import Ingest

@Suite struct ArticleDumpTests {
    static let article = Article(
        input: "pages/a.html", headline: "قال المسؤول", outlet: "Example News", authors: ["A. Writer", "B. Writer"],
        published: "2026-01-29T10:15:00+02:00", canonicalURL: "https://example.com/a/b", language: "ar",
        links: [Link(url: "https://example.com/src", text: "source", paragraph: 0)],
        paragraphs: [Paragraph(kind: .paragraph, text: "First."), Paragraph(kind: .heading, text: "Sub"),
                     Paragraph(kind: .quote, text: "Quoted."), Paragraph(kind: .listItem, text: "Item")],
        warnings: ["encoding guessed: windows-1256"])

    @Test func textDumpIsStableAndReadable() {
        #expect(ArticleDump.text(Self.article) == """
            # قال المسؤول
            input: pages/a.html
            outlet: Example News
            authors: A. Writer; B. Writer
            published: 2026-01-29T10:15:00+02:00
            canonical: https://example.com/a/b
            language: ar
            links: 1
            warning: encoding guessed: windows-1256

            First.

            [heading] Sub

            [quote] Quoted.

            [list item] Item
            """)
    }

    @Test func jsonIsTheArticleCodableSortedWithPlainSlashes() throws {
        let json = ArticleDump.json(Self.article)
        #expect(json.contains("\"canonicalURL\" : \"https://example.com/a/b\""))
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["authors", "canonicalURL", "headline", "input", "language", "links", "outlet", "paragraphs",
                         "published", "warnings"])
        #expect(try JSONDecoder().decode(Article.self, from: Data(json.utf8)) == Self.article)
    }
}
