import CZlib

/// Why compressed data could not be read or written.
public enum GzipError: Error, Sendable, Equatable, CustomStringConvertible {
    case corrupt(String)
    case truncated
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case let .corrupt(message): return "corrupt gzip/deflate data: \(message)"
        case .truncated: return "truncated gzip data (the stream ends before its trailer)"
        case let .tooLarge(limit): return "decompressed data exceeds the \(limit)-byte limit"
        }
    }
}

/// gzip (and zlib/raw deflate) through the system zlib.
public enum Gzip {
    /// True when `bytes` start with the gzip magic number.
    public static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var it = bytes.makeIterator()
        return it.next() == 0x1f && it.next() == 0x8b
    }

    /// Decompresses a whole gzip file, including several concatenated members (as in WARC.gz).
    ///
    /// - Parameter limit: refuse output larger than this (a decompression bomb guard).
    public static func decompress(_ input: [UInt8], limit: Int = 1 << 30) throws(GzipError) -> [UInt8] {
        var inflater = try Inflater(format: .gzipOrZlib)
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, input.count * 4))
        var offset = 0
        while offset < input.count {
            let (consumed, ended) = try inflater.inflate(input[offset...], into: &output, limit: limit)
            offset += consumed
            if ended {
                // Another member may follow (multi-member gzip); skip padding zeros.
                while offset < input.count && input[offset] == 0 { offset += 1 }
                if offset < input.count { try inflater.reset() }
            } else if consumed == 0 {
                throw .truncated
            }
        }
        if !inflater.atMemberEnd { throw .truncated }
        return output
    }

    /// Compresses `input` as one gzip member.
    public static func compress(_ input: [UInt8], level: Int32 = 6) throws(GzipError) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflateInit2(&stream, level, 15 + 16) == Z_OK else { throw .corrupt("deflateInit2 failed") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw .corrupt("deflate returned \(status)") }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}

/// A streaming inflater: feed compressed chunks, get bytes out, with bounded memory.
public struct Inflater: ~Copyable {
    public enum Format: Sendable {
        /// gzip or zlib header, detected automatically.
        case gzipOrZlib
        /// Raw deflate (HTTP `Content-Encoding: deflate` servers sometimes send this).
        case raw
    }

    private var stream: UnsafeMutablePointer<z_stream>
    private let windowBits: Int32
    /// True when the last call ended exactly at the end of a gzip member.
    public private(set) var atMemberEnd = false

    public init(format: Format) throws(GzipError) {
        windowBits = format == .raw ? -15 : 15 + 32
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard czlib_inflateInit2(stream, windowBits) == Z_OK else {
            stream.deallocate()
            throw .corrupt("inflateInit2 failed")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Starts a new member (after `inflate` reported the end of one).
    public mutating func reset() throws(GzipError) {
        guard inflateReset(stream) == Z_OK else { throw .corrupt("inflateReset failed") }
        atMemberEnd = false
    }

    /// Inflates from `input`, appending to `output`, until the input is used up or a member ends.
    ///
    /// - Returns: how many input bytes were consumed, and whether a member ended.
    public mutating func inflate(_ input: ArraySlice<UInt8>, into output: inout [UInt8],
                                 limit: Int = .max) throws(GzipError) -> (consumed: Int, ended: Bool) {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var consumed = 0
        var ended = false
        var failure: GzipError?
        input.withUnsafeBufferPointer { inBuf in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.pointee.avail_in = uInt(inBuf.count)
            repeat {
                let (status, produced): (Int32, Int) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.pointee.next_out = outBuf.baseAddress
                    stream.pointee.avail_out = uInt(outBuf.count)
                    let status = CZlib.inflate(stream, Z_NO_FLUSH)
                    return (status, outBuf.count - Int(stream.pointee.avail_out))
                }
                if produced > 0 {
                    if output.count + produced > limit {
                        failure = .tooLarge(limit: limit)
                        break
                    }
                    output.append(contentsOf: chunk[0..<produced])
                }
                if status == Z_STREAM_END {
                    ended = true
                    break
                }
                if status == Z_BUF_ERROR { break }  // needs more input
                if status != Z_OK {
                    let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
                    failure = .corrupt(message)
                    break
                }
            } while stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0
            consumed = inBuf.count - Int(stream.pointee.avail_in)
        }
        if let failure { throw failure }
        atMemberEnd = ended
        return (consumed, ended)
    }
}
