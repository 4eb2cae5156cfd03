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
        /// parse stops (keeping what it has) past `HTMLParser.stopDepthFactor` times this depth.
        public var maxDepth: Int

        public init(maxBytes: Int = 64 << 20, maxDepth: Int = 512) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }

        public static let `default` = Limits()
    }

    /// Nesting past this many times `maxDepth` stops the parse (see `TreeBuilder`).
    static let stopDepthFactor = 4

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
    /// `stopDepthFactor` times that, the parse stops there (with a warning) and keeps what it has.
    public static func parse(_ bytes: [UInt8], encoding: String = "UTF-8", url: String? = nil,
                             limits: Limits = .default) throws(HTMLParseError) -> HTMLDocument {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= limits.maxBytes else { throw .tooLarge(bytes: bytes.count, limit: limits.maxBytes) }
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes: bytes.count, limit: Int(Int32.max)) }
        initialise()
        let maxDepth = max(1, limits.maxDepth)
        var builder = TreeBuilder(maxDepth: maxDepth, stopDepth: maxDepth * stopDepthFactor, expectedBytes: bytes.count)
        var stopReason: String?
        let parsed: Bool = withUnsafeMutablePointer(to: &builder) { builderPointer in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    guard let ctxt = htmlNewParserCtxt() else { return false }
                    defer { htmlFreeParserCtxt(ctxt) }
                    SAXEvents.install(in: ctxt, builder: builderPointer)
                    // Without a startDocument handler libxml2 creates no document; free one anyway.
                    if let doc = htmlCtxtReadMemory(ctxt, base, Int32(buffer.count), url, encoding, options) {
                        xmlFreeDoc(doc)
                    }
                    // libxml2 halts (keeping what it built) on fatal conditions of its own.
                    if ctxt.pointee.disableSAX != 0, !builderPointer.pointee.stopped,
                       let message = ctxt.pointee.lastError.message {
                        stopReason = String(cString: message).trimmingWhitespace()
                    }
                    return true
                }
            }
        }
        guard parsed else { throw .parserFailed }
        var document = builder.finish()
        if let stopReason {
            document.warnings.append("parser stopped early, the rest of the page is lost: \(stopReason)")
        }
        return document
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
