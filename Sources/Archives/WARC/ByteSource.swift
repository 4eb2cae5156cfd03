#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decompressed bytes of a `.warc` or `.warc.gz` file, read in bounded chunks.
///
/// gzip is detected from the magic number, not the file name. Member boundaries are tracked so a
/// record can be mapped to its compressed offset (for resuming and for random access).
final class ByteSource {
    let path: String
    private let fd: Int32
    let compressed: Bool
    private var inflater: Inflater?
    private var raw: [UInt8] = []
    private var rawStart = 0
    /// File offset of `raw[0]`.
    private var rawOffset: Int
    private var eof = false
    /// Bytes decompressed so far (the decompressed offset of the end of the data handed out).
    private(set) var produced = 0
    /// True while inside a gzip member (some of it consumed, its end not reached).
    private(set) var insideMember = false
    /// Member ends seen: (decompressed offset, compressed offset), oldest first.
    private(set) var boundaries: [(plain: Int, file: Int)] = []
    /// The compressed offset where the current member started.
    private(set) var memberStart: Int

    private static let readSize = 256 * 1024
    private static let inflateSlice = 32 * 1024

    init(path: String, offset: Int = 0) throws(WARCError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        self.fd = fd
        guard fd >= 0 else { throw .io(path: path, message: String(cString: strerror(errno))) }
        if offset > 0 && lseek(fd, off_t(offset), SEEK_SET) < 0 {
            close(fd)
            throw .io(path: path, message: "cannot seek to \(offset)")
        }
        rawOffset = offset
        memberStart = offset
        var magic = [UInt8](repeating: 0, count: 2)
        let n = magic.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 2, off_t(offset)) }
        let compressed = n == 2 && Gzip.isGzip(magic)
        self.compressed = compressed
        if compressed {
            do { inflater = try Inflater(format: .gzipOrZlib) } catch {
                close(fd)
                throw .compression(offset: offset, error)
            }
        }
        boundaries.append((0, offset))
    }

    deinit { close(fd) }

    /// The file offset matching decompressed offset `plain` when it is a member boundary
    /// (always, for plain files).
    func fileOffset(atPlain plain: Int) -> Int? {
        if !compressed { return boundaries[0].file + plain }
        return boundaries.last(where: { $0.plain == plain })?.file
    }

    /// The compressed offset of the member holding decompressed offset `plain`.
    func memberOffset(containing plain: Int) -> Int {
        if !compressed { return boundaries[0].file + plain }
        return boundaries.last(where: { $0.plain <= plain })?.file ?? memberStart
    }

    /// The decompressed offset of the latest member end.
    var lastBoundaryPlain: Int { boundaries.last?.plain ?? 0 }

    /// Forgets boundaries before `plain` (keeps memory bounded).
    func dropBoundaries(before plain: Int) {
        guard compressed, boundaries.count > 1 else { return }
        if let keep = boundaries.lastIndex(where: { $0.plain <= plain }), keep > 0 {
            boundaries.removeFirst(keep)
        }
    }

    /// Appends more decompressed bytes to `output`; returns false at the end of the file.
    func read(into output: inout [UInt8]) throws(WARCError) -> Bool {
        while true {
            if rawStart >= raw.count {
                if eof { return false }
                try refill()
                if rawStart >= raw.count { return false }
            }
            if !compressed {
                output.append(contentsOf: raw[rawStart...])
                produced += raw.count - rawStart
                rawStart = raw.count
                return true
            }
            // Skip zero padding between members.
            if !insideMember {
                while rawStart < raw.count && raw[rawStart] == 0 { rawStart += 1 }
                if rawStart >= raw.count { continue }
                memberStart = rawOffset + rawStart
            }
            let before = output.count
            let sliceEnd = min(raw.count, rawStart + Self.inflateSlice)
            let result: (consumed: Int, ended: Bool)
            do { result = try inflater!.inflate(raw[rawStart..<sliceEnd], into: &output) } catch {
                throw .compression(offset: memberStart, error)
            }
            rawStart += result.consumed
            produced += output.count - before
            insideMember = !result.ended
            if result.ended {
                boundaries.append((produced, rawOffset + rawStart))
                do { try inflater!.reset() } catch { throw .compression(offset: memberStart, error) }
            }
            if output.count > before { return true }
            if result.consumed == 0 && !result.ended {
                // zlib needs more input than the slice had; make sure more comes.
                if eof && sliceEnd == raw.count { return false }
                try refill()
            }
        }
    }

    private func refill() throws(WARCError) {
        if rawStart > 0 {
            rawOffset += rawStart
            raw.removeFirst(rawStart)
            rawStart = 0
        }
        let old = raw.count
        raw.append(contentsOf: repeatElement(0, count: Self.readSize))
        let n = raw.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + old, Self.readSize) }
        if n < 0 {
            raw.removeLast(Self.readSize)
            throw .io(path: path, message: String(cString: strerror(errno)))
        }
        raw.removeLast(Self.readSize - n)
        if n == 0 { eof = true }
    }
}
