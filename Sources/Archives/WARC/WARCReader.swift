/// Reads WARC records one by one from a `.warc` or `.warc.gz` file with bounded memory.
///
/// Works on multi-gigabyte files: only the current record (capped by `maxBlockBytes`) and a
/// read-ahead of a few hundred kilobytes are held. gzip is detected from the content; both one
/// member per record (the norm) and a single member for the whole file are read.
///
/// ```swift
/// let reader = try WARCReader(path: "crawl.warc.gz")
/// while let record = try reader.next() { ... }
/// ```
public final class WARCReader {
    /// Blocks longer than this are cut (the record's `blockTruncated` is set) and the rest skipped.
    public let maxBlockBytes: Int
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    /// Decompressed offset of `buffer[0]`.
    private var bufferBase = 0
    private var finished = false
    /// The file offset just after the last complete record that ended on a gzip member boundary
    /// (for plain files: just after the last complete record). Truncating the file here keeps
    /// every complete record and nothing partial.
    public var lastCompleteOffset: Int {
        resolveEnds()
        return completeOffset
    }
    private var completeOffset: Int
    /// Decompressed offsets of record ends not yet matched to a member boundary.
    private var pendingEnds: [Int] = []
    /// True if the data is gzip-compressed.
    public var isCompressed: Bool { source.compressed }

    private static let maxHeaderBytes = 1 << 20

    /// Opens `path`, optionally starting at `offset` (the start of a record or gzip member).
    public init(path: String, offset: Int = 0, maxBlockBytes: Int = 256 << 20) throws(WARCError) {
        source = try ByteSource(path: path, offset: offset)
        self.maxBlockBytes = maxBlockBytes
        completeOffset = offset
    }

    /// The next record, or nil at the end of the file.
    ///
    /// Throws `.truncated` when the file ends inside a record (an interrupted write), and
    /// `.malformed` / `.compression` for damaged data.
    public func next() throws(WARCError) -> WARCRecord? {
        if finished { return nil }
        // Skip blank lines between records.
        while true {
            while start < buffer.count && (buffer[start] == 13 || buffer[start] == 10) { start += 1 }
            if start < buffer.count { break }
            if !(try fill()) {
                finished = true
                if source.insideMember { throw .truncated(offset: source.memberStart) }
                return nil
            }
        }
        compact()
        let recordPlain = bufferBase + start
        let recordOffset = source.memberOffset(containing: recordPlain)
        // Header.
        var head: (contentEnd: Int, bodyStart: Int)?
        var searchFrom = start
        while true {
            head = HeaderScanner.endOfHead(in: buffer, from: start)
            if head != nil { break }
            if buffer.count - start > Self.maxHeaderBytes {
                throw .malformed(offset: recordOffset, message: "no end of the WARC header in the first MB")
            }
            searchFrom = buffer.count
            if !(try fill()) { throw .truncated(offset: recordOffset) }
        }
        _ = searchFrom
        let lines = HeaderScanner.lines(buffer[start..<head!.contentEnd])
        guard let versionLine = lines.first, versionLine.hasPrefix("WARC/") else {
            let shown = String(decoding: buffer[start..<min(buffer.count, start + 40)], as: UTF8.self)
            throw .malformed(offset: recordOffset, message: "expected 'WARC/1.x', found '\(shown)'")
        }
        let fields = HeaderScanner.fields(lines.dropFirst())
        guard let lengthText = fields.first(where: { $0.name.lowercased() == "content-length" })?.value,
              let length = Int(lengthText), length >= 0 else {
            throw .malformed(offset: recordOffset, message: "missing or bad Content-Length")
        }
        start = head!.bodyStart
        // Block.
        let keep = min(length, maxBlockBytes)
        while buffer.count - start < keep {
            if !(try fill()) { throw .truncated(offset: recordOffset) }
        }
        var record = WARCRecord(version: versionLine, headers: fields, block: Array(buffer[start..<(start + keep)]))
        record.offset = recordOffset
        start += keep
        var skip = length - keep
        if skip > 0 {
            record.blockTruncated = true
            while skip > 0 {
                if start >= buffer.count {
                    buffer.removeAll(keepingCapacity: true)
                    bufferBase += start
                    start = 0
                    if !(try fill()) { throw .truncated(offset: recordOffset) }
                }
                let n = min(skip, buffer.count - start)
                start += n
                skip -= n
            }
        }
        // Trailer: CRLF CRLF (be lenient about what exactly follows).
        var trailer = 0
        while trailer < 4 {
            if start >= buffer.count, !(try fill()) { break }
            guard buffer[start] == 13 || buffer[start] == 10 else { break }
            start += 1
            trailer += 1
        }
        pendingEnds.append(bufferBase + start)
        resolveEnds()
        return record
    }

    /// Matches record ends with gzip member ends (a member's end may be seen after the record's).
    private func resolveEnds() {
        guard !pendingEnds.isEmpty else { return }
        let lastBoundary = source.lastBoundaryPlain
        var kept: [Int] = []
        for end in pendingEnds {
            if let file = source.fileOffset(atPlain: end) {
                completeOffset = file
            } else if end > lastBoundary && source.compressed {
                kept.append(end)
            }
        }
        // A file compressed as one member never matches; keep the list bounded.
        pendingEnds = kept.count > 1024 ? Array(kept.suffix(1024)) : kept
        source.dropBoundaries(before: kept.first ?? (bufferBase + start))
    }

    /// Calls `body` for each remaining record.
    public func forEach(_ body: (WARCRecord) throws -> Void) throws {
        while let record = try next() { try body(record) }
    }

    private func fill() throws(WARCError) -> Bool {
        try source.read(into: &buffer)
    }

    private func compact() {
        if start > 0 && (start >= buffer.count || start > 1 << 20) {
            buffer.removeFirst(start)
            bufferBase += start
            start = 0
        }
    }
}
