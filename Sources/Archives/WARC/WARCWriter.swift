#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends WARC/1.1 records to a file, each record its own gzip member (or uncompressed).
///
/// One member per record lets readers seek to any record and lets an interrupted file be cut
/// back to its last complete record (`WARCRepair`). Each `write` issues the bytes of whole
/// records in one go; `sync()` flushes them to disk.
public final class WARCWriter {
    public let path: String
    public let compress: Bool
    private let fd: Int32
    /// The file size (offset where the next record will start).
    public private(set) var offset: Int

    /// Opens (creating if needed) `path` for appending. Symbolic links are refused.
    public init(path: String, compress: Bool = true) throws(WARCError) {
        self.path = path
        self.compress = compress
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw .io(path: path, message: String(cString: strerror(errno))) }
        let end = lseek(fd, 0, SEEK_END)
        offset = end < 0 ? 0 : Int(end)
    }

    deinit { close(fd) }

    /// Writes `records` (in order) and returns the offset at which each one starts.
    @discardableResult
    public func write(_ records: [WARCRecord]) throws(WARCError) -> [Int] {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for record in records {
            offsets.append(offset + bytes.count)
            let plain = record.serialised()
            if compress {
                do { bytes += try Gzip.compress(plain) } catch { throw .compression(offset: offset, error) }
            } else {
                bytes += plain
            }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, message: String(cString: strerror(errno)))
            }
            written += n
        }
        offset += bytes.count
        return offsets
    }

    /// Flushes written records to stable storage.
    public func sync() { fsync(fd) }
}

/// Builds the standard records (ids, dates, digests) the crawler writes.
public enum WARCRecordFactory {
    /// `<urn:uuid:…>` from the system random source (UUID version 4).
    public static func newRecordID() -> String {
        var rng = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }
        let groups = [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }
        return "<urn:uuid:\(groups.joined(separator: "-"))>"
    }

    /// The current time as a WARC-Date (`2026-11-29T13:40:05.123456Z`, UTC, microseconds).
    public static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var seconds = ts.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ v: Int32, _ n: Int) -> String { String(v).leftPadded(to: n) }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))."
            + "\(String(ts.tv_nsec / 1000).leftPadded(to: 6))Z"
    }

    /// A `warcinfo` record describing the crawler and its settings.
    public static func warcinfo(filename: String, fields: [(String, String)]) -> WARCRecord {
        var text = ""
        for (name, value) in fields { text += "\(name): \(value)\r\n" }
        return WARCRecord(headers: [
            ("WARC-Type", "warcinfo"), ("WARC-Record-ID", newRecordID()), ("WARC-Date", now()),
            ("WARC-Filename", filename), ("Content-Type", "application/warc-fields"),
        ], block: Array(text.utf8))
    }

    /// A `request` / `response` pair for one HTTP exchange (response first in the returned array,
    /// so a reader that sees the response knows the exchange is complete only with its request).
    ///
    /// - Parameters:
    ///   - requestHead: the request line and headers, ending with the blank line.
    ///   - responseHead: the status line and headers, ending with the blank line.
    ///   - payload: the body as received (still content-encoded, transfer coding removed).
    public static func exchange(uri: String, date: String, ip: String?, requestHead: [UInt8],
                                responseHead: [UInt8], payload: [UInt8],
                                truncated: String? = nil) -> (request: WARCRecord, response: WARCRecord) {
        let responseID = newRecordID(), requestID = newRecordID()
        var block = responseHead
        block += payload
        var responseHeaders: [(name: String, value: String)] = [
            ("WARC-Type", "response"), ("WARC-Record-ID", responseID), ("WARC-Date", date),
            ("WARC-Target-URI", uri),
        ]
        if let ip { responseHeaders.append(("WARC-IP-Address", ip)) }
        responseHeaders += [
            ("WARC-Concurrent-To", requestID),
            ("WARC-Block-Digest", SHA1.warcDigest(block)),
            ("WARC-Payload-Digest", SHA1.warcDigest(payload)),
            ("Content-Type", "application/http;msgtype=response"),
        ]
        if let truncated { responseHeaders.append(("WARC-Truncated", truncated)) }
        let request = WARCRecord(headers: [
            ("WARC-Type", "request"), ("WARC-Record-ID", requestID), ("WARC-Date", date),
            ("WARC-Target-URI", uri), ("WARC-Concurrent-To", responseID),
            ("WARC-Block-Digest", SHA1.warcDigest(requestHead)),
            ("Content-Type", "application/http;msgtype=request"),
        ], block: requestHead)
        return (request, WARCRecord(headers: responseHeaders, block: block))
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
