/// Finds outlets named in running text ("told Fox News Digital", «كشفت شبكة "فوكس نيوز"»), so
/// an unattributed or anonymous sentence that names the outlet it comes from is read as relayed
/// by that outlet even when the extractor gave it no chain.
struct OutletMentions {
    /// Space-free folded names of the story's own outlets → their keys (the alias table is
    /// consulted as well).
    private let storyOutlets: [String: String]

    init(storyOutletKeys: some Sequence<String>) {
        var map: [String: String] = [:]
        for key in storyOutletKeys where !key.hasPrefix("document:") { map[key] = key }
        storyOutlets = map
    }

    /// Outlet keys named in `text`, in order of first mention.
    func outlets(in text: String) -> [String] {
        let words = TextFolding.words(text)
        var found: [String] = []
        var i = 0
        while i < words.count {
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
        EntityKey.outletAliases[joined] ?? storyOutlets[joined]
    }
}
