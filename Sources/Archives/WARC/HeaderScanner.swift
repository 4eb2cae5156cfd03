/// Finding and splitting the header part of WARC records and HTTP messages.
enum HeaderScanner {
    /// The end of a header block that starts at `from`: where its content ends (before the
    /// blank line) and where the body starts. Accepts CRLF or bare LF line ends.
    static func endOfHead(in bytes: [UInt8], from: Int) -> (contentEnd: Int, bodyStart: Int)? {
        bytes.withUnsafeBufferPointer { endOfHead(in: $0, from: from) }
    }

    static func endOfHead(in b: UnsafeBufferPointer<UInt8>, from: Int) -> (contentEnd: Int, bodyStart: Int)? {
        var i = from
        let n = b.count
        while i < n {
            guard let p = memchrIndex(b, 10, from: i) else { return nil }
            // p is a LF; is the next line empty?
            if p + 1 < n && b[p + 1] == 10 { return (p, p + 2) }
            if p + 2 < n && b[p + 1] == 13 && b[p + 2] == 10 { return (p > from && b[p - 1] == 13 ? p - 1 : p, p + 3) }
            if p == from { return (from, p + 1) }  // empty head
            i = p + 1
        }
        return nil
    }

    @inline(__always)
    static func memchrIndex(_ b: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from: Int) -> Int? {
        var i = from
        while i < b.count {
            if b[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// Lines of a header (CRLF or LF), decoded as UTF-8 with replacement (fields are mostly ASCII).
    static func lines(_ bytes: ArraySlice<UInt8>) -> [String] {
        var out: [String] = []
        for raw in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            var line = raw
            if line.last == 13 { line = line.dropLast() }
            out.append(String(decoding: line, as: UTF8.self))
        }
        return out
    }

    /// `Name: value` lines into fields; continuation lines (leading space) join the previous value.
    static func fields<S: Sequence>(_ lines: S) -> [(name: String, value: String)] where S.Element == String {
        var out: [(name: String, value: String)] = []
        for line in lines {
            if line.isEmpty { continue }
            if let first = line.first, first == " " || first == "\t", !out.isEmpty {
                out[out.count - 1].value += " " + line.trimmingSpaces()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            out.append((String(line[..<colon]).trimmingSpaces(), String(line[line.index(after: colon)...]).trimmingSpaces()))
        }
        return out
    }
}
