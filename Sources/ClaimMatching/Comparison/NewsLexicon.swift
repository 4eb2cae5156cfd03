/// A compact bilingual (English/Arabic) lexicon of general news content words.
///
/// Each concept lists surface forms in both languages; forms are folded and stemmed at load
/// time, so `killed`, `killing`, `قتل`, `مقتل` and `القتلى` all map to the concept `kill`.
/// Concepts let an English and an Arabic claim share terms without machine translation, and
/// `opposites` (rise/fall, allow/ban, open/close, …) let the comparator see antonym swaps, the
/// commonest way two otherwise identical headlines contradict each other.
/// The entries are general news vocabulary (`NewsLexicon+Entries.swift`), not fitted to any
/// benchmark.
struct NewsLexicon: Sendable {
    /// The lexicon built from `NewsLexicon.entries` and `NewsLexicon.opposites`.
    static let shared = NewsLexicon()

    private var conceptOfStem: [String: String] = [:]
    private var oppositesOf: [String: Set<String>] = [:]

    init(entries: [Entry] = NewsLexicon.entries) {
        for entry in entries {
            for form in entry.forms {
                for token in MatchText.tokens(form) where token.kind == .word {
                    let stem = LightStemmer.stem(token.text, arabic: token.isArabic)
                    if conceptOfStem[stem] == nil { conceptOfStem[stem] = entry.id }
                    if conceptOfStem[token.text] == nil { conceptOfStem[token.text] = entry.id }
                }
            }
        }
        for (a, b) in Self.opposites {
            oppositesOf[a, default: []].insert(b)
            oppositesOf[b, default: []].insert(a)
        }
    }

    /// The concept of a folded word, trying it bare and without one or two Arabic
    /// proclitics (و ف ب ل ك س).
    func concept(of word: String, arabic: Bool) -> String? {
        if let c = conceptOfStem[word] ?? conceptOfStem[LightStemmer.stem(word, arabic: arabic)] { return c }
        guard arabic else { return nil }
        var scalars = Substring(word).unicodeScalars[...]
        for _ in 0..<2 {
            guard let first = scalars.first, "وفبلكس".unicodeScalars.contains(first), scalars.count > 3 else { return nil }
            scalars = scalars.dropFirst()
            let rest = String(String.UnicodeScalarView(scalars))
            if let c = conceptOfStem[rest] ?? conceptOfStem[LightStemmer.stemArabic(rest)] { return c }
        }
        return nil
    }

    /// Whether two concepts are antonyms.
    func areOpposite(_ a: String, _ b: String) -> Bool {
        oppositesOf[a]?.contains(b) ?? false
    }

    /// Whether the concept has an antonym in the lexicon.
    func hasOpposite(_ a: String) -> Bool { oppositesOf[a] != nil }

    /// One concept: an id and its surface forms in both languages.
    struct Entry: Sendable {
        var id: String
        var forms: [String]

        init(_ id: String, en: String, ar: String) {
            self.id = id
            forms = en.split(separator: " ").map(String.init) + ar.split(separator: " ").map(String.init)
        }
    }
}
