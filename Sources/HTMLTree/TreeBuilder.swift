import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Builds the flat tree from parse events in document order: libxml2's HTML SAX callbacks
/// (`SAXEvents`), or a walk of libxml2's own DOM (`DOMReference`, for tests).
///
/// It reproduces what libxml2's DOM builder (SAX2.c) makes of the same events: adjacent
/// character events of one kind merge into one text node, text outside every element is
/// dropped, comments are kept anywhere. Past `maxDepth` element boundaries are dropped and their
/// content goes to the deepest kept ancestor; past `stopDepth` open elements the parse is
/// stopped, because libxml2 matches every end tag against its whole stack of open elements
/// (unbounded nesting would make stray end tags quadratic).
struct TreeBuilder {
    let maxDepth: Int
    let stopDepth: Int
    private var records: [HTMLDocument.Record] = []
    /// Per record: its last child so far (only open elements still gain children).
    private var lastChild: [Int32] = []
    private var names: [String] = []
    private var nameIDs: [String: Int32] = [:]
    /// Names arrive as pointers into libxml2's dictionary (one per distinct name) or as static
    /// strings for implied tags: a pointer cache skips building a `String` per element.
    private var nameIDByPointer: [UnsafePointer<UInt8>: Int32] = [:]
    private var attributeNameByPointer: [UnsafePointer<UInt8>: String] = [:]
    private var attributes: [HTMLDocument.Attribute] = []
    private var utf8: [UInt8] = []
    /// One entry per element libxml2 has open: the record its children go to (a flattened
    /// element repeats its parent's). Entry 0 is the document.
    private var open: [Int32] = [0]
    /// The text node still growing from consecutive character events, or -1.
    private var pendingText: Int32 = -1
    private var pendingIsCDATA = false
    private var flattened = 0
    /// libxml2's DOM builder hangs a top-level element under the document's first child when that
    /// child is an element (`<p>a</html><p>b` puts the second `<html>` inside the first).
    private var firstTopLevel: FirstTopLevel = .none
    private enum FirstTopLevel { case none, element(Int32), other }
    /// Set once nesting passed `stopDepth`; every later event is ignored.
    private(set) var stopped = false

    init(maxDepth: Int, stopDepth: Int, expectedBytes: Int) {
        self.maxDepth = maxDepth
        self.stopDepth = stopDepth
        // A typical page has about one node per 60 bytes and keeps a third of its bytes as text.
        records.reserveCapacity(max(64, expectedBytes / 48))
        lastChild.reserveCapacity(max(64, expectedBytes / 48))
        utf8.reserveCapacity(expectedBytes / 3)
        nameIDs.reserveCapacity(128)
        nameIDByPointer.reserveCapacity(128)
        attributeNameByPointer.reserveCapacity(128)
        records.append(.init(kind: .document, parent: -1, depth: 0, value: 0))
        lastChild.append(-1)
    }

    /// An element opens. Returns its record, or nil when it was flattened or the parse must stop
    /// (`stopped` tells which).
    mutating func startElement(_ name: UnsafePointer<UInt8>) -> Int32? {
        pendingText = -1
        guard !stopped else { return nil }
        guard open.count <= stopDepth else {
            stopped = true
            return nil
        }
        var parent = open[open.count - 1]
        if open.count == 1, case let .element(first) = firstTopLevel { parent = first }
        if Int(records[Int(parent)].depth) + 1 > maxDepth {
            flattened += 1
            open.append(parent)
            return nil
        }
        let index = append(.element, parent: parent, value: nameID(name))
        records[Int(index)].attributeStart = Int32(attributes.count)
        open.append(index)
        return index
    }

    /// One attribute of `element`, right after `startElement` returned it.
    mutating func addAttribute(_ name: UnsafePointer<UInt8>, value: String, to element: Int32) {
        attributes.append(.init(name: attributeName(name), value: value))
        records[Int(element)].attributeCount += 1
    }

    /// The innermost open element closes.
    mutating func endElement() {
        pendingText = -1
        guard !stopped, open.count > 1 else { return }
        open.removeLast()
    }

