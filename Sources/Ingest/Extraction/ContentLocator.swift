import HTMLTree

/// Finds the element that holds the article body: the tightest element that still carries
/// most of the page's prose.
///
/// Every prose block (a `<p>`, a `<pre>`, a table cell or a `<div>` with its own running text)
/// gets a weight from its length, its link density and its punctuation; weights add up the tree
/// bottom-up, except through elements that are boilerplate by tag or by class/id/role. The walk
/// then descends from `<body>` into the child holding at least `share` of the total, and stops
/// where the prose splits between siblings. Linear in the number of nodes.
struct ContentLocator {
    /// Fraction of the page's prose a child must hold for the walk to descend into it.
    var share: Double = 0.75

    struct Result {
        var root: Int
        /// Prose weight below each node (for diagnostics and later pruning).
        var prose: [Double]
        /// Weight of each node's own (inline) text.
        var own: [Double]
        var signals: [BoilerplateVocabulary.Signal]
        /// Visible text directly in each element (not in nested blocks).
        var inlineLength: [Int32]
        /// Elements that are boilerplate by tag, name or hiding (and small): never a root.
        var gated: [Bool]
    }

    func locate(in doc: HTMLDocument, stats: NodeStats, hint: BodyHint?) -> Result {
        let n = doc.nodeCount
        var signals = [BoilerplateVocabulary.Signal](repeating: .neutral, count: n)
        var inlineLength = [Int32](repeating: 0, count: n)
        var inlineLinks = [Int32](repeating: 0, count: n)
        var own = [Double](repeating: 0, count: n)
        var prose = [Double](repeating: 0, count: n)
        var gated = [Bool](repeating: false, count: n)
        var signalCache: [String: BoilerplateVocabulary.Signal] = [:]
        let start = doc.elements(named: "body").first ?? 0
        // Boilerplate tags or names only count on parts of the page: a "sidebar-layout" body or a
        // header left unclosed around the whole article is not boilerplate.
        let pageText = Double(max(1, stats.textLength[start]))
        var i = n - 1
        while i > 0 {
            defer { i -= 1 }
            guard let parent = doc.parent(i) else { continue }
            if stats.invisible[i] {
                gated[i] = true
                continue
            }
            switch doc.kind(i) {
            case .text:
                inlineLength[parent] += stats.textLength[i]
                continue
            case .element:
                break
            default:
                continue
            }
            let tag = stats.tags[i]
            let isBlock = tag.contains(.block)
            if !isBlock {
                inlineLength[parent] += stats.textLength[i]
                inlineLinks[parent] += tag.contains(.anchor) ? stats.textLength[i] : stats.linkLength[i]
            }
            signals[i] = BoilerplateVocabulary.signal(of: i, in: doc, cache: &signalCache)
            // Own prose: the element's inline text, if it is a block.
            if isBlock || inlineLength[i] >= 25 {
                own[i] = weight(length: inlineLength[i], links: inlineLinks[i], node: i, tag: tag,
                                stats: stats, doc: doc, hint: hint)
            }
            prose[i] += own[i]
            if !tag.isDisjoint(with: [.neverContent, .header]) || signals[i] == .boilerplate
                || stats.isCardList(i, in: doc),
               Double(stats.textLength[i]) < 0.5 * pageText {
                gated[i] = true
                continue
            }
            prose[parent] += prose[i]
        }
        return Result(root: descend(from: start, doc: doc, prose: prose, own: own, gated: gated),
                      prose: prose, own: own, signals: signals, inlineLength: inlineLength, gated: gated)
    }

    private func weight(length: Int32, links: Int32, node: Int, tag: TagCategories.Flags, stats: NodeStats,
                        doc: HTMLDocument, hint: BodyHint?) -> Double {
        guard length >= 20 else { return 0 }
        let density = Double(links) / Double(length)
        guard density < 0.6 else { return 0 }
        let punctuation = stats.commas[node] + stats.stops[node]
        var w = Double(length) * (1 - density) * (1 - density)
        if punctuation == 0 { w *= 0.3 }
        if tag.contains(.cell) { w *= 0.7 }
        if tag.contains(.heading) { w *= 0.2 }
        if let hint, let agrees = hint.agrees(doc: doc, node: node) { w *= agrees ? 3 : 0.5 }
        return w
    }

    private func descend(from start: Int, doc: HTMLDocument, prose: [Double], own: [Double], gated: [Bool]) -> Int {
        let total = prose[start]
        guard total > 0 else { return start }
        var node = start
        while true {
            var best = -1
            var bestProse = 0.0
            for c in doc.children(node) where doc.isElement(c) && !gated[c] && prose[c] > bestProse {
                best = c
                bestProse = prose[c]
            }
            guard best >= 0, bestProse >= share * total else { return node }
            // A single block is not a container: keep its parent unless it is nearly everything.
            if own[best] >= 0.5 * bestProse && bestProse < 0.97 * total { return node }
            node = best
        }
    }
}
