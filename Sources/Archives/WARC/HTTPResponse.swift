/// An HTTP/1.x response read from a WARC `response` block.
public struct HTTPResponse: Sendable {
    /// e.g. `HTTP/1.1`.
    public var version: String
    public var status: Int
    public var reason: String
    /// Header fields in order, names as written.
    public var headers: [(name: String, value: String)]
    /// The payload with `Transfer-Encoding: chunked` and `Content-Encoding` (gzip, deflate) undone.
    public var body: [UInt8]
    /// Where the body starts in the record block (before any decoding).
    public var bodyOffset = 0
    /// Problems that did not stop reading (an unknown content coding, a bad chunk, ...).
    public var warnings: [String] = []

    /// The first value of header `name` (case-insensitive).
    public subscript(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }

    /// The media type of `Content-Type`, lower-cased, without parameters (`text/html`).
    public var mediaType: String? {
        self["Content-Type"].map { MediaType.essence(of: $0) }
    }

    /// Parses `block` (status line, headers, blank line, body); with `headOnly` the body is left empty.
    public static func parse(_ block: [UInt8], bodyLimit: Int = 256 << 20, headOnly: Bool = false) throws(WARCError) -> HTTPResponse {
        guard let headEnd = HeaderScanner.endOfHead(in: block, from: 0) else {
            throw .notHTTP("no end of the HTTP header")
        }
        let lines = HeaderScanner.lines(block[0..<headEnd.contentEnd])
        guard let statusLine = lines.first else { throw .notHTTP("empty HTTP header") }
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            throw .notHTTP("bad status line '\(statusLine.prefix(80))'")
        }
        var response = HTTPResponse(version: String(parts[0]), status: status,
                                    reason: parts.count > 2 ? String(parts[2]) : "",
                                    headers: HeaderScanner.fields(lines.dropFirst()), body: [])
        response.bodyOffset = headEnd.bodyStart
        if headOnly { return response }
        var body = Array(block[headEnd.bodyStart...])
        let transfer = (response["Transfer-Encoding"] ?? "").lowercased()
        if transfer.contains("chunked") {
            do { body = try Dechunker.dechunk(body, limit: bodyLimit) } catch {
                response.warnings.append("chunked body unreadable (\(error)); kept as stored")
            }
        }
        let coding = (response["Content-Encoding"] ?? "").lowercased().trimmingSpaces()
        switch coding {
        case "", "identity": break
        case "gzip", "x-gzip", "deflate":
            do { body = try ContentDecoder.decode(body, limit: bodyLimit) } catch {
                response.warnings.append("Content-Encoding \(coding) could not be undone: \(error)")
            }
        default:
            response.warnings.append("Content-Encoding \(coding) is not supported; body kept encoded")
        }
        if body.count > bodyLimit { throw .notHTTP("body over the \(bodyLimit)-byte limit") }
        response.body = body
        return response
    }
}

/// Undoes gzip / zlib / raw-deflate content codings (servers mislabel them; try each).
public enum ContentDecoder {
    public static func decode(_ body: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        if body.isEmpty { return body }
        do {
            return try Gzip.decompress(body, limit: limit)
        } catch let error where error != .tooLarge(limit: limit) {
            var raw = try Inflater(format: .raw)
            var out: [UInt8] = []
            let (_, ended) = try raw.inflate(body[...], into: &out, limit: limit)
            if !ended && out.isEmpty { throw error }
            return out
        }
    }
}

/// `Transfer-Encoding: chunked` decoding.
enum Dechunker {
    enum Failure: Error { case malformed, tooLarge }

    static func dechunk(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var size = 0, digits = 0
            while i < bytes.count, let digit = hexValue(bytes[i]) {
                size = size * 16 + digit
                digits += 1
                if digits > 15 { throw Failure.malformed }
                i += 1
            }
            guard digits > 0 else { throw Failure.malformed }
            while i < bytes.count && bytes[i] != 10 { i += 1 }  // chunk extensions, CR
            i += 1
            if size == 0 { return out }
            guard i + size <= bytes.count else {
                out += bytes[min(i, bytes.count)...]  // truncated last chunk: keep what is there
                return out
            }
            out += bytes[i..<(i + size)]
            if out.count > limit { throw Failure.tooLarge }
            i += size
            if i < bytes.count && bytes[i] == 13 { i += 1 }
            if i < bytes.count && bytes[i] == 10 { i += 1 }
        }
        return out
    }

    private static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 48...57: return Int(b - 48)
        case 65...70: return Int(b - 55)
        case 97...102: return Int(b - 87)
        default: return nil
        }
    }
}

/// Media-type helpers shared by the crawler and the WARC input.
public enum MediaType {
    /// `Text/HTML; charset=UTF-8` → `text/html`.
    public static func essence(of contentType: String) -> String {
        let head = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return head.trimmingSpaces().lowercased()
    }

    /// The `charset` parameter, if any (unquoted, as written).
    public static func charset(of contentType: String) -> String? {
        for part in contentType.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "charset" else { continue }
            var value = pair[1].trimmingSpaces()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// True for the types the crawler keeps and ingest reads: `text/html`, `application/xhtml+xml`.
    public static func isHTML(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let type = essence(of: contentType)
        return type == "text/html" || type == "application/xhtml+xml"
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
        return String(s)
    }
}
