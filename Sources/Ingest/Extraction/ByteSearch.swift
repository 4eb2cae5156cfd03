/// Substring search on UTF-8 bytes, without Foundation (whose `String.contains` goes through
/// NSString and dominated the profile).
enum ByteSearch {
    static func contains(_ haystack: String, _ needle: [UInt8]) -> Bool {
        var h = haystack
        return h.withUTF8 { contains($0, needle) }
    }

    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: [UInt8]) -> Bool {
        guard let first = n.first else { return true }
        guard n.count <= h.count else { return false }
        let last = h.count - n.count
        var i = 0
        while i <= last {
            if h[i] == first {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// True when any needle occurs.
    static func containsAny(_ haystack: String, _ needles: [[UInt8]]) -> Bool {
        var h = haystack
        return h.withUTF8 { buffer in needles.contains { contains(buffer, $0) } }
    }

    /// Needles bucketed by first byte, so one pass over the haystack tests them all.
    struct Needles: Sendable {
        fileprivate var byFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)
        fileprivate var hasEmpty = false

        init(_ words: [String]) {
            for word in words {
                let bytes = Array(word.utf8)
                if let first = bytes.first { byFirstByte[Int(first)].append(bytes) } else { hasEmpty = true }
            }
        }
    }

    /// True when any needle occurs (same answer as `containsAny(_:_:)` with the needles as an array).
    static func containsAny(_ haystack: String, _ needles: Needles) -> Bool {
        if needles.hasEmpty { return true }
        var h = haystack
        return h.withUTF8 { buffer in
            let n = buffer.count
            for i in 0..<n {
                for needle in needles.byFirstByte[Int(buffer[i])] where needle.count <= n - i {
                    var j = 1
                    while j < needle.count && buffer[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
            }
            return false
        }
    }

    /// `containsAny(haystack.lowercased(), needles)` for lowercase needles, without building the
    /// lowercased string: ASCII letters in the haystack match either case. Needles are non-empty.
    static func containsAnyIgnoringASCIICase(_ haystack: String, _ needles: [[UInt8]]) -> Bool {
        var h = haystack
        return h.withUTF8 { buffer in
            let n = buffer.count
            for i in 0..<n {
                let b = lowered(buffer[i])
                for needle in needles where needle[0] == b && needle.count <= n - i {
                    var j = 1
                    while j < needle.count && lowered(buffer[i + j]) == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
            }
            return false
        }
    }

    /// `a.lowercased() == b` for a lowercase ASCII `b`.
    static func equalsIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return zip(a.utf8, b.utf8).allSatisfy { lowered($0) == $1 }
    }

    @inline(__always)
    static func lowered(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
