import HTMLTree

/// The publisher's own statement of the body (JSON-LD `articleBody`), used as evidence, not as
/// the answer: it can be truncated, stale or stuffed with markup.
///
/// Holds hashed word trigrams; a block "agrees" when most of its trigrams occur in the hint.
struct BodyHint {
    private var shingles: Set<Int>
    /// Number of words in the hint.
    let wordCount: Int

    /// Nil when the text is too short to be evidence.
    init?(_ text: String) {
        let words = Self.words(text)
        guard words.count >= 40 else { return nil }
        wordCount = words.count
        shingles = Set(Self.trigrams(words))
    }

    /// True when most of the block's trigrams are in the hint, false when almost none are,
    /// nil when the block is too short to tell.
    func agrees(doc: HTMLDocument, node: Int) -> Bool? {
        agrees(text: Self.inlineText(of: node, in: doc))
    }

    func agrees(text: String) -> Bool? {
        let grams = Self.trigrams(Self.words(text))
        guard grams.count >= 3 else { return nil }
        var hits = 0
        for g in grams where shingles.contains(g) { hits += 1 }
        let share = Double(hits) / Double(grams.count)
        if share >= 0.5 { return true }
        if share < 0.15 { return false }
        return nil
    }

    /// Text of the node's text children and inline descendants, stopping at nested blocks.
    static func inlineText(of node: Int, in doc: HTMLDocument) -> String {
        var out: [UInt8] = []
        var it = doc.descendants(of: node)
        while let c = it.next() {
            switch doc.kind(c) {
            case .text:
                out += doc.utf8Text(c)
                out.append(0x20)
            case .element:
                let name = doc.name(c)
                if TagCategories.block.contains(name) || HTMLDocument.nonTextElements.contains(name) {
                    it.skipChildren(of: c)
                }
            default:
                continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lowercased runs of letters and digits (markup tags in the hint become harmless words).
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    private static func trigrams(_ words: [Substring]) -> [Int] {
        guard words.count >= 3 else { return [] }
        var out: [Int] = []
        out.reserveCapacity(words.count - 2)
        for i in 0..<(words.count - 2) {
            var h = Hasher()
            h.combine(words[i])
            h.combine(words[i + 1])
            h.combine(words[i + 2])
            out.append(h.finalize())
        }
        return out
    }
}