    /// Character data (`cdata` for script and style content). Dropped outside every element.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, cdata: Bool) {
        guard !stopped, open.count > 1, !bytes.isEmpty else { return }
        guard utf8.count + bytes.count < Int(Int32.max) else { return }
        if pendingText >= 0 && pendingIsCDATA == cdata {
            records[Int(pendingText)].length += Int32(bytes.count)
        } else {
            let index = append(.text, parent: open[open.count - 1], value: Int32(utf8.count))
            records[Int(index)].length = Int32(bytes.count)
            pendingText = index
            pendingIsCDATA = cdata
        }
        let chunkStart = utf8.count
        utf8.append(contentsOf: bytes)
        if !cdata, memchr(bytes.baseAddress!, 0x3E, bytes.count) != nil { dropConditionalMarkers(from: chunkStart) }
    }

    /// The longest downlevel-revealed conditional marker looked for.
    private static let longestMarker = 64

    /// Word's and IE's downlevel-revealed conditional comments, `<![if !vml]>` and `<![endif]>`,
    /// wrap markup every browser shows; libxml2 reads the markers as text (a lone `<`, then the
    /// rest). Taken out of the growing text node when its `>` arrives in the chunk starting at
    /// `chunkStart`, so that the text is the same whether libxml2 reports the marker in one
    /// piece or two. Counter-example: `<![CDATA[ … ]]>` stays.
    private mutating func dropConditionalMarkers(from chunkStart: Int) {
        let node = Int(pendingText)
        let start = Int(records[node].value)
        var i = max(start, chunkStart - Self.longestMarker)
        while i + 3 < utf8.count {
            guard utf8[i] == 0x3C, utf8[i + 1] == 0x21, utf8[i + 2] == 0x5B else { i += 1; continue }
            var j = i + 3
            while j + 1 < utf8.count, j - i < Self.longestMarker, utf8[j] != 0x3C, utf8[j] != 0x3E,
                  !(utf8[j] == 0x5D && utf8[j + 1] == 0x3E) { j += 1 }
            guard j + 1 < utf8.count, utf8[j] == 0x5D, utf8[j + 1] == 0x3E, j + 1 >= chunkStart,
                  Self.isConditionalKeyword(utf8[(i + 3)..<j]) else { i += 1; continue }
            utf8.removeSubrange(i..<(j + 2))
            records[node].length -= Int32(j + 2 - i)
        }
    }

    /// "if !vml", "if gte mso 9", "endif" (any case).
    private static func isConditionalKeyword(_ s: ArraySlice<UInt8>) -> Bool {
        let lower = s.map { $0 | 0x20 }
        if lower.elementsEqual("endif".utf8) { return true }
        guard lower.count > 3, lower.starts(with: "if".utf8) else { return false }
        let next = s[s.startIndex + 2]
        return next == 0x20 || next == 0x21 || next == 0x28
    }

    mutating func comment(_ bytes: UnsafeBufferPointer<UInt8>) {
        pendingText = -1
        guard !stopped, utf8.count + bytes.count < Int(Int32.max) else { return }
        let index = append(.comment, parent: open[open.count - 1], value: Int32(utf8.count))
        records[Int(index)].length = Int32(bytes.count)
        utf8.append(contentsOf: bytes)
    }

    /// A node the tree does not keep (a processing instruction) still separates text nodes, and
    /// counts as the document's first child.
    mutating func otherNode() {
        pendingText = -1
        if open.count == 1, case .none = firstTopLevel { firstTopLevel = .other }
    }

    /// A `<!DOCTYPE>`: libxml2 puts it first among the document's children, wherever it appears.
    mutating func doctype() {
        pendingText = -1
        if !stopped { firstTopLevel = .other }
    }

    /// Ends the text node being grown (the next character event starts a new one).
    mutating func breakText() {
        pendingText = -1
    }

    func finish() -> HTMLDocument {
        var document = HTMLDocument(records: records, names: names, utf8: utf8, attributeStore: attributes, warnings: [])
        if flattened > 0 {
            document.warnings.append("nesting deeper than \(maxDepth) elements flattened (\(flattened) elements)")
        }
        if stopped {
            document.warnings.append("parser stopped early, the rest of the page is lost: "
                + "more than \(stopDepth) nested elements")
        }
        return document
    }

    private mutating func append(_ kind: HTMLDocument.Kind, parent: Int32, value: Int32) -> Int32 {
        let index = Int32(records.count)
        records.append(.init(kind: kind, parent: parent, depth: records[Int(parent)].depth + 1, value: value))
        lastChild.append(-1)
        let previous = lastChild[Int(parent)]
        if previous >= 0 {
            records[Int(previous)].nextSibling = index
        } else {
            records[Int(parent)].firstChild = index
        }
        lastChild[Int(parent)] = index
        if parent == 0, case .none = firstTopLevel { firstTopLevel = kind == .element ? .element(index) : .other }
        return index
    }

    private mutating func nameID(_ p: UnsafePointer<UInt8>) -> Int32 {
        if let known = nameIDByPointer[p] { return known }
        // libxml2's tree keeps the local part of a prefixed name (`xmlSplitQName`): Word's
        // `<o:p>` is a `p` element there, and so it is here.
        var name = String(cString: p)
        if let colon = name.firstIndex(of: ":"), colon != name.startIndex, name.index(after: colon) != name.endIndex {
            name = String(name[name.index(after: colon)...])
        }
        let id: Int32
        if let known = nameIDs[name] {
            id = known
        } else {
            id = Int32(names.count)
            names.append(name)
            nameIDs[name] = id
        }
        nameIDByPointer[p] = id
        return id
    }

    /// Lowercase attribute name (libxml2 2.9 already folds ASCII; `lowercased()` runs once per name).
    private mutating func attributeName(_ p: UnsafePointer<UInt8>) -> String {
        if let known = attributeNameByPointer[p] { return known }
        let name = String(cString: p).lowercased()
        attributeNameByPointer[p] = name
        return name
    }
}
