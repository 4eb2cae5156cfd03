/// Word sequences indexed by their first word, so matching at a token costs one dictionary
/// lookup per proclitic reading instead of a scan over every phrase.
struct PhraseTable: Sendable {
    let byFirst: [String: [[String]]]

    init(_ phrases: [[String]]) {
        var t: [String: [[String]]] = [:]
        for p in phrases where !p.isEmpty { t[p[0], default: []].append(p) }
        for k in t.keys { t[k]?.sort { $0.count > $1.count } }
        byFirst = t
    }

    /// The phrases whose first word is `word`, longest first.
    func candidates(_ word: String) -> [[String]] { byFirst[word] ?? [] }
}
