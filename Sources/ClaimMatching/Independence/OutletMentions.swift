/// Finds outlets named in running text ("told Fox News Digital", «كشفت شبكة "فوكس نيوز"»), so
/// an unattributed or anonymous sentence that names the outlet it comes from is read as relayed
/// by that outlet even when the extractor gave it no chain.
struct OutletMentions {
    /// Space-free folded names of the story's own outlets → their keys (the alias table is
    /// consulted as well).
    private let storyOutlets: [String: String]
    /// Every prefix of every known name: a word that is not one cannot start a mention, which
    /// skips almost every position with one hash lookup and no allocation.
    private let prefixes: Set<Substring>

    init(storyOutletKeys: some Sequence<String>) {
        var map: [String: String] = [:]
        for key in storyOutletKeys where !key.hasPrefix("document:") { map[key] = key }
        storyOutlets = map
        var prefixes = Set<Substring>()
        for name in Array(map.keys) + Array(EntityKey.outletAliases.keys) {
            var end = name.startIndex
            while end < name.endIndex {
                end = name.index(after: end)
                prefixes.insert(name[..<end])
            }
        }
        self.prefixes = prefixes
    }

    /// Outlet keys named in `text`, in order of first mention.
    func outlets(in text: String) -> [String] {
        let words = TextFolding.words(text)
        var found: [String] = []
        var i = 0
        while i < words.count {
            let first = words[i]
            let bare = first.hasPrefix("ال") ? first.dropFirst(2) : Substring(first)
            guard prefixes.contains(Substring(first)) || prefixes.contains(bare) else { i += 1; continue }
            var matched = 0
            for n in stride(from: min(3, words.count - i), through: 1, by: -1) {
                var joined = words[i..<(i + n)].joined()
                if joined.count < 3 { continue }
                var key = lookup(joined)
                if key == nil, joined.hasPrefix("ال") { joined.removeFirst(2); key = lookup(joined) }
                if let key {
                    if !found.contains(key) { found.append(key) }
                    matched = n
                    break
                }
            }
            i += max(1, matched)
        }
        return found
    }

    private func lookup(_ joined: String) -> String? {
        if Self.ambiguous.contains(joined) { return storyOutlets[joined] }
        return EntityKey.outletAliases[joined] ?? storyOutlets[joined]
    }

    /// Aliases that are ordinary words in running text: الجزيرة (the island / peninsula),
    /// العربية (Arabic), الفرنسية (French), "Sana", "AA". They name an outlet only where the outlet
    /// is known to be one (`EntityKey.outlet`), not when met in a sentence.
    static let ambiguous: Set<String> = ["جزيره", "الجزيره", "عربيه", "العربيه", "الفرنسيه", "sana", "aa", "fox"]
}
