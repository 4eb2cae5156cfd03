/// What a strict UTF-8 reading of the bytes shows: how many well-formed multi-byte sequences,
/// how many ill-formed ones (each maximal ill-formed subpart counts once, as it would become one
/// U+FFFD), and how many NUL bytes.
struct UTF8Evidence: Sendable, Equatable {
    var multiByteSequences = 0
    var invalidSequences = 0
    var nulBytes = 0

    var isValid: Bool { invalidSequences == 0 }
    var isASCII: Bool { multiByteSequences == 0 && invalidSequences == 0 }

    /// Real UTF-8 with a few stray bytes (a bad byte in a CMS template), as opposed to a
    /// single-byte encoding, whose Arabic letters almost never form valid sequences.
    var isMostlyUTF8: Bool { multiByteSequences > 0 && invalidSequences * 8 <= multiByteSequences }

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = b.count
        let base = UnsafeRawPointer(b.baseAddress)
        while i < n {
            // ASCII fast path: eight bytes at a time while none is high or NUL.
            if let base {
                while i + 8 <= n {
                    let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    guard word & 0x8080_8080_8080_8080 == 0, hasZero == 0 else { break }
                    i += 8
                }
                guard i < n else { break }
            }
            let lead = b[i]
            if lead < 0x80 {
                if lead == 0 { nulBytes += 1 }
                i += 1
                continue
            }
            // Table 3-7 of the Unicode Standard: well-formed byte sequences.
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            guard length > 0 else {
                invalidSequences += 1
                i += 1
                continue
            }
            var j = i + 1
            var ok = true
            for k in 1..<length {
                guard j < n else { ok = false; break }
                let c = b[j]
                let lo: UInt8 = k == 1 ? low : 0x80, hi: UInt8 = k == 1 ? high : 0xBF
                guard c >= lo && c <= hi else { ok = false; break }
                j += 1
            }
            if ok {
                multiByteSequences += 1
            } else {
                invalidSequences += 1
            }
            i = j  // a maximal ill-formed subpart is consumed as one unit
        }
    }
}
