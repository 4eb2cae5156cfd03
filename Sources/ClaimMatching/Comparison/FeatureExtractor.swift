import CorroborateModel
import Linguistics

/// Builds `ClaimFeatures` from text or from a `Claim`.
public struct FeatureExtractor: Sendable {
    private let lexicon = NewsLexicon.shared

    public init() {}

    /// Features of a claim: its content (or text when the content is empty), with the claim's
    /// polarity folded into `denial`.
    public func features(of claim: Claim) -> ClaimFeatures {
        let content = claim.content.isEmpty ? claim.text : claim.content
        var f = features(id: claim.id, text: content)
        if claim.polarity == .negative { f.denial = true }
        return f
    }

    /// Features of free text.
    public func features(id: String, text: String) -> ClaimFeatures {
        let tokens = MatchText.tokens(text)
        var terms: [String] = []
        var seen = Set<String>()
        var concepts = Set<String>()
        var entities = Set<String>()
        var years = Set<Int>()
        var negations = 0, refutations = 0, hedges = 0, words = 0, arabicWords = 0
        var denial = false
        var bridge = Set<String>()
        func add(_ term: String) {
            if seen.insert(term).inserted { terms.append(term) }
        }
        let latinWords = tokens.filter { $0.kind == .word && !$0.isArabic }
        // Headlines In Title Case capitalise every word: capitals then say nothing about names.
        let titleCase = latinWords.count >= 4 && latinWords.filter(\.capitalised).count * 10 > latinWords.count * 6
        let quantities = QuantityExtractor.quantities(in: tokens, text: text)
        for q in quantities {
            if q.kind == .year { years.insert(Int(q.value)) } else if q.hedge != .vague { add("n:\(Self.format(q.value))") }
        }
        // What is counted, whatever the figure: two tolls of the dead ("61 bodies", "48 died")
        // are about one thing even when their numbers differ.
        for q in quantities where !q.rejected {
            if let unit = q.unit, QuantityExtractor.measureClasses.contains(unit) { add("m:" + unit) }
        }
        // Known entities in either script get a shared id ("Syria", "سوريا" → e:syria).
        for mention in EntityCatalog.standard.mentions(in: text) {
            entities.insert(mention.entity.id)
            add("e:" + mention.entity.id)
        }
        for (index, token) in tokens.enumerated() where token.kind == .word {
            words += 1
            if token.isArabic { arabicWords += 1 }
            let w = token.text
            if PolarityCues.negates(tokens, at: index) { negations += 1 }
            if PolarityCues.contains(PolarityCues.denial, w, arabic: token.isArabic) { denial = true }
            if PolarityCues.contains(PolarityCues.refutation, w, arabic: token.isArabic) { refutations += 1 }
            if PolarityCues.contains(PolarityCues.hedges, w, arabic: token.isArabic) { hedges += 1 }
            if StopWords.all.contains(w) || w.count < 2 { continue }
            if let concept = NewsLexicon.bridging.concept(of: w, arabic: token.isArabic) { bridge.insert("c:" + concept) }
            if let concept = lexicon.concept(of: w, arabic: token.isArabic) {
                concepts.insert(concept)
                add("c:" + concept)
                continue
            }
            let stem = LightStemmer.stem(w, arabic: token.isArabic)
            if token.capitalised && index > 0 && !token.isArabic && !titleCase { entities.insert(stem) }
            add("w:" + stem)
        }
        var features = ClaimFeatures(id: id, isArabic: arabicWords * 2 > words, terms: terms, concepts: concepts,
                                     quantities: quantities, entities: entities, years: years, negations: negations,
                                     denial: denial, refutations: refutations, hedges: hedges, length: words)
        for term in terms where term.hasPrefix("n:") || term.hasPrefix("e:") { bridge.insert(term) }
        features.bridge = bridge.sorted()
        return features
    }

    /// A stable key for a number ("6000", "2.5").
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
