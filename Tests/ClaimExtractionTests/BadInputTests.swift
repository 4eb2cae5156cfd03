import ClaimExtraction
import CorroborateModel
import Testing

@Suite struct BadInputTests {
    @Test func emptyArticles() {
        let set = ClaimExtractor(options: .init(includeUnattributed: true)).extract([
            Article(input: "empty"),
            Article(input: "blank", paragraphs: [Paragraph(kind: .paragraph, text: ""), Paragraph(kind: .paragraph, text: "   ")]),
        ])
        #expect(set.documents.count == 2)
        #expect(set.claims.isEmpty && set.sources.isEmpty)
    }

    /// A 5 MB paragraph with no sentence end and a quote that never closes.
    @Test func fiveMegabyteParagraph() {
        var text = "“"
        let unit = "the official said the plan would work and "
        text.reserveCapacity(5_000_100)
        while text.utf8.count < 5_000_000 { text += unit }
        let text2 = AnalyzedText(paragraphs: [Paragraph(kind: .paragraph, text: text)])
        #expect(text2.sentences.count == 1)
        #expect(text2.quotes.count == 1 && !text2.quotes[0].closed)
        let set = ClaimExtractor().extract(EnglishExamples.article([text]))
        #expect(set.claims.isEmpty)  // every cue sits inside the open quotation
    }

    /// Many quote marks that never pair up: one pass, and sentences still split.
    @Test func unbalancedQuotes() {
        let text = String(repeating: "He said “no. ", count: 20_000) + "Officials said the talks failed."
        let analyzed = AnalyzedText(paragraphs: [Paragraph(kind: .paragraph, text: text)])
        #expect(analyzed.quotes.count == 1)
        #expect(analyzed.quotes[0].closed == false)
        let straight = String(repeating: "\"a \"b c\" d. ", count: 20_000)
        let s = AnalyzedText(paragraphs: [Paragraph(kind: .paragraph, text: straight)])
        #expect(s.sentences.count >= 1)
    }

    @Test func mixedArabicAndEnglish() throws {
        let paragraph = "The official said the camp was almost empty. وقال المسؤول إن المخيم أُخلي بالكامل. He said the move was alarming."
        let text = AnalyzedText(paragraphs: [Paragraph(kind: .paragraph, text: paragraph)])
        #expect(text.sentences.map(\.script) == [.latin, .arabic, .latin])
        let set = ClaimExtractor().extract(EnglishExamples.article([paragraph]))
        // Two English claims; the Arabic sentence goes to the Arabic rules (one claim at most).
        let english = set.claims.filter { $0.cue.unicodeScalars.allSatisfy { $0.value < 0x600 } && !$0.cue.isEmpty }
        #expect(english.count == 2)
        #expect(set.claims.count <= 3)
        let scalars = Array(paragraph.unicodeScalars)
        for claim in set.claims {
            let span = try #require(claim.offsets.content.first)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            #expect(String(view) == claim.content)
        }
    }
}
