/// An absolute, normalised http(s) URL: the crawler's unit of identity and de-duplication.
///
/// Normalisation (RFC 3986 §6.2.2–6.2.3): scheme and host lower-cased, default port dropped,
/// fragment and user info removed, dot segments resolved, empty path → `/`, percent-escapes
/// upper-cased, bytes that are not allowed in a URL percent-encoded. The query is kept as
/// written, parameter order included (reordering can change what a server returns).
public struct CrawlURL: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let scheme: String
    public let host: String
    public let port: Int?
    /// Starts with `/`.
    public let path: String
    /// Without the `?`; nil when there is no `?` at all.
    public let query: String?

    /// The full normalised URL.
    public var description: String { origin + pathAndQuery }
    /// `scheme://host[:port]`: the unit of politeness and robots.txt.
    public var origin: String { "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "") }
    /// The request target: path plus `?query`.
    public var pathAndQuery: String { path + (query.map { "?" + $0 } ?? "") }
    /// `host[:port]` for the Host header.
    public var authority: String { host + (port.map { ":\($0)" } ?? "") }
    /// The port connected to.
    public var effectivePort: Int { port ?? (scheme == "https" ? 443 : 80) }
    /// The host without IPv6 brackets, for name resolution.
    public var bareHost: String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    public static func < (a: CrawlURL, b: CrawlURL) -> Bool { a.description < b.description }

    /// Parses `text`, resolving it against `base` when it is relative (RFC 3986 §5.2).
    public init(_ text: String, relativeTo base: CrawlURL? = nil) throws(CrawlError) {
        // WHATWG: strip leading/trailing C0 and space, remove tabs and newlines inside.
        var cleaned = String(text.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        while let f = cleaned.unicodeScalars.first, f.value <= 0x20 { cleaned.unicodeScalars.removeFirst() }
        while let l = cleaned.unicodeScalars.last, l.value <= 0x20 { cleaned.unicodeScalars.removeLast() }
        guard !cleaned.isEmpty || base != nil else { throw .badURL(text, reason: "empty") }
        if let hash = cleaned.firstIndex(of: "#") { cleaned = String(cleaned[..<hash]) }
        let ref = URLReference(cleaned)
        let scheme: String, authority: String, path: String, query: String?
        if let s = ref.scheme {
            scheme = s.lowercased()
            guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme, url: text) }
            guard let a = ref.authority, !a.isEmpty else { throw .badURL(text, reason: "no host") }
            authority = a
            path = URLReference.removeDotSegments(ref.path)
            query = ref.query
        } else {
            guard let base else { throw .badURL(text, reason: "relative URL without a base") }
            scheme = base.scheme
            if let a = ref.authority {
                authority = a
                path = URLReference.removeDotSegments(ref.path)
                query = ref.query
            } else {
                authority = base.authority
                if ref.path.isEmpty {
                    path = base.path
                    query = ref.query ?? base.query
                } else if ref.path.hasPrefix("/") {
                    path = URLReference.removeDotSegments(ref.path)
                    query = ref.query
                } else {
                    let dir = base.path[..<(base.path.lastIndex(of: "/") ?? base.path.startIndex)]
                    path = URLReference.removeDotSegments(dir + "/" + ref.path)
                    query = ref.query
                }
            }
        }
        let (host, port) = try Self.splitAuthority(authority, original: text)
        self.scheme = scheme
        self.host = host
        self.port = (port == 80 && scheme == "http") || (port == 443 && scheme == "https") ? nil : port
        self.path = PercentEncoding.normalise(path.isEmpty ? "/" : path, allowQuestionMark: false)
        self.query = query.map { PercentEncoding.normalise($0, allowQuestionMark: true) }
    }

    private static func splitAuthority(_ authority: String, original: String) throws(CrawlError) -> (String, Int?) {
        var hostPort = Substring(authority)
        if let at = hostPort.lastIndex(of: "@") { hostPort = hostPort[hostPort.index(after: at)...] }
        var host = hostPort, portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw .badURL(original, reason: "unclosed IPv6 literal") }
            host = hostPort[...close]
            let rest = hostPort[hostPort.index(after: close)...]
            if rest.hasPrefix(":") { portText = rest.dropFirst() }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = hostPort[..<colon]
            portText = hostPort[hostPort.index(after: colon)...]
        }
        var port: Int?
        if let portText, !portText.isEmpty {
            guard let p = Int(portText), (1...65535).contains(p) else { throw .badURL(original, reason: "bad port '\(portText)'") }
            port = p
        }
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty else { throw .badURL(original, reason: "no host") }
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && !" /\\?#<>\"{}|^`%".unicodeScalars.contains($0) }) || name.hasPrefix("[") else {
            throw .badURL(original, reason: "host '\(name)' is not an ASCII host name (use its punycode form)")
        }
        return (name, port)
    }
}
