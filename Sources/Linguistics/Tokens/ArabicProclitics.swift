/// A light splitter for the Arabic proclitics و ف (conjunctions), ب ل ك (prepositions) and the
/// article ال, on match-normalised words.
///
/// It never strips a leading و/ف/ب/ل/ك on its own say-so: "وزير", "وكالة", "وفق" start with a
/// real و. Without a lexicon it only removes a prefix that ends in the article (والحكومة →
/// و + ال + حكومه, للمرة → ل + ال + مره). With a lexicon (`isKnown`) it removes the longest
/// prefix whose remainder the lexicon knows (ووفق → و + وفق, فأضاف → ف + اضاف), and keeps
/// the word whole when the lexicon knows the whole word (reference §1.1).
public enum ArabicProclitics {
    /// One segmentation of a word.
    public struct Analysis: Sendable, Hashable {
        /// و or ف, when present.
        public var conjunction: String?
        /// ب, ل or ك, when present.
        public var preposition: String?
        /// Whether the article ال was removed.
        public var article: Bool
        /// The word without its proclitics.
        public var stem: String
        /// Number of scalars removed from the front of the word.
        public var prefixLength: Int

        /// True when nothing was removed.
        public var isUnsplit: Bool { prefixLength == 0 }
    }

    /// Words that start with letters looking like proclitics + article but are not (إلى, ألف,
    /// آلاف, الله, والد ...), in match form.
    static let protected: Set<String> = [
        "الف", "الفا", "الفان", "الفين", "الفي", "الاف", "الي", "اليه", "اليها", "اليهم", "اليهما",
        "اليك", "الينا", "الا", "الله", "اللهم", "الم", "الما", "والد", "والده", "والدي", "والدها",
        "والدين", "والدته", "والي", "ولايه", "بالغ", "بالغه", "بالا", "كالا",
    ]

    /// Every segmentation the grammar `(و|ف)? (ب|ل|ك)? (ال)? stem` allows, longest prefix first,
    /// ending with the unsplit word. Stems are at least two letters.
    public static func analyses(of word: String) -> [Analysis] {
        let s = Array(word.unicodeScalars)
        var result: [Analysis] = []
        let conj: [Unicode.Scalar?] = ["\u{0648}", "\u{0641}", nil]
        let prep: [Unicode.Scalar?] = ["\u{0628}", "\u{0644}", "\u{0643}", nil]
        for c in conj {
            for p in prep {
                for article in [true, false] {
                    var i = 0
                    if let c { guard i < s.count, s[i] == c else { continue }; i += 1 }
                    if let p { guard i < s.count, s[i] == p else { continue }; i += 1 }
                    if article {
                        // ل + ال is written لل.
                        if p == "\u{0644}", i < s.count, s[i] == "\u{0644}" {
                            i += 1
                        } else {
                            guard i + 1 < s.count, s[i] == "\u{0627}", s[i + 1] == "\u{0644}" else { continue }
                            i += 2
                        }
                    }
                    guard i > 0, s.count - i >= 2 else { continue }
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: s[i...])
                    result.append(Analysis(conjunction: c.map { String($0) }, preposition: p.map { String($0) },
                                           article: article, stem: String(view), prefixLength: i))
                }
            }
        }
        result.sort { $0.prefixLength > $1.prefixLength }
        result.append(Analysis(conjunction: nil, preposition: nil, article: false, stem: word, prefixLength: 0))
        return result
    }

    /// The segmentation to use for `word`.
    ///
    /// - Parameter isKnown: a lexicon of stems (match form). When it knows the whole word, the
    ///   word stays whole; otherwise the longest-prefix analysis with a known stem wins. When no
    ///   stem is known, only article-bearing prefixes are removed.
    public static func split(_ word: String, isKnown: ((String) -> Bool)? = nil) -> Analysis {
        let unsplit = Analysis(conjunction: nil, preposition: nil, article: false, stem: word, prefixLength: 0)
        guard word.unicodeScalars.count > 2, !protected.contains(word) else { return unsplit }
        let all = analyses(of: word)
        if let isKnown {
            if isKnown(word) { return unsplit }
            if let hit = all.first(where: { !$0.isUnsplit && isKnown($0.stem) }) { return hit }
        }
        // Conservative default: the prefix must end with the article, and what is left must not
        // itself be a protected word with an article-like start removed.
        if let hit = all.first(where: { $0.article && !protected.contains("\u{0627}\u{0644}" + $0.stem) }) {
            return hit
        }
        return unsplit
    }

    /// The stems `word` may have when only the conjunctions و/ف (optionally وف) are removed:
    /// the word itself first. Used for cue lexicons, whose entries carry no article.
    public static func conjunctionStems(of word: String) -> [String] {
        var result = [word]
        let s = word.unicodeScalars
        guard s.count > 2 else { return result }
        var rest = Substring(word)
        for _ in 0..<2 {
            guard let f = rest.unicodeScalars.first, f == "\u{0648}" || f == "\u{0641}",
                  rest.unicodeScalars.count > 2 else { break }
            rest = Substring(rest.unicodeScalars.dropFirst())
            result.append(String(rest))
        }
        return result
    }
}
