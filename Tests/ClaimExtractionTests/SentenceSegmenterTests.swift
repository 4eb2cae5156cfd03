import ClaimExtraction
import CorroborateModel
import Testing

@Suite struct SentenceSegmenterTests {
    private func sentences(_ paragraphs: [String]) -> [String] {
        let text = AnalyzedText(paragraphs: paragraphs.map { Paragraph(kind: .paragraph, text: $0) })
        return text.sentences.map { text.string($0) }
    }

    @Test(arguments: [
        ("Sen. John Smith met Gov. Ann Lee at 9 a.m. on Jan. 5 in the U.S. capital.", 1),
        ("The deficit grew 2.5 percent to $1,200,000. Officials were alarmed.", 2),
        ("J. R. Smith spoke. He left.", 2),
        ("He lives at No. 10 Downing Street. It is small.", 2),
        ("“We won. We will fight on,” he said. The crowd cheered.", 2),
        ("“We won.” The crowd cheered.", 2),
        ("Was it true? No! It was not.", 3),
        ("It happened in the U.S. The president spoke.", 2),
        ("قال المسؤول إن العدد ٢.٥ مليون. وأضاف: «هذا صحيح.» هل انتهى؟ نعم! والتقى د. أحمد بالوفد في الساعة ٣.", 5),
        ("وقال المسؤول، في مقابلة مع فوكس نيوز، إن الوضع حرج؛ وأضاف أن الوقت ينفد", 1),
    ])
    func counts(_ text: String, _ expected: Int) {
        #expect(sentences([text]).count == expected, "\(sentences([text]))")
    }

    @Test func offsetsAreCodePoints() {
        let text = AnalyzedText(paragraphs: [Paragraph(kind: .paragraph, text: "Café “é” said. Next one.")])
        let second = text.sentences[1]
        #expect(second.span.start == 15)
        #expect(text.string(second) == "Next one.")
    }

    @Test func quotationCarriesAcrossParagraphs() {
        let text = AnalyzedText(paragraphs: [
            Paragraph(kind: .paragraph, text: "He said: “The first part is here."),
            Paragraph(kind: .paragraph, text: "“And the second part ends here.” Then he left."),
        ])
        #expect(text.quotes.count == 1)
        #expect(text.quotes[0].closed)
        #expect(text.quotes[0].end.paragraph == 1)
    }
}
