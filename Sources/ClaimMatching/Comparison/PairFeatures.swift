import Foundation
import Linguistics

/// The measurements the comparator makes on a pair of claims, as named numbers.
///
/// Overlap is IDF-weighted over match terms, with a soft match for spelling variants
/// (a shared prefix of 4+ letters, or one edit in words of 5+ letters: أميركي/أمريكي,
/// الإيرانية/إيران). Differences are counted separately because contradictions in news
/// headlines are made by swapping an antonym, adding a negation, denying, or changing a number
/// or a name while the rest stays the same.
public struct PairFeatures: Sendable, Hashable {
    /// Feature names, in vector order (the fitted weights follow this order).
    public static let names = [
        "cosine", "coverageMin", "coverageMax", "antonyms", "negationDiff", "denialDiff",
        "refutationDiff", "numberConflict", "numberAgree", "swap", "unmatchedMax", "entityMismatch",
        "yearConflict", "hedgeDiff", "sharedConcepts", "reversalDiff", "onlyCountMin", "onlyCountMax",
        "singleSwap", "anyCue", "cleanCoverage",
    ]

    /// Weight, relative to a shared term, of a word that has no language-neutral form when two
    /// claims are in different languages.
    static let untranslatedWeight = 0.3

    public var values: [Double]
    /// Human-readable evidence for the strongest difference, if any.
    public var numberConflict: String?
    /// Whether the conflicting numbers count the same named thing on both sides ("14 people" /
    /// "19 people"), or one side rejects the very number the other states: a conflict about one
    /// figure, not two numbers that may count different things.
    public var conflictIsSpecific = false
    /// The conflict is a rejected figure ("not the 6,000 reported").
    public var conflictIsRejection = false
    public var antonym: String?

    public subscript(_ name: String) -> Double {
        values[Self.position[name]!]
    }

    private static let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    /// Measures `a` against `b`.
    public init(_ a: ClaimFeatures, _ b: ClaimFeatures, statistics: TermStatistics) {
        let vectors = TermVector.build([a, b], statistics: statistics, skeletons: a.isArabic != b.isArabic)
        self.init(a, b, vectors[0], vectors[1])
    }

