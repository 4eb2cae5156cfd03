import Foundation
import CorroborateModel
import HTMLTree

/// Walks the content root once, in document order, and emits text blocks with their kind,
/// pruning subtrees that are boilerplate by tag, class/id/role, hiding or link density.
///
/// Inline elements never split words; block elements and `<br><br>` end a block; one `<br>`
/// is a space.
struct BlockEmitter {
    let doc: HTMLDocument
    let stats: NodeStats
    let signals: [BoilerplateVocabulary.Signal]
    let roots: [Int]
    private var root: Int
    private let rootText: Double
    /// Base for resolving link targets.
    let base: URLResolver?

    private var blocks: [RawBlock] = []
    private var buffer = TextBuffer()
    private var kinds: [Paragraph.Kind] = []
    private var boldDepth = 0
    private var linkDepth = 0
    private var boldBytes = 0
    private var linkBytes = 0
    private var openLinks: [(href: String, start: Int, counted: Bool)] = []
    private var blockLinks: [Link] = []
    private var lastWasBreak = false

    init(doc: HTMLDocument, stats: NodeStats, signals: [BoilerplateVocabulary.Signal], roots: [Int], base: URLResolver?) {
        self.doc = doc
        self.stats = stats
        self.signals = signals
        self.roots = roots
        self.root = roots.first ?? 0
        self.rootText = Double(max(1, roots.reduce(0) { $0 + Int(stats.textLength[$1]) }))
        self.base = base
    }

    mutating func emit() -> [RawBlock] {
        for r in roots {
            root = r
            if doc.kind(r) == .text {
                appendText(r)
            } else if enter(r) {
                walk()
                exit(r)
            }
            flush()
        }
        return blocks
    }

    private mutating func walk() {
        var node = doc.firstChild(root)
        while let n = node {
            let descend = enter(n)
            if descend, let c = doc.firstChild(n) {
                node = c
                continue
            }
            if descend { exit(n) }
            var current = n
            node = nil
            while true {
                if let s = doc.nextSibling(current) {
                    node = s
                    break
                }
                guard let p = doc.parent(current), p != root else { break }
                exit(p)
                current = p
            }
        }
    }

