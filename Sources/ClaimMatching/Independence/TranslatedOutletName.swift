import Linguistics

/// An outlet name whose common words are translated rather than transliterated when it is cited
/// in the other script: «بوابة عدن» is "Aden Gate", «دارفور الآن» is "Darfur Now". The common
/// words become concepts and the rest a consonant skeleton, so both spellings compare equal.
struct TranslatedOutletName: Sendable {
    let concepts: Set<String>
    let rest: NameSkeleton

    /// `nil` when the name has no translatable word, or nothing besides it.
    init?(_ name: String) {
        var concepts = Set<String>()
        var others: [String] = []
        for word in TextFolding.words(name) where !OutletMentions.genericWords.contains(word) {
            if let c = Self.concept(of: word) { concepts.insert(c) } else { others.append(word) }
        }
        guard !concepts.isEmpty, !others.isEmpty else { return nil }
        self.concepts = concepts
        rest = NameSkeleton(others.joined(separator: " "))
        guard rest.consonants >= 2 else { return nil }
    }

    /// Same concepts, and the other words spelled alike across scripts.
    func matches(_ other: TranslatedOutletName) -> Bool {
        concepts == other.concepts && (rest.key == other.rest.key || rest.similarity(to: other.rest) >= 0.75)
    }

    static func concept(of word: String) -> String? {
        if let c = table[word] { return c }
        if word.hasPrefix("ال"), word.count > 3 { return table[String(word.dropFirst(2))] }
        return nil
    }

    /// Whether a folded word can be part of a translated name (for scanning running text).
    static func isConceptWord(_ word: String) -> Bool { concept(of: word) != nil }

    /// Folded words of outlet names that news in the other script translates, by concept.
    private static let table: [String: String] = {
        var t: [String: String] = [:]
        let pairs: [(String, [String])] = [
            ("gate", ["gate", "portal", "بوابه"]),
            ("now", ["now", "الان"]),
            ("today", ["today", "اليوم"]),
            ("voice", ["voice", "صوت"]),
            ("echo", ["echo", "صدى", "صدي"]),
            ("pulse", ["pulse", "نبض"]),
            ("mirror", ["mirror", "mirrors", "مرايا", "مراه"]),
            ("observer", ["observer", "monitor", "مرصد"]),
            ("horizon", ["horizon", "horizons", "افق", "افاق"]),
            ("east", ["east", "orient", "شرق", "مشرق"]),
            ("window", ["window", "نافذه"]),
            ("platform", ["platform", "منصه"]),
            ("eye", ["eye", "عين"]),
            ("sun", ["sun", "شمس"]),
            ("dawn", ["dawn", "فجر"]),
            ("nation", ["nation", "امه"]),
            ("homeland", ["homeland", "وطن"]),
            ("free", ["free", "حره", "حر"]),
            ("new", ["new", "جديد"]),
        ]
        for (concept, words) in pairs { for w in words { t[w] = concept } }
        return t
    }()
}
