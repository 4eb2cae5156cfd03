import CLibXML2

/// libxml2's HTML SAX callbacks, feeding a `TreeBuilder` directly: libxml2 never builds (or
/// frees) a DOM of its own.
///
/// No globals: the callbacks are C function pointers without captures; each finds the builder
/// through the parser context it is handed (`userData` is the context itself, whose `_private`
/// field holds the builder's address for the duration of the parse).
enum SAXEvents {
    /// Replaces the context's (DOM-building) handler with ours and points `_private` at `builder`.
    static func install(in ctxt: htmlParserCtxtPtr, builder: UnsafeMutablePointer<TreeBuilder>) {
        var handler = htmlSAXHandler()
        handler.initialized = ctxt.pointee.sax.pointee.initialized
        handler.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
            let builder = SAXEvents.builder(ctxt)
            guard let element = builder.pointee.startElement(name) else {
                if builder.pointee.stopped { xmlStopParser(ctxt) }
                return
            }
            guard let atts else { return }
            var i = 0
            while let attribute = atts[i] {
                let value: String
                if let v = atts[i + 1] {
                    value = String(cString: v)
                } else {
                    // As libxml2's DOM builder does: `<input disabled>` → disabled="disabled".
                    value = htmlIsBooleanAttr(attribute) != 0 ? String(cString: attribute) : ""
                }
                builder.pointee.addAttribute(attribute, value: value, to: element)
                i += 2
            }
        }
        handler.endElement = { ctx, _ in
            guard let ctx else { return }
            SAXEvents.builder(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.endElement()
        }
        handler.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            SAXEvents.builder(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee
                .characters(UnsafeBufferPointer(start: ch, count: Int(len)), cdata: false)
        }
        handler.cdataBlock = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            SAXEvents.builder(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee
                .characters(UnsafeBufferPointer(start: ch, count: Int(len)), cdata: true)
        }
        handler.comment = { ctx, value in
            guard let ctx, let value else { return }
            let bytes = UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
            SAXEvents.builder(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.comment(bytes)
        }
        handler.processingInstruction = { ctx, _, _ in
            guard let ctx else { return }
            SAXEvents.builder(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.otherNode()
        }
        handler.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            SAXEvents.builder(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.doctype()
        }
        ctxt.pointee.sax.pointee = handler
        ctxt.pointee.userData = UnsafeMutableRawPointer(ctxt)
        ctxt.pointee._private = UnsafeMutableRawPointer(builder)
    }

    private static func builder(_ ctxt: UnsafeMutablePointer<xmlParserCtxt>) -> UnsafeMutablePointer<TreeBuilder> {
        ctxt.pointee._private.assumingMemoryBound(to: TreeBuilder.self)
    }
}
