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
        /// Elements nested deeper than this are flattened into their ancestor at this depth; the
        /// parse stops (keeping what it has) past `HTMLParser.stopDepth(for:)` of this depth.
        public var maxDepth: Int

        public init(maxBytes: Int = 64 << 20, maxDepth: Int = 512) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }

        public static let `default` = Limits()
    }

    /// Nesting past a quarter more than `maxDepth` stops the parse (see `TreeBuilder`): libxml2
    /// compares every end tag with its whole stack of open elements, so the stack must stay
    /// short. Measured (release, one core): 8 MB of stray `</b>` take 4.4 s under 636 open
    /// elements, 2.4 s under 250 (where the former DOM path stopped), 16 s under 2,040.
    static func stopDepth(for maxDepth: Int) -> Int { maxDepth + maxDepth / 4 }

    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    private static let initialised: Bool = {
        xmlInitParser()
        clibxml2_silence()
        return true
    }()

    static func initialise() { _ = initialised }

    /// Parses `bytes`, which are in `encoding` (an IANA name libxml2 knows; normally "UTF-8").
    ///
    /// The tree is built straight from libxml2's SAX events (no libxml2 DOM is built or freed).
    /// Elements nested deeper than `limits.maxDepth` are flattened (with a warning); past
    /// `stopDepth(for:)` open elements, the parse stops there (with a warning) and keeps what it has.
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8", url: String? = nil,
                             limits: Limits = .default) throws(HTMLParseError) -> HTMLDocument {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes: bytes.count, limit: Int(Int32.max)) }
        initialise()
        let maxDepth = max(1, limits.maxDepth)
        let stopDepth = stopDepth(for: maxDepth)
        return try bytes.withUnsafeBufferPointer { page throws(HTMLParseError) -> HTMLDocument in
            // Script and style bodies are taken out (and put back by the SAX handler) only when
            // libxml2 reads the page byte for byte as we do: UTF-8, valid, no NUL.
            if isUTF8(encoding), let elider = RawTextElider(page), RawTextElider.isValidUTF8(page) {
                let document = try elider.elided.withUnsafeBufferPointer { elided throws(HTMLParseError) in
                    try run(elided, original: page, bodies: elider.bodies, encoding: encoding, url: url,
                            maxDepth: maxDepth, stopDepth: stopDepth)
                }
                if let document { return document }
            }
            guard let document = try run(page, original: page, bodies: [], encoding: encoding, url: url,
                                         maxDepth: maxDepth, stopDepth: stopDepth) else { throw .parserFailed }
            return document
        }
    }

    /// One SAX parse of `bytes`; nil when a script or style body taken out of `original` was not
    /// claimed by libxml2 where expected (the caller then parses the page as it is).
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>,
                            bodies: [RawTextElider.Body], encoding: String, url: String?,
                            maxDepth: Int, stopDepth: Int) throws(HTMLParseError) -> HTMLDocument? {
        var context = SAXContext(builder: TreeBuilder(maxDepth: maxDepth, stopDepth: stopDepth, expectedBytes: original.count))
        context.bodies = bodies
        context.original = original
        var stopReason: String?
        let parsed: Bool = withUnsafeMutablePointer(to: &context) { contextPointer in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { base in
                guard let ctxt = htmlNewParserCtxt() else { return false }
                defer { htmlFreeParserCtxt(ctxt) }
                SAXEvents.install(in: ctxt, context: contextPointer)
                // Without a startDocument handler libxml2 creates no document; free one anyway.
                if let doc = htmlCtxtReadMemory(ctxt, base, Int32(bytes.count), url, encoding, options) {
                    xmlFreeDoc(doc)
                }
                // libxml2 halts (keeping what it built) on fatal conditions of its own.
                if ctxt.pointee.disableSAX != 0, !contextPointer.pointee.builder.stopped,
                   !contextPointer.pointee.missedBody, let message = ctxt.pointee.lastError.message {
                    stopReason = String(cString: message).trimmingWhitespace()
                }
                return true
            }
        }
        guard parsed else { throw .parserFailed }
        guard !context.missedBody, context.nextBody == bodies.count else { return nil }
        var document = context.builder.finish()
        if let stopReason {
            document.warnings.append("parser stopped early, the rest of the page is lost: \(stopReason)")
        }
        return document
    }

    /// The script/style-eliding parse alone (nil when it does not apply or fell back), for tests.
    static func elidedParse(_ bytes: [UInt8], limits: Limits = .default) -> HTMLDocument? {
        initialise()
        return bytes.withUnsafeBufferPointer { page -> HTMLDocument? in
            guard let elider = RawTextElider(page), RawTextElider.isValidUTF8(page) else { return nil }
            return elider.elided.withUnsafeBufferPointer { elided in
                try? run(elided, original: page, bodies: elider.bodies, encoding: "UTF-8", url: nil,
                         maxDepth: limits.maxDepth, stopDepth: stopDepth(for: limits.maxDepth)) ?? nil
            }
        }
    }

    private static func isUTF8(_ encoding: String) -> Bool {
        let e = encoding.lowercased()
        return e == "utf-8" || e == "utf8"
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
