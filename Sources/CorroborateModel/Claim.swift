/// An article inside a claims or report run: its metadata as ingest gives it, plus an `id`.
///
/// Encodes flat: `{"id": "d1", "headline": ..., "paragraphs": [...], ...}`.
public struct Document: Codable, Sendable, Hashable {
    public var id: String
    public var article: Article

    public init(id: String, article: Article) {
        self.id = id
        self.article = article
    }

    private enum CodingKeys: String, CodingKey { case id }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        article = try Article(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try article.encode(to: encoder)
    }
}

/// A half-open range of Unicode code-point offsets `[start, end)`.
public struct Span: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { end <= start }
    public var length: Int { max(0, end - start) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
    }
}

/// Who a claim is attributed to, resolved across the article (and, in reports, across articles).
public struct Source: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case person, anonymous, organization, outlet, document, unknown
    }

    public var id: String
    /// Canonical name: the most informative mention ("a senior U.S. intelligence official").
    public var name: String
    public var kind: Kind
    public var mentions: [Mention]

    public init(id: String, name: String, kind: Kind, mentions: [Mention] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.mentions = mentions
    }

    /// One place where the source is named or referred to.
    public struct Mention: Codable, Sendable, Hashable {
        public var document: String
        public var paragraph: Int
        public var text: String
        /// Code-point offsets inside the paragraph's text.
        public var span: Span

        public init(document: String, paragraph: Int, text: String, span: Span) {
            self.document = document
            self.paragraph = paragraph
            self.text = text
            self.span = span
        }
    }
}

/// One attributed statement.
public struct Claim: Codable, Sendable, Hashable {
    public enum Quote: String, Codable, Sendable, Hashable, CaseIterable {
        case direct, indirect, mixed
    }

    public enum Polarity: String, Codable, Sendable, Hashable, CaseIterable {
        /// The source asserts the content.
        case positive
        /// The source denies the content ("denied", "نفى").
        case negative
        /// The source declined to comment, or the content is otherwise not asserted.
        case none
    }

    public var id: String
    /// Document id.
    public var document: String
    /// Index into the document's paragraphs where the claim starts.
    public var paragraph: Int
    /// The sentence(s) holding the claim.
    public var text: String
    /// What was said.
    public var content: String
    /// The reporting expression ("said", "according to", "وبحسب").
    public var cue: String
    public var quote: Quote
    public var polarity: Polarity
    /// Source id.
    public var source: String
    /// Intermediaries between the article and the source, outermost first (source ids).
    public var via: [String]
    /// Code-point offsets inside the paragraph's text (the first paragraph for a multi-paragraph claim).
    public var offsets: Offsets

    public init(id: String, document: String, paragraph: Int, text: String, content: String, cue: String,
                quote: Quote, polarity: Polarity, source: String, via: [String], offsets: Offsets) {
        self.id = id
        self.document = document
        self.paragraph = paragraph
        self.text = text
        self.content = content
        self.cue = cue
        self.quote = quote
        self.polarity = polarity
        self.source = source
        self.via = via
        self.offsets = offsets
    }

    /// Character offsets of each role, in Unicode code points, relative to the paragraph text.
    public struct Offsets: Codable, Sendable, Hashable {
        public var text: Span
        public var source: [Span]
        public var cue: [Span]
        public var content: [Span]

        public init(text: Span, source: [Span], cue: [Span], content: [Span]) {
            self.text = text
            self.source = source
            self.cue = cue
            self.content = content
        }
    }
}
