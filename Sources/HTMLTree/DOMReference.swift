import CLibXML2

/// The reference the SAX path is held to: libxml2 builds its own DOM (its default SAX2 tree
/// builder), which is then walked into a `TreeBuilder`. Twice the work, so only tests use it,
/// to prove that `HTMLParser.parse` gives exactly the tree libxml2 itself would build (node
/// order, text merging, implied elements, attributes).
enum DOMReference {
    static func parse(_ bytes: [UInt8], encoding: String = "UTF-8", limits: HTMLParser.Limits = .default) -> HTMLDocument? {
        HTMLParser.initialise()
        return bytes.withUnsafeBufferPointer { buffer -> HTMLDocument? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let ctxt = htmlNewParserCtxt() else { return nil }
                defer { htmlFreeParserCtxt(ctxt) }
                guard let doc = htmlCtxtReadMemory(ctxt, base, Int32(buffer.count), nil, encoding, HTMLParser.options) else {
                    return nil
                }
                defer { xmlFreeDoc(doc) }
                var builder = TreeBuilder(maxDepth: limits.maxDepth, stopDepth: Int.max, expectedBytes: buffer.count)
                walk(doc, into: &builder)
                return builder.finish()
            }
        }
    }

    /// Replays the DOM as parse events, iteratively.
    private static func walk(_ doc: htmlDocPtr, into builder: inout TreeBuilder) {
        var cNode: xmlNodePtr? = doc.pointee.children
        var depth = 0
        while let node = cNode {
            var entered = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if let element = builder.startElement(node.pointee.name) {
                    var attr = node.pointee.properties
                    while let a = attr {
                        var value: [UInt8] = []
                        var child = a.pointee.children
                        while let c = child {
                            if let content = c.pointee.content { value += UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))) }
                            child = c.pointee.next
                        }
                        builder.addAttribute(a.pointee.name, value: String(decoding: value, as: UTF8.self), to: element)
                        attr = a.pointee.next
                    }
                }
                entered = true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                builder.breakText()
                if let content = node.pointee.content {
                    builder.characters(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))),
                                       cdata: node.pointee.type == XML_CDATA_SECTION_NODE)
                }
            case XML_COMMENT_NODE:
                if let content = node.pointee.content {
                    builder.comment(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
            case XML_DTD_NODE:
                builder.doctype()
            default:
                builder.otherNode()
            }
            if entered, let child = node.pointee.children {
                depth += 1
                cNode = child
                continue
            }
            if entered { builder.endElement() }
            var current = node
            cNode = nil
            while true {
                if let next = current.pointee.next {
                    cNode = next
                    break
                }
                guard depth > 0, let up = current.pointee.parent else { break }
                depth -= 1
                builder.endElement()
                current = up
            }
        }
    }
}
