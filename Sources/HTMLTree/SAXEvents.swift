import CLibXML2

/// What the SAX callbacks work on: the tree being built and the script/style bodies taken out
/// of the page before parsing (`RawTextElider`), to be put back as libxml2 opens their elements.
struct SAXContext {
    var builder: TreeBuilder
    var bodies: [RawTextElider.Body] = []
    /// The page as it was before the bodies were taken out (valid while parsing).
    var original = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var nextBody = 0
    /// A body was not claimed where it was taken out: the parse must be redone without elision.
    var missedBody = false
    var scratch: [UInt8] = []

    init(builder: TreeBuilder) {
        self.builder = builder
    }

    /// After libxml2 opened a `script` or `style` element whose start tag ends at `offset`.
    mutating func restoreBody(at offset: Int) {
        guard nextBody < bodies.count else { return }
        let body = bodies[nextBody]
        if offset < body.tagEnd { return }
        guard offset == body.tagEnd else {
            missedBody = true
            return
        }
        nextBody += 1
        RawTextElider.withText(of: body.range, in: original, scratch: &scratch) { text in
            builder.characters(text, cdata: true)
        }
    }
}

/// libxml2's HTML SAX callbacks, feeding a `TreeBuilder` directly: libxml2 never builds (or
/// frees) a DOM of its own.
///
/// No globals: the callbacks are C function pointers without captures; each finds the
/// `SAXContext` through the parser context it is handed (`userData` is the parser context
/// itself, whose `_private` field holds the `SAXContext`'s address for the duration of the parse).
enum SAXEvents {
    /// Replaces the parser context's (DOM-building) handler with ours.
    static func install(in ctxt: htmlParserCtxtPtr, context: UnsafeMutablePointer<SAXContext>) {
        var handler = htmlSAXHandler()
        handler.initialized = ctxt.pointee.sax.pointee.initialized
        handler.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
            let context = SAXEvents.context(ctxt)
            let element = context.pointee.builder.startElement(name)
            if let element, let atts {
                var i = 0
                while let attribute = atts[i] {
                    let value: String
                    if let v = atts[i + 1] {
                        value = String(cString: v)
                    } else {
                        // As libxml2's DOM builder does: `<input disabled>` → disabled="disabled".
                        value = htmlIsBooleanAttr(attribute) != 0 ? String(cString: attribute) : ""
                    }
                    context.pointee.builder.addAttribute(attribute, value: value, to: element)
                    i += 2
                }
            }
            if context.pointee.builder.stopped {
                xmlStopParser(ctxt)
                return
            }
            if context.pointee.nextBody < context.pointee.bodies.count, SAXEvents.isRawText(name),
               let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base {
                context.pointee.restoreBody(at: Int(input.pointee.consumed) + base.distance(to: cur))
                if context.pointee.missedBody { xmlStopParser(ctxt) }
            }
        }
        handler.endElement = { ctx, _ in
            guard let ctx else { return }
            SAXEvents.context(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.builder.endElement()
        }
        handler.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            SAXEvents.context(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.builder
                .characters(UnsafeBufferPointer(start: ch, count: Int(len)), cdata: false)
        }
        handler.cdataBlock = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            SAXEvents.context(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.builder
                .characters(UnsafeBufferPointer(start: ch, count: Int(len)), cdata: true)
        }
        handler.comment = { ctx, value in
            guard let ctx, let value else { return }
            let bytes = UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
            SAXEvents.context(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.builder.comment(bytes)
        }
        handler.processingInstruction = { ctx, _, _ in
            guard let ctx else { return }
            SAXEvents.context(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.builder.otherNode()
        }
        handler.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            SAXEvents.context(ctx.assumingMemoryBound(to: xmlParserCtxt.self)).pointee.builder.doctype()
        }
        ctxt.pointee.sax.pointee = handler
        ctxt.pointee.userData = UnsafeMutableRawPointer(ctxt)
        ctxt.pointee._private = UnsafeMutableRawPointer(context)
    }

    private static func context(_ ctxt: UnsafeMutablePointer<xmlParserCtxt>) -> UnsafeMutablePointer<SAXContext> {
        ctxt.pointee._private.assumingMemoryBound(to: SAXContext.self)
    }

    /// `script` or `style` (libxml2 hands names lowercased).
    private static func isRawText(_ name: UnsafePointer<UInt8>) -> Bool {
        (name[0] == UInt8(ascii: "s") && name[1] == UInt8(ascii: "c") && name[2] == UInt8(ascii: "r") && name[3] == UInt8(ascii: "i")
            && name[4] == UInt8(ascii: "p") && name[5] == UInt8(ascii: "t") && name[6] == 0)
            || (name[0] == UInt8(ascii: "s") && name[1] == UInt8(ascii: "t") && name[2] == UInt8(ascii: "y")
                && name[3] == UInt8(ascii: "l") && name[4] == UInt8(ascii: "e") && name[5] == 0)
    }
}