    /// Measures `a` against `b`, whose terms were resolved together by `TermVector.build`
    /// (the clusterer builds the vectors once per run).
    public init(_ a: ClaimFeatures, _ b: ClaimFeatures, _ va: TermVector, _ vb: TermVector) {
        let lexicon = NewsLexicon.shared
        // Weights are idf² (TF-IDF cosine with binary term frequencies). Positions of the terms
        // on one side only, in term order.
        var onlyA: [Int] = [], onlyB: [Int] = []
        var shared = 0.0
        for p in va.ids.indices {
            if vb.contains(va.ids[p]) { shared += va.weights[p] } else { onlyA.append(p) }
        }
        for p in vb.ids.indices where !va.contains(vb.ids[p]) { onlyB.append(p) }
        let crossLingual = a.isArabic != b.isArabic
        // Soft matches among the leftovers (small sets: at most |onlyA|·|onlyB| checks):
        // spelling variants, and across scripts names whose consonant skeletons match.
        var usedB = [Bool](repeating: false, count: onlyB.count)
        var keptA: [Int] = []
        var softWeight = 0.0
        for p in onlyA {
            if let x = va.words[p], let j = onlyB.indices.first(where: { j in
                guard !usedB[j], let y = vb.words[onlyB[j]] else { return false }
                return Self.softMatch(x, y) || crossLingual && Self.nameMatch(x, y)
            }) {
                usedB[j] = true
                let m = min(va.weights[p], vb.weights[onlyB[j]])
                shared += m
                softWeight += m
            } else {
                keptA.append(p)
            }
        }
        onlyA = keptA
        onlyB = onlyB.indices.filter { !usedB[$0] }.map { onlyB[$0] }
        // Across languages only language-neutral terms (concepts, numbers, entity ids) and
        // words matched by name skeleton can meet, so only they count towards the norms.
        let neutralA = crossLingual ? va.total - va.wordTotal : va.total
        let neutralB = crossLingual ? vb.total - vb.wordTotal : vb.total
        // Words with no language-neutral form still say something the other side may not:
        // they count at a discount, so one shared concept does not make a short sentence a match.
        let untranslated = Self.untranslatedWeight
        let wordsA = crossLingual ? va.wordTotal - softWeight : 0
        let wordsB = crossLingual ? vb.wordTotal - softWeight : 0
        let weightA = neutralA + (crossLingual ? softWeight + untranslated * max(0, wordsA) : 0)
        let weightB = neutralB + (crossLingual ? softWeight + untranslated * max(0, wordsB) : 0)
        let cosine = weightA > 0 && weightB > 0 ? shared / sqrt(weightA * weightB) : 0
        let coverA = weightA > 0 ? min(1, shared / weightA) : 0
        let coverB = weightB > 0 ? min(1, shared / weightB) : 0

        // Antonyms: a concept on one side only whose opposite is on the other side only.
        var antonyms = 0
        var antonymText: String?
        for c in a.concepts.sorted() where !b.concepts.contains(c) && lexicon.hasOpposite(c) {
            if let o = b.concepts.sorted().first(where: { lexicon.areOpposite(c, $0) }) {
                antonyms += 1
                antonymText = antonymText ?? "\(c) vs \(o)"
            }
        }

        for c in b.concepts.sorted() where !a.concepts.contains(c) && lexicon.hasOpposite(c) {
            if let o = a.concepts.sorted().first(where: { lexicon.areOpposite(c, $0) }) {
                antonyms += 1
                antonymText = antonymText ?? "\(o) vs \(c)"
            }
        }

        // Numbers: a comparable pair with no compatible partner is a conflict (`NumberComparison`).
        let numbers = NumberComparison(a.quantities, b.quantities)
        let conflict = numbers.conflict, agree = numbers.agree
        let onlyWeightA = onlyA.reduce(0.0) { !crossLingual || va.words[$1] == nil ? $0 + va.weights[$1] : $0 }
        let onlyWeightB = onlyB.reduce(0.0) { !crossLingual || vb.words[$1] == nil ? $0 + vb.weights[$1] : $0 }
        let swap = min(onlyWeightA, onlyWeightB) / max(1, max(weightA, weightB))
        let unmatchedMax = max(onlyWeightA / max(1, weightA), onlyWeightB / max(1, weightB))
        let entityMismatch = !a.entities.subtracting(b.entities).isEmpty && !b.entities.subtracting(a.entities).isEmpty
        let yearConflict = !a.years.isEmpty && !b.years.isEmpty && a.years.isDisjoint(with: b.years)

        values = [
            cosine, min(coverA, coverB), max(coverA, coverB), Double(min(antonyms, 2)),
            Double(min(abs(a.negations - b.negations), 2)), a.denial != b.denial ? 1 : 0,
            Double(min(abs(a.refutations - b.refutations), 2)), conflict != nil ? 1 : 0, agree ? 1 : 0,
            swap, unmatchedMax, entityMismatch ? 1 : 0, yearConflict ? 1 : 0,
            Double(min(abs(a.hedges - b.hedges), 2)),
            Double(min(a.concepts.intersection(b.concepts).count, 4)) / 4,
            a.concepts.intersection(NewsLexicon.reversals) != b.concepts.intersection(NewsLexicon.reversals) ? 1 : 0,
            Double(min(min(onlyA.count, onlyB.count), 3)), Double(min(max(onlyA.count, onlyB.count), 5)),
            onlyA.count == 1 && onlyB.count == 1 ? 1 : 0,
        ]
        let reversal = values[15]
        let anyCue = antonyms > 0 || a.negations != b.negations || a.denial != b.denial || reversal > 0
            || a.refutations != b.refutations || conflict != nil
        values.append(anyCue ? 1 : 0)
        values.append(anyCue ? 0 : min(coverA, coverB))
        numberConflict = conflict
        conflictIsSpecific = numbers.isSpecific
        conflictIsRejection = numbers.isRejection
        antonym = antonymText
    }

    /// A Latin and an Arabic word that are the same name by consonant skeleton
    /// ("hasakah" / "الحسكه").
    static func nameMatch(_ x: WordForm, _ y: WordForm) -> Bool {
        guard x.scalars.count >= 4, y.scalars.count >= 3, x.isArabic != y.isArabic else { return false }
        let sx = x.skeleton ?? NameSkeleton(String(String.UnicodeScalarView(x.scalars)))
        let sy = y.skeleton ?? NameSkeleton(String(String.UnicodeScalarView(y.scalars)))
        return sx.matches(sy)
    }

    /// Spelling variants of one word: a shared prefix of 4+ letters covering all but two
    /// letters of the longer word, or one substitution in words of 5+ letters, or (Arabic
    /// inflection) the same core once one prefix and one suffix letter are removed.
    static func softMatch(_ x: WordForm, _ y: WordForm) -> Bool {
        // Cheap rejections first (this runs for every leftover word pair of every compared pair):
        // both rules need lengths within two letters and words in one script.
        let a = x.scalars, b = y.scalars
        guard a.count >= 3, b.count >= 3, abs(a.count - b.count) <= 2, x.isArabic == y.isArabic else { return false }
        if variants(a, b) { return true }
        return x.core.count >= 3 && x.core == y.core
    }

    private static func variants(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a.count >= 4, b.count >= 4, abs(a.count - b.count) <= 2 else { return false }
        var prefix = 0
        while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        if prefix >= 4 && max(a.count, b.count) - prefix <= 2 { return true }
        if a.count == b.count && a.count >= 5 {
            var differences = 0
            for i in a.indices where a[i] != b[i] { differences += 1 }
            return differences == 1
        }
        if a.count >= 5, b.count >= 5, abs(a.count - b.count) == 1 {
            let (long, short) = a.count > b.count ? (a, b) : (b, a)
            var i = 0
            while i < short.count && long[i] == short[i] { i += 1 }
            return long[(i + 1)...].elementsEqual(short[i...])
        }
        return false
    }
}
