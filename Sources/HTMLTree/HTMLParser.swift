import CLibXML2

/// Why a page could not be parsed at all.
public enum HTMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case parserFailed

    public var description: String {
        switch self {
        case .empty: return "the page is empty"
        case let .tooLarge(bytes, limit): return "the page is \(bytes) bytes, over the \(limit)-byte limit"
        case .parserFailed: return "libxml2 could not build a document from the page"
        }
    }
}

/// Parses HTML with libxml2's forgiving HTML parser into an immutable `HTMLDocument`.
///
/// The encoding must be decided before this call (see Ingest's encoding detection): libxml2
/// guesses badly on undeclared Arabic. External entities are never expanded and the network is
/// never touched.
public enum HTMLParser {
    public struct Limits: Sendable {
        /// Larger inputs are refused with `HTMLParseError.tooLarge`.
        public var maxBytes: Int
        /// Elements nested deeper than this are flattened into their ancestor at this depth.
        public var maxDepth: Int

        public init(maxBytes: Int = 64 << 20, maxDepth: Int = 512) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }

        public static let `default` = Limits()
    }

    private static let initialised: Bool = {
        xmlInitParser()
        clibxml2_silence()
        return true
    }()

    /// Parses `bytes`, which are in `encoding` (an IANA name libxml2 knows; normally "UTF-8").
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8", url: String? = nil,
                             limits: Limits = .default) throws(HTMLParseError) -> HTMLDocument {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes: bytes.count, limit: Int(Int32.max)) }
        _ = initialised
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        var stopReason: String?
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let ctxt = htmlNewParserCtxt() else { return nil }
                defer { htmlFreeParserCtxt(ctxt) }
                let doc = htmlCtxtReadMemory(ctxt, base, Int32(buffer.count), url, encoding, options)
                // libxml2 halts (keeping what it built) on fatal conditions such as excessive depth.
                if ctxt.pointee.disableSAX != 0, let message = ctxt.pointee.lastError.message {
                    stopReason = String(cString: message).trimmingWhitespace()
                }
                return doc
            }
        }
        guard let doc else { throw .parserFailed }
        defer { xmlFreeDoc(doc) }
        var builder = TreeBuilder(maxDepth: limits.maxDepth)
        var document = builder.build(from: doc)
        if let stopReason {
            document.warnings.append("parser stopped early, the rest of the page is lost: \(stopReason)")
        }
        return document
    }
}

/// Copies a libxml2 tree into flat Swift arrays, iteratively (no recursion, so deep pages are safe).
private struct TreeBuilder {
    let maxDepth: Int
    var records: [HTMLDocument.Record] = []
    var attributes: [HTMLDocument.Attribute] = []
    var flattened = 0
    /// Element and attribute names come from libxml2's dictionary: one `String` per distinct
    /// pointer instead of one per node (the tree, and so every pointer, lives through the build).
    var elementNames: [UnsafePointer<xmlChar>: String] = [:]
    var attributeNames: [UnsafePointer<xmlChar>: String] = [:]

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    mutating func build(from doc: htmlDocPtr) -> HTMLDocument {
        records.reserveCapacity(1024)
        elementNames.reserveCapacity(128)
        attributeNames.reserveCapacity(128)
        records.append(.init(kind: .document, parent: -1, depth: 0, value: ""))
        // Walk the C tree with an explicit cursor; `stack.last` is the Swift parent of the current level.
        var stack: [Int32] = [0]
        var cNode: xmlNodePtr? = doc.pointee.children
        while let node = cNode {
            let parentIndex = stack[stack.count - 1]
            var childParent: Int32?
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if Int(records[Int(parentIndex)].depth) + 1 > maxDepth {
                    // Too deep: keep the text, drop the element boundary.
                    flattened += 1
                    childParent = parentIndex
                } else {
                    let index = append(.element, parent: parentIndex, value: elementName(node.pointee.name))
                    addAttributes(node, to: index)
                    childParent = index
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    _ = append(.text, parent: parentIndex, value: String(cString: content))
                }
            case XML_COMMENT_NODE:
                if let content = node.pointee.content {
                    _ = append(.comment, parent: parentIndex, value: String(cString: content))
                }
            default:
                break
            }
            if let childParent, let child = node.pointee.children {
                stack.append(childParent)
                cNode = child
                continue
            }
            var current = node
            cNode = nil
            while true {
                if let next = current.pointee.next {
                    cNode = next
                    break
                }
                guard stack.count > 1, let up = current.pointee.parent else { break }
                stack.removeLast()
                current = up
            }
        }
        var document = HTMLDocument(records: records, attributeStore: attributes, warnings: [])
        if flattened > 0 {
            document.warnings.append("nesting deeper than \(maxDepth) elements flattened (\(flattened) elements)")
        }
        return document
    }

    private mutating func append(_ kind: HTMLDocument.Kind, parent: Int32, value: String) -> Int32 {
        let index = Int32(records.count)
        let depth = records[Int(parent)].depth + 1
        records.append(.init(kind: kind, parent: parent, depth: depth, value: value))
        if records[Int(parent)].lastChild >= 0 {
            records[Int(records[Int(parent)].lastChild)].nextSibling = index
        } else {
            records[Int(parent)].firstChild = index
        }
        records[Int(parent)].lastChild = index
        return index
    }

    private mutating func addAttributes(_ node: xmlNodePtr, to index: Int32) {
        var attr = node.pointee.properties
        let start = Int32(attributes.count)
        while let a = attr {
            let name = attributeName(a.pointee.name)
            var value = ""
            if let only = a.pointee.children, only.pointee.next == nil {
                // The usual case: one text child, no concatenation.
                if let content = only.pointee.content { value = String(cString: content) }
            } else {
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
            }
            attributes.append(.init(name: name, value: value))
            attr = a.pointee.next
        }
        records[Int(index)].attributeStart = start
        records[Int(index)].attributeCount = Int32(attributes.count) - start
    }

    private mutating func elementName(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        if let known = elementNames[p] { return known }
        let name = String(cString: p)
        elementNames[p] = name
        return name
    }

    /// Lowercase attribute name (libxml2 2.9 already folds ASCII; `lowercased()` runs once per name).
    private mutating func attributeName(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        if let known = attributeNames[p] { return known }
        let name = String(cString: p).lowercased()
        attributeNames[p] = name
        return name
    }

}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
