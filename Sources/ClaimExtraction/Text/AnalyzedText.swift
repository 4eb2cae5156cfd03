import CorroborateModel

/// An article prepared for attribution rules: paragraphs as code points and tokens, quotations
/// (possibly spanning paragraphs) and sentences. Built once, read by every rule set.
public struct AnalyzedText: Sendable {
    public var paragraphs: [TextParagraph]
    public var quotes: [Quotation]
    public var sentences: [Sentence]
    /// For each paragraph, the range of its sentences in `sentences`.
    public var sentencesOfParagraph: [Range<Int>]
    /// BCP-47 primary language of the article when known.
    public var language: String?
    /// The publishing outlet when known (its own voice is never a relay).
    public var outlet: String?

    public init(paragraphs input: [Paragraph], language: String? = nil, outlet: String? = nil) {
        var paragraphs = input.map { TextParagraph(kind: $0.kind, text: $0.text) }
        let quotes = QuoteScanner.scan(&paragraphs)
        var sentences: [Sentence] = []
        var ranges: [Range<Int>] = []
        for (i, p) in paragraphs.enumerated() {
            let lo = sentences.count
            sentences.append(contentsOf: SentenceSegmenter.split(p, index: i, quotes: quotes))
            ranges.append(lo..<sentences.count)
        }
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.sentences = sentences
        self.sentencesOfParagraph = ranges
        self.language = language
        self.outlet = outlet
    }

    public init(article: Article) {
        self.init(paragraphs: article.paragraphs, language: article.language, outlet: article.outlet)
    }

    /// The text of a sentence.
    public func string(_ sentence: Sentence) -> String {
        paragraphs[sentence.paragraph].string(sentence.span)
    }

    /// The text of a span.
    public func string(_ span: TextSpan) -> String {
        paragraphs[span.paragraph].string(span.span)
    }

    /// The quotation holding token `token` of paragraph `paragraph`, if any.
    public func quotation(paragraph: Int, token: Int) -> Int? {
        let q = paragraphs[paragraph].quoteOfToken[token]
        return q >= 0 ? Int(q) : nil
    }
}
