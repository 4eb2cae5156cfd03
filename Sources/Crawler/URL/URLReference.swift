/// The five parts of a URI reference (RFC 3986 appendix B), without interpretation.
struct URLReference {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?

    init(_ text: String) {
        var rest = Substring(text)
        // scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
        if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isASCII, first.isLetter,
           rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        // Browsers treat backslashes in http(s) URLs as slashes.
        if scheme == nil || ["http", "https"].contains(scheme!.lowercased()) {
            rest = Substring(String(rest.map { $0 == "\\" ? "/" : $0 }))
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        path = String(rest)
    }

    /// RFC 3986 §5.2.4 (segment-wise, linear time).
    static func removeDotSegments<S: StringProtocol>(_ path: S) -> String {
        guard path.contains(".") else { return String(path) }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let absolute = path.hasPrefix("/")
        for (i, segment) in segments.enumerated() {
            if absolute && i == 0 { continue }
            let last = i == segments.count - 1
            switch segment {
            case ".", "%2e", "%2E":
                if last { output.append("") }
            case "..", ".%2e", ".%2E", "%2e.", "%2E.", "%2e%2e", "%2E%2E":
                if !output.isEmpty { output.removeLast() }
                if last { output.append("") }
            default:
                output.append(Substring(segment))
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }
}

/// Percent-encoding normalisation for paths and queries.
enum PercentEncoding {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Upper-cases existing escapes and encodes bytes not allowed in a path or query.
    static func normalise(_ text: String, allowQuestionMark: Bool) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%"), i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) {
                out += [b, upper(bytes[i + 1]), upper(bytes[i + 2])]
                i += 3
                continue
            }
            if allowed(b) || (allowQuestionMark && b == UInt8(ascii: "?")) {
                out.append(b)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (48...57).contains(b) || (65...70).contains(b) || (97...102).contains(b)
    }

    private static func upper(_ b: UInt8) -> UInt8 { (97...102).contains(b) ? b - 32 : b }

    /// unreserved / sub-delims / ":" / "@" / "/" (RFC 3986 pchar plus "/").
    private static func allowed(_ b: UInt8) -> Bool {
        switch b {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39: return true
        default: return "-._~!$&'()*+,;=:@/".utf8.contains(b)
        }
    }
}