    /// Handles entering `n`; false means its subtree is skipped (and `exit` is not called).
    private mutating func enter(_ n: Int) -> Bool {
        switch doc.kind(n) {
        case .text:
            appendText(n)
            return false
        case .element:
            break
        default:
            return false
        }
        guard !stats.invisible[n] else { return false }
        let tag = stats.tags[n]
        if tag.contains(.lineBreak) {
            if lastWasBreak { flush() } else { buffer.space() }
            lastWasBreak = true
            return false
        }
        if tag.contains(.image) {
            if tag.contains(.block) { flush() }
            return false
        }
        if tag.contains(.formControl) { return false }
        if tag.contains(.block) {
            let name = doc.name(n)
            if isBoilerplate(n, name: name, tag: tag) { return false }
            flush()
            kinds.append(kind(for: name, node: n) ?? (isCaption(n) ? .caption : kinds.last ?? .paragraph))
        } else if tag.contains(.neverContent)
            // A photo credit inside a caption ("… on Monday. <span class="credit">(Basrah Gazette)</span>") is
            // the caption's own text.
            || (signals[n] == .boilerplate && kinds.last != .caption && isBoilerplate(n, name: doc.name(n), tag: tag)) {
            return false
        }
        // A heading's permalink ("🔗", "¶", "#" linking to its own id) is page furniture.
        if tag.contains(.anchor), kinds.last == .heading, (doc.attribute("href", of: n) ?? "").hasPrefix("#"),
           !doc.textContent(of: n).unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            return false
        }
        if tag.contains(.bold) { boldDepth += 1 }
        if tag.contains(.anchor) {
            let href = doc.attribute("href", of: n) ?? ""
            // A heading's text inside its own permalink ("<h2 id="x"><a class="header-anchor"
            // href="#x">How many died</a></h2>", VuePress, Docusaurus) is no link away.
            let counted = !(kinds.last == .heading && href.hasPrefix("#"))
            if counted { linkDepth += 1 }
            openLinks.append((href, buffer.bytes.count, counted))
        }
        return true
    }

    private mutating func exit(_ n: Int) {
        guard doc.isElement(n) else { return }
        let tag = stats.tags[n]
        if tag.contains(.block) {
            flush()
            if !kinds.isEmpty { kinds.removeLast() }
        }
        if tag.contains(.bold) { boldDepth = max(0, boldDepth - 1) }
        if tag.contains(.anchor), let open = openLinks.popLast() {
            if open.counted { linkDepth = max(0, linkDepth - 1) }
            let bytes = buffer.bytes
            let start = min(open.start, bytes.count)
            let text = TextBuffer.normalise(String(decoding: bytes[start...], as: UTF8.self))
            let href = open.href.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, !href.isEmpty, !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:") {
                blockLinks.append(Link(url: base?.resolve(href) ?? href, text: text))
            }
        }
    }

    private mutating func appendText(_ node: Int) {
        let before = buffer.bytes.count
        doc.utf8Text(node).withUnsafeBufferPointer { buffer.append(utf8: $0) }
        let added = buffer.bytes.count - before
        guard added > 0 else { return }
        lastWasBreak = false
        if boldDepth > 0 { boldBytes += added }
        if linkDepth > 0 { linkBytes += added }
    }

    private mutating func flush() {
        lastWasBreak = false
        guard !buffer.isEmpty else {
            boldBytes = 0
            linkBytes = 0
            return
        }
        let total = buffer.bytes.count
        let allBold = Double(boldBytes) >= 0.95 * Double(total)
        let linkShare = min(total, linkBytes)
        let text = buffer.take()
        for i in openLinks.indices { openLinks[i].start = 0 }
        blocks.append(RawBlock(kind: kinds.last ?? .paragraph, text: text, linkLength: linkShare,
                               allBold: allBold, links: blockLinks))
        blockLinks.removeAll()
        boldBytes = 0
        linkBytes = 0
    }

    private func kind(for name: String, node n: Int) -> Paragraph.Kind? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
        case "blockquote": return .quote
        case "li", "dd", "dt": return .listItem
        case "figcaption", "caption", "figure": return .caption
        case "p":
            if kinds.last == .quote || kinds.last == .listItem || kinds.last == .caption { return kinds.last }
            // `<p class="photo-caption">` under a photo: a caption, whatever element holds it.
            return isCaption(n, attributes: Self.classOnly, words: Self.captionOnly) ? .caption : .paragraph
        default: return nil
        }
    }

    private static let captionWords = ["caption", "credit"].map { Array($0.utf8) }
    /// A `<p>` is a caption only by name ("photo-caption", "wp-caption-text"): a "credit" class on
    /// a paragraph is as often a byline or a source line.
    private static let captionOnly = [Array("caption".utf8)]
    private static let classOrID: Set<String> = ["class", "id"]
    private static let classOnly: Set<String> = ["class"]

    /// Photo captions and credits outside `<figcaption>`: class or id naming them.
    private func isCaption(_ n: Int, attributes: Set<String> = BlockEmitter.classOrID, words: [[UInt8]] = BlockEmitter.captionWords) -> Bool {
        for a in doc.attributes(n) where attributes.contains(a.name) {
            let v = a.value.lowercased()
            if ByteSearch.containsAny(v, words) { return true }
        }
        return false
    }

    /// Whether `n` is (or wraps, one element per level) an h2–h6 holding all of its text.
    private func wrapsOnlySubheading(_ n: Int) -> Bool {
        var node = n
        for _ in 0..<4 {
            if ["h2", "h3", "h4", "h5", "h6"].contains(doc.name(node)) { return stats.textLength[node] == stats.textLength[n] }
            var only: Int?
            for c in doc.children(node) where doc.isElement(c) {
                if only != nil { return false }
                only = c
            }
            guard let next = only else { return false }
            node = next
        }
        return false
    }

    /// Subtrees inside the content root that are not article text.
    private func isBoilerplate(_ n: Int, name: String, tag: TagCategories.Flags) -> Bool {
        guard looksBoilerplate(n, name: name, tag: tag) else { return false }
        // After body text, a box holding nothing but a subheading is the body's subheading
        // (TYPO3: `<div class="frame-type-header"><header><h2>…</h2></header></div>`).
        return blocks.isEmpty || !wrapsOnlySubheading(n)
    }

    private func looksBoilerplate(_ n: Int, name: String, tag: TagCategories.Flags) -> Bool {
        if roots.count == 1 && n == root { return false }
        let text = Double(stats.textLength[n])
        if text == 0 { return false }
        if tag.contains(.neverContent) && text < 0.6 * rootText { return true }
        if tag.contains(.header) && text < 0.3 * rootText { return true }
        if signals[n] == .boilerplate && text < 0.4 * rootText { return true }
        if text < 0.5 * rootText && stats.isCardList(n, in: doc) { return true }
        // A player's box: its only text is the player's title or controls ("استمعوا إلى المداخلة
        // كاملة", "Listen to the interview", "0:00 / 3:12"), not the article's.
        if stats.holdsPlayer[n], text < 120, text < 0.2 * rootText, !tag.contains(.media),
           name != "figure", name != "figcaption" { return true }
        // A sign-up or search box inside the text: a form and its few words of title and button
        // ("The Saleroom Standard weekly", "Subscribe").
        if stats.holdsForm[n], text < 120, text < 0.2 * rootText { return true }
        let density = stats.linkDensity(n)
        switch name {
        case "form":
            return density > 0.3 || text < 0.3 * rootText
        case "ul", "ol", "div", "section", "table", "tr", "td", "dl", "span", "p", "li", "center", "font":
            if density > 0.5 && text < 0.5 * rootText { return true }
            return false
        default:
            return false
        }
    }
}
