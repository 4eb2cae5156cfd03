import CorroborateModel
import Linguistics

/// What the comparator knows about one claim: language-neutral terms, numbers, entities,
/// years and the cues that change what the sentence asserts.
public struct ClaimFeatures: Sendable, Hashable {
    /// The claim id (or any caller id for text that is not a `Claim`).
    public var id: String
    /// True when most letters are Arabic.
    public var isArabic: Bool
    /// Distinct match terms, in first-occurrence order: `c:<concept>` for lexicon words,
    /// `w:<stem>` for other content words, `n:<value>` for numbers, `e:<id>` for known entities,
    /// `m:<measure>` for what a number counts ("m:dead", whatever the figure).
    public var terms: [String]
    /// Lexicon concepts present.
    public var concepts: Set<String>
    public var quantities: [ClaimQuantity]
    /// Entity keys (canonical ids when the alias table knows the name, else stems of
    /// capitalised words).
    public var entities: Set<String>
    public var years: Set<Int>
    /// Grammatical negators ("not", "لم").
    public var negations: Int
    /// Denial speech acts ("denied", "نفى"), or the claim's own polarity being negative.
    public var denial: Bool
    /// Words calling something false ("hoax", "مفبركة").
    public var refutations: Int
    /// Hedge words ("reportedly", "ربما").
    public var hedges: Int
    /// Number of word tokens.
    public var length: Int
    /// Language-neutral terms for aligning translations (`RelayAlignment`): concepts of the
    /// bridging lexicon, numbers and entity ids, sorted.
    public var bridge: [String] = []

    public init(id: String, isArabic: Bool, terms: [String], concepts: Set<String>, quantities: [ClaimQuantity],
                entities: Set<String>, years: Set<Int>, negations: Int, denial: Bool, refutations: Int,
                hedges: Int, length: Int) {
        self.id = id
        self.isArabic = isArabic
        self.terms = terms
        self.concepts = concepts
        self.quantities = quantities
        self.entities = entities
        self.years = years
        self.negations = negations
        self.denial = denial
        self.refutations = refutations
        self.hedges = hedges
        self.length = length
    }
}
