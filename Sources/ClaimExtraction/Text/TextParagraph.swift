import CorroborateModel

/// One article block prepared for the rules: its code points, tokens and quote membership.
public struct TextParagraph: Sendable {
    public var kind: Paragraph.Kind
    public var text: String
    /// The text as code points: every offset in ClaimExtraction indexes this array.
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    /// For each token, the index of the quotation (in `AnalyzedText.quotes`) it lies in, or -1.
    public var quoteOfToken: [Int32]

    public init(kind: Paragraph.Kind, text: String) {
        self.kind = kind
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.tokens = Tokenizer.tokenize(scalars)
        self.quoteOfToken = Array(repeating: -1, count: tokens.count)
    }

    /// Headings and captions are never claims.
    public var canHoldClaims: Bool { kind != .heading && kind != .caption }

    /// The text of `span` (clamped to the paragraph).
    public func string(_ span: Span) -> String {
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    /// The text of tokens `range` (from the first token's start to the last token's end).
    public func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(Span(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
    }

    /// The span covering tokens `range`.
    public func span(tokens range: Range<Int>) -> Span {
        guard !range.isEmpty else { return Span(0, 0) }
        return Span(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }
}

/// A span inside one paragraph of an `AnalyzedText`.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var paragraph: Int
    public var span: Span

    public init(paragraph: Int, span: Span) {
        self.paragraph = paragraph
        self.span = span
    }

    public init(paragraph: Int, _ start: Int, _ end: Int) {
        self.init(paragraph: paragraph, span: Span(start, end))
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.paragraph, lhs.span) < (rhs.paragraph, rhs.span)
    }
}

/// A quotation: from its opening mark to its closing mark, possibly across paragraphs.
public struct Quotation: Sendable, Hashable {
    /// Paragraph and offset of the opening mark.
    public var start: TextSpan
    /// Paragraph and offset just past the closing mark (or the paragraph end when unclosed).
    public var end: TextSpan
    /// False when the paragraph ended without a closing mark and the next did not reopen it.
    public var closed: Bool
}
