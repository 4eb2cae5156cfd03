/// An immutable HTML tree held in flat arrays: cheap to pass between threads, no per-node objects.
///
/// Nodes are addressed by `Int` indices; index 0 is the document node. Element names and
/// attribute names are lowercase (libxml2's HTML parser folds them).
public struct HTMLDocument: Sendable {
    public enum Kind: UInt8, Sendable {
        case document, element, text, comment
    }

    struct Record: Sendable {
        var kind: Kind
        var parent: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        var depth: Int32
        var attributeStart: Int32 = 0
        var attributeCount: Int32 = 0
        /// Elements: index into `names`. Text and comments: offset of their bytes in `utf8`.
        var value: Int32
        /// Text and comments: number of bytes in `utf8`.
        var length: Int32 = 0
    }

    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    var records: [Record]
    /// Each distinct element name once; records point into it.
    var names: [String]
    /// Per entry of `names`: one of `nonTextElements`.
    var nonTextName: [Bool]
    /// The text of every text and comment node, back to back (one allocation, not one per node).
    var utf8: [UInt8]
    var attributeStore: [Attribute]
    /// Problems met while building the tree (e.g. nesting flattened past the depth limit).
    public internal(set) var warnings: [String]

    init(records: [Record], names: [String], utf8: [UInt8], attributeStore: [Attribute], warnings: [String]) {
        self.records = records
        self.names = names
        self.nonTextName = names.map { HTMLDocument.nonTextElements.contains($0) }
        self.utf8 = utf8
        self.attributeStore = attributeStore
        self.warnings = warnings
    }

    /// The document node.
    public var root: Int { 0 }
    public var nodeCount: Int { records.count }

    public func kind(_ node: Int) -> Kind { records[node].kind }
    public func isElement(_ node: Int) -> Bool { records[node].kind == .element }
    /// Lowercase tag name for an element; empty for other nodes.
    public func name(_ node: Int) -> String {
        records[node].kind == .element ? names[Int(records[node].value)] : ""
    }

    /// Every distinct element name of the page, indexed by `nameIndex(_:)`: callers that look a
    /// property up per tag can do it once per name instead of once per element.
    public var elementNames: [String] { names }

    /// An element's position in `elementNames`; -1 for other nodes.
    public func nameIndex(_ node: Int) -> Int {
        records[node].kind == .element ? Int(records[node].value) : -1
    }

    /// An element whose text never belongs in an article (one of `nonTextElements`).
    public func isNonTextElement(_ node: Int) -> Bool {
        records[node].kind == .element && nonTextName[Int(records[node].value)]
    }

    /// Text of a text or comment node; empty for elements.
    public func text(_ node: Int) -> String {
        let r = records[node]
        guard r.kind != .element, r.length > 0 else { return "" }
        return String(decoding: utf8[Int(r.value)..<Int(r.value + r.length)], as: UTF8.self)
    }

    /// The UTF-8 bytes of a text or comment node (empty for elements), without building a `String`.
    public func utf8Text(_ node: Int) -> ArraySlice<UInt8> {
        let r = records[node]
        guard r.kind != .element else { return utf8[0..<0] }
        return utf8[Int(r.value)..<Int(r.value + r.length)]
    }

    public func parent(_ node: Int) -> Int? {
        let p = records[node].parent
        return p < 0 ? nil : Int(p)
    }
    public func depth(_ node: Int) -> Int { Int(records[node].depth) }
    public func firstChild(_ node: Int) -> Int? {
        let c = records[node].firstChild
        return c < 0 ? nil : Int(c)
    }
    public func nextSibling(_ node: Int) -> Int? {
        let s = records[node].nextSibling
        return s < 0 ? nil : Int(s)
    }

    public func children(_ node: Int) -> Children { Children(document: self, first: records[node].firstChild) }

    public func attributes(_ node: Int) -> ArraySlice<Attribute> {
        let r = records[node]
        return attributeStore[Int(r.attributeStart)..<Int(r.attributeStart + r.attributeCount)]
    }

    /// The value of attribute `name` (lowercase), if present.
    public func attribute(_ name: String, of node: Int) -> String? {
        for a in attributes(node) where a.name == name { return a.value }
        return nil
    }

    /// All nodes below `node` in document order (not including `node`), without recursion.
    public func descendants(of node: Int) -> Descendants { Descendants(document: self, top: node) }

    /// Elements with tag `name` anywhere in the document, in document order.
    public func elements(named name: String) -> [Int] {
        guard let id = names.firstIndex(of: name).map(Int32.init) else { return [] }
        var out: [Int] = []
        for i in records.indices where records[i].kind == .element && records[i].value == id {
            out.append(i)
        }
        return out
    }

    /// Nearest ancestor (or `node` itself) that is an element named `name`.
    public func closest(_ name: String, from node: Int) -> Int? {
        var n: Int? = node
        while let c = n {
            if records[c].kind == .element && names[Int(records[c].value)] == name { return c }
            n = parent(c)
        }
        return nil
    }

    /// Concatenated text of all text nodes below `node`, raw (not whitespace-normalised),
    /// skipping `script`, `style`, `template` and `noscript` subtrees.
    public func textContent(of node: Int) -> String {
        if records[node].kind == .text { return text(node) }
        var out: [UInt8] = []
        var it = descendants(of: node)
        while let n = it.next() {
            let r = records[n]
            if r.kind == .element, nonTextName[Int(r.value)] {
                it.skipChildren(of: n)
            } else if r.kind == .text {
                out.append(contentsOf: utf8[Int(r.value)..<Int(r.value + r.length)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Elements whose text never belongs in an article.
    public static let nonTextElements: Set<String> = ["script", "style", "template", "noscript", "svg", "math"]

    public struct Children: Sequence, IteratorProtocol, Sendable {
        let document: HTMLDocument
        var current: Int32

        init(document: HTMLDocument, first: Int32) {
            self.document = document
            self.current = first
        }

        public mutating func next() -> Int? {
            guard current >= 0 else { return nil }
            let n = Int(current)
            current = document.records[n].nextSibling
            return n
        }
    }

    /// Pre-order walk below a node. Call `skipChildren(of:)` right after receiving a node to prune it.
    public struct Descendants: Sequence, IteratorProtocol, Sendable {
        let document: HTMLDocument
        let top: Int
        var last: Int = -1
        var started = false
        var skip: Int = -1

        init(document: HTMLDocument, top: Int) {
            self.document = document
            self.top = top
        }

        /// Do not descend into `node` (the node most recently returned).
        public mutating func skipChildren(of node: Int) { skip = node }

        public mutating func next() -> Int? {
            let records = document.records
            if !started {
                started = true
                let c = records[top].firstChild
                guard c >= 0 else { return nil }
                last = Int(c)
                return last
            }
            guard last >= 0 else { return nil }
            var n = last
            if skip != n, records[n].firstChild >= 0 {
                last = Int(records[n].firstChild)
                return last
            }
            while n != top {
                let s = records[n].nextSibling
                if s >= 0 {
                    last = Int(s)
                    return last
                }
                let p = records[n].parent
                guard p >= 0 else { break }
                n = Int(p)
            }
            last = -1
            return nil
        }
    }
}
