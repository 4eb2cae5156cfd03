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
    public var antonym: String?

    public subscript(_ name: String) -> Double {
        values[Self.position[name]!]
    }

    private static let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

    /// Measures `a` against `b`.
    public init(_ a: ClaimFeatures, _ b: ClaimFeatures, statistics: TermStatistics) {
        let lexicon = NewsLexicon.shared
        let setA = a.termSet, setB = b.termSet
        var onlyA = a.terms.filter { !setB.contains($0) }
        var onlyB = b.terms.filter { !setA.contains($0) }
        // Weights are idf² (TF-IDF cosine with binary term frequencies).
        func w(_ t: String) -> Double { statistics.weight(t) }
        var shared = a.terms.filter { setB.contains($0) }.reduce(0.0) { $0 + w($1) }
        let crossLingual = a.isArabic != b.isArabic
        // Soft matches among the leftovers (small sets: at most |onlyA|·|onlyB| checks):
        // spelling variants, and across scripts names whose consonant skeletons match.
        var usedB = Set<Int>()
        var keptA: [String] = []
        var softWeight = 0.0
        for t in onlyA {
            if t.hasPrefix("w:"), let j = onlyB.indices.first(where: {
                !usedB.contains($0) && (Self.softMatch(t, onlyB[$0])
                    || crossLingual && Self.nameMatch(t, onlyB[$0], a.skeletons[t], b.skeletons[onlyB[$0]]))
            }) {
                usedB.insert(j)
                shared += min(w(t), w(onlyB[j]))
                softWeight += min(w(t), w(onlyB[j]))
            } else {
                keptA.append(t)
            }
        }
        onlyA = keptA
        onlyB = onlyB.indices.filter { !usedB.contains($0) }.map { onlyB[$0] }
        // Across languages only language-neutral terms (concepts, numbers, entity ids) and
        // words matched by name skeleton can meet, so only they count towards the norms.
        let counts: (String) -> Bool = { !crossLingual || !$0.hasPrefix("w:") }
        let neutralA = a.terms.filter(counts).reduce(0.0) { $0 + w($1) }
        let neutralB = b.terms.filter(counts).reduce(0.0) { $0 + w($1) }
        // Words with no language-neutral form still say something the other side may not:
        // they count at a discount, so one shared concept does not make a short sentence a match.
        let untranslated = Self.untranslatedWeight
        let wordsA = crossLingual ? a.terms.filter { $0.hasPrefix("w:") }.reduce(0.0) { $0 + w($1) } - softWeight : 0
        let wordsB = crossLingual ? b.terms.filter { $0.hasPrefix("w:") }.reduce(0.0) { $0 + w($1) } - softWeight : 0
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

        // Numbers: a comparable pair with no compatible partner is a conflict.
        var conflict: String?
        var agree = false
        // A number with a compatible partner of the same kind on the other side (whatever the
        // counted noun: 48 migrants = 48 people) is accounted for and conflicts with nothing.
        func accounted(_ q: ClaimQuantity, in other: [ClaimQuantity]) -> Bool {
            other.contains { $0.kind == q.kind && $0.isCompatible(with: q) }
        }
        let openB = b.quantities.filter { !accounted($0, in: a.quantities) }
        for q in a.quantities where q.kind != .year {
            if accounted(q, in: b.quantities) {
                if b.quantities.contains(where: { q.isComparable(with: $0) && q.isCompatible(with: $0) }) { agree = true }
                continue
            }
            let comparable = openB.filter { q.isComparable(with: $0) }
            if comparable.isEmpty { continue }
            if comparable.contains(where: { q.isCompatible(with: $0) }) {
                agree = true
            } else if comparable.count == 1 || q.unit != nil && comparable.allSatisfy({ $0.unit == q.unit }) {
                conflict = conflict ?? "\(q.text) vs \(comparable[0].text)"
            }
        }
        let onlyWeightA = onlyA.filter(counts).reduce(0.0) { $0 + w($1) }
        let onlyWeightB = onlyB.filter(counts).reduce(0.0) { $0 + w($1) }
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
        antonym = antonymText
    }

    /// A Latin and an Arabic word that are the same name by consonant skeleton
    /// ("hasakah" / "الحسكه").
    /// (Skeletons precomputed in `ClaimFeatures.skeletons`; computed here when absent.)
    static func nameMatch(_ x: String, _ y: String, _ skeletonX: NameSkeleton?, _ skeletonY: NameSkeleton?) -> Bool {
        // Names are words: a concept id ("c:stop") or an entity id is not spelled like anything.
        guard x.hasPrefix("w:"), y.hasPrefix("w:") else { return false }
        let a = x.unicodeScalars.dropFirst(2), b = y.unicodeScalars.dropFirst(2)
        guard let fa = a.first, let fb = b.first,
              MatchText.isArabicLetter(fa) != MatchText.isArabicLetter(fb),
              a.count >= 4, b.count >= 3 else { return false }
        let sx = skeletonX ?? NameSkeleton(String(a)), sy = skeletonY ?? NameSkeleton(String(b))
        return sx.matches(sy)
    }

    /// Spelling variants of one word: a shared prefix of 4+ letters covering all but two
    /// letters of the longer word, or one substitution in words of 5+ letters.
    static func softMatch(_ x: String, _ y: String) -> Bool {
        // Cheap rejections first (this runs for every leftover word pair of every compared pair):
        // both rules need lengths within two letters and words in one script.
        let sx = x.unicodeScalars.dropFirst(2), sy = y.unicodeScalars.dropFirst(2)
        guard let fx = sx.first, let fy = sy.first,
              MatchText.isArabicLetter(fx) == MatchText.isArabicLetter(fy) else { return false }
        let nx = sx.count, ny = sy.count
        guard nx >= 3, ny >= 3, abs(nx - ny) <= 2 else { return false }
        let a = Array(sx), b = Array(sy)
        if variants(a, b) { return true }
        // Arabic inflection: one prefix (ي ت ن ا م) and one suffix (ت ه ي ا ن) letter:
        // يسحب / سحب, تقتنص / اقتنصت, مقاتل / قاتل.
        let ca = core(a), cb = core(b)
        return ca.count >= 3 && ca == cb
    }

    private static func core(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var x = w[...]
        if x.count >= 4, let first = x.first, "يتنام".unicodeScalars.contains(first) { x = x.dropFirst() }
        if x.count >= 4, let last = x.last, "تهيان".unicodeScalars.contains(last) { x = x.dropLast() }
        return Array(x)
    }

    private static func variants(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a.count >= 4, b.count >= 4, abs(a.count - b.count) <= 2 else { return false }
        var prefix = 0
        while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        if prefix >= 4 && max(a.count, b.count) - prefix <= 2 { return true }
        if a.count == b.count && a.count >= 5 {
            return zip(a, b).filter { $0 != $1 }.count == 1
        }
        if a.count >= 5, b.count >= 5, abs(a.count - b.count) == 1 {
            let (long, short) = a.count > b.count ? (a, b) : (b, a)
            var i = 0
            while i < short.count && long[i] == short[i] { i += 1 }
            return Array(long[(i + 1)...]) == Array(short[i...])
        }
        return false
    }
}
