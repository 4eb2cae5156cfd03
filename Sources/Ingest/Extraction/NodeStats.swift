import HTMLTree

/// Per-node text measures computed bottom-up in one reverse pass over the flat tree.
///
/// Children always have larger indices than their parent (pre-order), so walking the indices
/// backwards sees every subtree complete before its root: no recursion, no repeated
/// `textContent`, linear time. Lengths count Unicode scalars that are not whitespace.
struct NodeStats {
    /// Visible text length below (and including) each node.
    var textLength: [Int32]
    /// Part of `textLength` that sits inside `<a>` elements.
    var linkLength: [Int32]
    /// Commas (Latin, Arabic, CJK) below each node: a cheap sign of running prose.
    var commas: [Int32]
    /// Sentence-final punctuation below each node.
    var stops: [Int32]
    /// Number of `<p>` (and `<br>`-separated prose) blocks below each node.
    var paragraphs: [Int32]
    /// Nodes whose subtree never yields text: scripts, styles, hidden elements.
    var invisible: [Bool]
    /// The element's first visible text lies inside a link (a teaser card's title link).
    var startsWithLink: [Bool]
    /// Tag flags of each element (empty for other nodes).
    var tags: [TagCategories.Flags]
    /// An `<audio>` or `<video>` player lies below (or is) the element.
    var holdsPlayer: [Bool]
    /// A `<form>` or `<input>` lies below (or is) the element.
    var holdsForm: [Bool]

    init(_ doc: HTMLDocument) {
        let n = doc.nodeCount
        textLength = Array(repeating: 0, count: n)
        linkLength = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        stops = Array(repeating: 0, count: n)
        paragraphs = Array(repeating: 0, count: n)
        invisible = Array(repeating: false, count: n)
        startsWithLink = Array(repeating: false, count: n)
        tags = Array(repeating: [], count: n)
        holdsPlayer = Array(repeating: false, count: n)
        holdsForm = Array(repeating: false, count: n)
        // Tag flags once per distinct tag name, not once per element.
        let flagsByName = doc.elementNames.map(TagCategories.flags(of:))
        let supName = doc.elementNames.firstIndex(of: "sup")
        let formNames = Set(["form", "input"].compactMap { doc.elementNames.firstIndex(of: $0) })
        var i = n - 1
        while i > 0 {
            defer { i -= 1 }
            switch doc.kind(i) {
            case .text:
                // Script and style text is never measured: its element is invisible anyway.
                if let p = doc.parent(i), doc.isElement(p), flagsByName[doc.nameIndex(p)].contains(.nonText) { continue }
                doc.utf8Text(i).withUnsafeBufferPointer { measure($0, at: i) }
            case .comment, .document:
                continue
            case .element:
                let tag = flagsByName[doc.nameIndex(i)]
                tags[i] = tag
                if tag.contains(.media) { holdsPlayer[i] = true }
                if formNames.contains(doc.nameIndex(i)) { holdsForm[i] = true }
                if tag.contains(.nonText) || Self.isHidden(i, in: doc)
                    || doc.nameIndex(i) == supName && textLength[i] <= 4
                    && Self.isFootnoteMark(doc.textContent(of: i), linked: doc.children(i).contains { tags[$0].contains(.anchor) }) {
                    invisible[i] = true
                    continue
                }
                if tag.contains(.anchor) {
                    linkLength[i] = textLength[i]
                    startsWithLink[i] = true
                } else {
                    for c in doc.children(i) where textLength[c] > 0 && !invisible[c] {
                        startsWithLink[i] = startsWithLink[c]
                        break
                    }
                }
                if tag.contains(.paragraph) && textLength[i] > 0 { paragraphs[i] += 1 }
            }
            guard let p = doc.parent(i) else { continue }
            if holdsPlayer[i] { holdsPlayer[p] = true }
            if holdsForm[i] { holdsForm[p] = true }
            textLength[p] += textLength[i]
            linkLength[p] += linkLength[i]
            commas[p] += commas[i]
            stops[p] += stops[i]
            paragraphs[p] += paragraphs[i]
        }
    }

    /// A footnote or reference mark in `<sup>` ("[2]", "*", or a number that links to its note),
    /// glued to the word before it. A bare number is an exponent ("km<sup>2</sup>", "10<sup>6</sup>").
    static func isFootnoteMark(_ text: String, linked: Bool) -> Bool {
        let t = text.filter { !$0.isWhitespace }
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || "[]()*†‡".contains($0) }) else { return false }
        return linked || t.contains { !$0.isNumber }
    }

    /// A list of teaser cards: at least three element children, most of them short, opening
    /// with a link of their own (the title) that is a good part of their text.
    func isCardList(_ node: Int, in doc: HTMLDocument) -> Bool {
        var cards = 0, others = 0
        for c in doc.children(node) where doc.isElement(c) && textLength[c] > 0 && !invisible[c] {
            let t = textLength[c], l = linkLength[c]
            if startsWithLink[c] && t <= 600 && l >= 15 && l * 10 >= t && tags[c].isDisjoint(with: [.paragraph, .anchor]) {
                cards += 1
            } else {
                others += 1
            }
        }
        return cards >= 3 && cards * 10 >= (cards + others) * 7
    }

    /// Share of the node's text that is link text (0 when it has none).
    func linkDensity(_ node: Int) -> Double {
        let t = textLength[node]
        return t == 0 ? 0 : Double(linkLength[node]) / Double(t)
    }

    private mutating func measure(_ text: UnsafeBufferPointer<UInt8>, at i: Int) {
        var length: Int32 = 0, comma: Int32 = 0, stop: Int32 = 0
        for b in text {
            // Count scalars by their lead bytes; whitespace bytes are ASCII.
            if b & 0xC0 == 0x80 { continue }
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: continue
            case UInt8(ascii: ","): comma += 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): stop += 1
            default: break
            }
            length += 1
        }
        if comma == 0, length > 0 {
            // Arabic comma U+060C (D8 8C), Arabic question mark U+061F (D8 9F), CJK comma/stop.
            var prev: UInt8 = 0
            for b in text {
                if prev == 0xD8 && b == 0x8C { comma += 1 }
                if prev == 0xD8 && b == 0x9F { stop += 1 }
                prev = b
            }
        }
        textLength[i] = length
        commas[i] = comma
        stops[i] = stop
    }

    /// `hidden`, `aria-hidden=true`, or an inline style that hides the element.
    static func isHidden(_ node: Int, in doc: HTMLDocument) -> Bool {
        for a in doc.attributes(node) {
            switch a.name {
            case "hidden":
                return true
            case "aria-hidden":
                if a.value.lowercased() == "true" { return true }
            case "style":
                if a.value.utf8.count < 400, hidesElement(style: a.value) { return true }
            default:
                continue
            }
        }
        return false
    }

    private static let hidingStyles = ["display:none", "visibility:hidden"].map { Array($0.utf8) }

    private static func hidesElement(style: String) -> Bool {
        var compact = ""
        compact.reserveCapacity(style.utf8.count)
        for c in style.lowercased().unicodeScalars where c != " " && c != "\t" && c != "\n" { compact.unicodeScalars.append(c) }
        return ByteSearch.containsAny(compact, hidingStyles)
    }
}
