/// One HTML page stored in a WARC `response` record.
public struct WARCPage: Sendable {
    /// The record's WARC-Target-URI.
    public var url: String
    /// The record's WARC-Date.
    public var date: String?
    /// The HTTP `Content-Type` header (charset included, for the encoding decision).
    public var contentType: String?
    public var status: Int
    /// The payload, transfer and content codings undone.
    public var body: [UInt8]
    /// Where the record starts in the file.
    public var offset: Int?
    /// Problems met while reading this record's HTTP message.
    public var warnings: [String]
    /// True when the record was larger than the reader's limit: `body` is then empty.
    public var oversized = false
}

/// The successful (2xx) `text/html` / `application/xhtml+xml` responses of a WARC file, in order,
/// with bounded memory. Other records (requests, robots.txt, feeds, images, errors) are passed over.
public final class WARCPages: Sequence, IteratorProtocol {
    private let reader: WARCReader
    private let maxBodyBytes: Int
    /// Records passed over because they were not HTML pages, and why (counts by reason).
    public private(set) var skipped: [String: Int] = [:]
    /// The error that ended reading early, if any (a truncated file ends the sequence).
    public private(set) var error: WARCError?

    public init(path: String, maxBodyBytes: Int = 64 << 20) throws(WARCError) {
        reader = try WARCReader(path: path, maxBlockBytes: maxBodyBytes + 64 * 1024)
        self.maxBodyBytes = maxBodyBytes
    }

    public func next() -> WARCPage? {
        while true {
            let record: WARCRecord
            do {
                guard let r = try reader.next() else { return nil }
                record = r
            } catch {
                self.error = error
                return nil
            }
            guard record.type == .response, record.holdsHTTPResponse, let url = record.targetURI else {
                skipped[record.type.description, default: 0] += 1
                continue
            }
            guard let http = try? record.httpResponse(bodyLimit: maxBodyBytes, headOnly: record.blockTruncated) else {
                skipped["unreadable HTTP message", default: 0] += 1
                continue
            }
            guard (200...299).contains(http.status) else {
                skipped["HTTP \(http.status)", default: 0] += 1
                continue
            }
            let type = http["Content-Type"]
            // Untyped responses are sniffed: kept if they start like HTML.
            guard MediaType.isHTML(type) || (type == nil && Self.looksLikeHTML(http.body)) else {
                skipped[type.map { MediaType.essence(of: $0) } ?? "untyped", default: 0] += 1
                continue
            }
            return WARCPage(url: url, date: record.date, contentType: type, status: http.status, body: http.body,
                            offset: record.offset, warnings: http.warnings, oversized: record.blockTruncated)
        }
    }

    static func looksLikeHTML(_ body: [UInt8]) -> Bool {
        let head = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head") || head.contains("<body")
    }
}
