import Linguistics

/// A claim's match terms resolved once against a batch: small integer ids (equal terms, equal
/// ids), their idf² weights, and for word terms the letters the soft matches look at.
///
/// Comparing two claims then compares integers instead of hashing strings, and the spelling and
/// name checks read prepared letters instead of re-splitting strings, for every candidate pair.
public struct TermVector: Sendable {
    /// Term ids, in the claim's term order.
    var ids: [Int32]
    /// idf² of each term, in the same order.
    var weights: [Double]
    /// For `w:` terms, the word's prepared form; nil for concepts, numbers and entity ids.
    var words: [WordForm?]
    /// Sum of all weights, and of the `w:` terms' weights.
    var total: Double
    var wordTotal: Double

    /// Vectors for `features`, interning their terms together (ids are comparable only between
    /// vectors built by one call). `skeletons`: also prepare name skeletons (needed when claims
    /// in both scripts are compared).
    public static func build(_ features: [ClaimFeatures], statistics: TermStatistics, skeletons: Bool) -> [TermVector] {
        var index: [String: Int32] = [:]
        var weightOf: [Double] = []
        var wordOf: [WordForm?] = []
        return features.map { f in
            var v = TermVector(ids: [], weights: [], words: [], total: 0, wordTotal: 0)
            v.ids.reserveCapacity(f.terms.count)
            v.weights.reserveCapacity(f.terms.count)
            v.words.reserveCapacity(f.terms.count)
            for term in f.terms {
                let id: Int32
                if let known = index[term] {
                    id = known
                } else {
                    id = Int32(weightOf.count)
                    index[term] = id
                    weightOf.append(statistics.weight(term))
                    wordOf.append(term.hasPrefix("w:") ? WordForm(term, skeleton: skeletons) : nil)
                }
                let w = weightOf[Int(id)]
                v.ids.append(id)
                v.weights.append(w)
                v.words.append(wordOf[Int(id)])
                v.total += w
                if wordOf[Int(id)] != nil { v.wordTotal += w }
            }
            return v
        }
    }

    /// Whether `id` is one of this vector's terms (claims have a few dozen terms at most: a scan
    /// of integers beats hashing).
    func contains(_ id: Int32) -> Bool { ids.contains(id) }
}

/// A `w:` term's letters, prepared once per distinct word for the soft matches.
final class WordForm: Sendable {
    /// The word's scalars (without the `w:` prefix).
    let scalars: [Unicode.Scalar]
    /// Whether the word starts with an Arabic letter.
    let isArabic: Bool
    /// The word without one inflection prefix and suffix letter (see `PairFeatures.softMatch`).
    let core: [Unicode.Scalar]
    /// The consonant skeleton, for words of 3+ letters when names are matched across scripts.
    let skeleton: NameSkeleton?

    init(_ term: String, skeleton withSkeleton: Bool) {
        let scalars = Array(term.unicodeScalars.dropFirst(2))
        self.scalars = scalars
        isArabic = scalars.first.map(MatchText.isArabicLetter) ?? false
        core = Self.core(scalars)
        skeleton = withSkeleton && scalars.count >= 3 ? NameSkeleton(String(String.UnicodeScalarView(scalars))) : nil
    }

    /// Arabic inflection: one prefix (ي ت ن ا م) and one suffix (ت ه ي ا ن) letter removed:
    /// يسحب / سحب, تقتنص / اقتنصت, مقاتل / قاتل.
    private static func core(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var x = w[...]
        if x.count >= 4, let first = x.first, "يتنام".unicodeScalars.contains(first) { x = x.dropFirst() }
        if x.count >= 4, let last = x.last, "تهيان".unicodeScalars.contains(last) { x = x.dropLast() }
        return Array(x)
    }
}
