/// One WARC record: version line, named fields, and the content block.
///
/// Field names keep their original spelling and order; lookups ignore case (WARC/1.1 §4).
public struct WARCRecord: Sendable {
    /// The record types of WARC/1.1 §6 (others are kept as `.other`).
    public enum RecordType: Sendable, Hashable, CustomStringConvertible {
        case warcinfo, response, resource, request, metadata, revisit, conversion, continuation
        case other(String)

        public init(_ name: String) {
            switch name.lowercased() {
            case "warcinfo": self = .warcinfo
            case "response": self = .response
            case "resource": self = .resource
            case "request": self = .request
            case "metadata": self = .metadata
            case "revisit": self = .revisit
            case "conversion": self = .conversion
            case "continuation": self = .continuation
            default: self = .other(name)
            }
        }

        public var description: String {
            switch self {
            case .warcinfo: return "warcinfo"
            case .response: return "response"
            case .resource: return "resource"
            case .request: return "request"
            case .metadata: return "metadata"
            case .revisit: return "revisit"
            case .conversion: return "conversion"
            case .continuation: return "continuation"
            case let .other(name): return name
            }
        }
    }

    /// `WARC/1.1` or `WARC/1.0`.
    public var version: String
    /// Named fields in file order.
    public var headers: [(name: String, value: String)]
    /// The content block (for `response`: the full HTTP response as received).
    public var block: [UInt8]
    /// True when the reader dropped the end of an oversized block (see `WARCReader.maxBlockBytes`).
    public var blockTruncated = false
    /// Where the record starts in the file (compressed offset for `.warc.gz`), when read from one.
    public var offset: Int?

    public init(version: String = "WARC/1.1", headers: [(name: String, value: String)], block: [UInt8]) {
        self.version = version
        self.headers = headers
        self.block = block
    }

    /// The first value of field `name` (case-insensitive).
    public subscript(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }

    public var type: RecordType { RecordType(self["WARC-Type"] ?? "") }
    public var recordID: String? { self["WARC-Record-ID"] }
    public var targetURI: String? {
        // WARC/1.0 writers sometimes wrap the URI in angle brackets.
        self["WARC-Target-URI"].map { $0.hasPrefix("<") && $0.hasSuffix(">") ? String($0.dropFirst().dropLast()) : $0 }
    }
    /// The `WARC-Date` text (ISO-8601 UTC).
    public var date: String? { self["WARC-Date"] }
    public var contentType: String? { self["Content-Type"] }

    /// True for `application/http` blocks holding a response (what `httpResponse()` can parse).
    public var holdsHTTPResponse: Bool {
        guard type == .response || type == .revisit else { return false }
        let contentType = (self.contentType ?? "").lowercased()
        return contentType.hasPrefix("application/http") && !contentType.contains("msgtype=request")
    }

    /// Parses the block as an HTTP response (status, headers, body with transfer and content
    /// encodings undone).
    public func httpResponse(bodyLimit: Int = 256 << 20, headOnly: Bool = false) throws(WARCError) -> HTTPResponse {
        try HTTPResponse.parse(block, bodyLimit: bodyLimit, headOnly: headOnly)
    }

    /// Serialises the record (without compression): header, blank line, block, two CRLFs.
    public func serialised() -> [UInt8] {
        var head = version + "\r\n"
        for (name, value) in headers where name.lowercased() != "content-length" {
            head += "\(name): \(value)\r\n"
        }
        head += "Content-Length: \(block.count)\r\n\r\n"
        var out = Array(head.utf8)
        out.reserveCapacity(out.count + block.count + 4)
        out += block
        out += [13, 10, 13, 10]
        return out
    }
}

/// Why a WARC file could not be read or written.
public enum WARCError: Error, Sendable, Equatable, CustomStringConvertible {
    case io(path: String, message: String)
    case malformed(offset: Int, message: String)
    case truncated(offset: Int)
    case compression(offset: Int, GzipError)
    case notHTTP(String)

    public var description: String {
        switch self {
        case let .io(path, message): return "\(path): \(message)"
        case let .malformed(offset, message): return "malformed WARC record at offset \(offset): \(message)"
        case let .truncated(offset): return "the WARC file ends inside the record starting at offset \(offset)"
        case let .compression(offset, error): return "gzip error in the WARC at offset \(offset): \(error)"
        case let .notHTTP(message): return "the record does not hold a readable HTTP message: \(message)"
        }
    }
}
