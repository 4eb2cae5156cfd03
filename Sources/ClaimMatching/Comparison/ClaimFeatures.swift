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
    /// `w:<stem>` for other content words, `n:<value>` for numbers.
    public var terms: [String] { didSet { termSet = Set(terms) } }
    /// `terms` as a set (built once; every comparison needs it).
    public private(set) var termSet: Set<String>
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
    /// Consonant skeletons of the `w:` terms long enough to be names, filled in once per run by
    /// the clusterer when claims in both scripts are compared (see `attachSkeletons`), because
    /// cross-language comparison matches names by skeleton for every candidate pair.
    public var skeletons: [String: NameSkeleton]

    public init(id: String, isArabic: Bool, terms: [String], concepts: Set<String>, quantities: [ClaimQuantity],
                entities: Set<String>, years: Set<Int>, negations: Int, denial: Bool, refutations: Int,
                hedges: Int, length: Int) {
        self.id = id
        self.isArabic = isArabic
        self.terms = terms
        self.termSet = Set(terms)
        self.concepts = concepts
        self.quantities = quantities
        self.entities = entities
        self.years = years
        self.negations = negations
        self.denial = denial
        self.refutations = refutations
        self.hedges = hedges
        self.length = length
        self.skeletons = [:]
    }

    /// Fills `skeletons` for claims compared across scripts, one skeleton per distinct word.
    static func attachSkeletons(_ features: inout [ClaimFeatures]) {
        var cache: [String: NameSkeleton] = [:]
        for i in features.indices {
            var skeletons: [String: NameSkeleton] = [:]
            for t in features[i].terms where t.hasPrefix("w:") && t.unicodeScalars.count >= 5 {
                if let known = cache[t] {
                    skeletons[t] = known
                } else {
                    let s = NameSkeleton(String(t.dropFirst(2)))
                    cache[t] = s
                    skeletons[t] = s
                }
            }
            features[i].skeletons = skeletons
        }
    }
}
