/// One token of a text: a word, a number, a punctuation mark or a symbol.
public struct TextToken: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable {
        /// Letters (any script), with inner apostrophes/hyphens in Latin words and dotted
        /// abbreviations ("U.S.").
        case word
        /// Digits of any script with their separators ("6,000", "٦٬٠٠٠", "6.5").
        case number
        /// A single punctuation mark (quotes are folded to `"` and `'`).
        case punctuation
        /// Anything else that is not a space (%, $, emoji ...).
        case symbol
    }

    public var kind: Kind
    /// The match-normalised form (lower case, no harakat, ASCII digits).
    public var text: String
    /// Unicode code-point offsets `[start, end)` in the source text.
    public var range: Range<Int>
    /// Offsets in the normalised text (`TokenizedText.normalized`).
    public var normalizedRange: Range<Int>

    public init(kind: Kind, text: String, range: Range<Int>, normalizedRange: Range<Int>) {
        self.kind = kind
        self.text = text
        self.range = range
        self.normalizedRange = normalizedRange
    }

    /// True for a token written in Arabic letters.
    public var isArabic: Bool {
        kind == .word && text.unicodeScalars.first.map(ArabicScalars.isArabicLetter) == true
    }
}

/// A tokenised text: its normalised form and its tokens in order.
public struct TokenizedText: Sendable, Hashable {
    public let normalized: NormalizedText
    public let tokens: [TextToken]
}
