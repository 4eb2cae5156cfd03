import CorroborateModel

/// One place where a source is named or referred to, as a language's rules see it.
public struct SourceMention: Sendable, Hashable {
    /// How the mention refers, which decides how `SourceResolver` links it to earlier sources.
    public enum Reference: Sendable, Hashable {
        /// A proper name ("Marco Rubio", "Fox News", "Reuters").
        case name
        /// A description ("a senior U.S. intelligence official", "the spokesman", "sources").
        case description
        /// A personal pronoun ("he", "she", "they").
        case pronoun
        /// No words at all: a dropped subject ("وأضاف") or an elided speaker; the latest source.
        case implicit
    }

    /// The mention's words (empty for `.implicit`).
    public var spans: [TextSpan]
    public var text: String
    public var kind: Source.Kind
    public var reference: Reference
    /// Lower-cased head word used to find earlier mentions ("official", "spokesman", "rubio").
    public var head: String
    /// Definite ("the official") rather than indefinite ("an official", "another source").
    public var isDefinite: Bool

    public init(spans: [TextSpan], text: String, kind: Source.Kind, reference: Reference, head: String,
                isDefinite: Bool) {
        self.spans = spans
        self.text = text
        self.kind = kind
        self.reference = reference
        self.head = head
        self.isDefinite = isDefinite
    }

    /// A dropped subject: the source is the latest one.
    public static let implicit = SourceMention(spans: [], text: "", kind: .unknown, reference: .implicit,
                                               head: "", isDefinite: true)
}

/// One attributed statement found by a language's rules, before sources are resolved.
public struct AttributionCandidate: Sendable, Hashable {
    /// Who said it; nil when nobody is named ("it is believed", passives).
    public var source: SourceMention?
    public var cue: [TextSpan]
    /// What was said: several spans for "The plan, he said, will …" or a multi-paragraph quote.
    public var content: [TextSpan]
    public var quote: Claim.Quote
    public var polarity: Claim.Polarity
    /// Relays between the article and the source, outermost first ("Fox News" in
    /// "Fox News reported, citing a senior official, that …").
    public var via: [SourceMention]
    /// Index (in `AnalyzedText.sentences`) of the sentence holding the cue.
    public var sentence: Int
    /// How sure the rules are that this is an attribution (0...1).
    public var confidence: Double = 1

    public init(source: SourceMention?, cue: [TextSpan], content: [TextSpan], quote: Claim.Quote,
                polarity: Claim.Polarity, via: [SourceMention] = [], sentence: Int) {
        self.source = source
        self.cue = cue
        self.content = content
        self.quote = quote
        self.polarity = polarity
        self.via = via
        self.sentence = sentence
    }

    /// Where the statement starts in reading order (first of its spans).
    public var position: TextSpan {
        (cue + content + (source?.spans ?? [])).min() ?? TextSpan(paragraph: 0, 0, 0)
    }
}
