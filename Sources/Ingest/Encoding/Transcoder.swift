#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes page bytes to UTF-8, replacing what cannot be decoded with U+FFFD and counting it.
enum Transcoder {
    struct Output {
        var utf8: [UInt8]
        /// Ill-formed sequences or unmapped bytes replaced by U+FFFD.
        var replaced: Int
    }

    /// Decodes `bytes` (with any BOM already removed) from `encoding`; `knownValidUTF8` skips
    /// a second validation when the caller already checked.
    static func decode(_ bytes: ArraySlice<UInt8>, from encoding: TextEncoding, knownValidUTF8: Bool = false) -> Output {
        switch encoding {
        case .utf8: return knownValidUTF8 ? Output(utf8: Array(bytes), replaced: 0) : decodeUTF8(bytes)
        case .utf16LE, .utf16BE: return decodeUTF16(bytes, bigEndian: encoding == .utf16BE)
        case .windows1256, .iso8859_6, .windows1252: return decodeSingleByte(bytes, table: encoding.highTable!)
        }
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> Output {
        if String(validating: bytes, as: UTF8.self) != nil {
            return Output(utf8: Array(bytes), replaced: 0)
        }
        // Swift replaces each maximal ill-formed subpart with one U+FFFD, as WHATWG does.
        let utf8 = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let replaced = countEncodedReplacementCharacters(utf8[...]) - countEncodedReplacementCharacters(bytes)
        return Output(utf8: utf8, replaced: max(0, replaced))
    }

    /// U+FFFD already present in the input as EF BF BD (not a decoding error).
    private static func countEncodedReplacementCharacters(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = bytes.startIndex
        while i + 2 < bytes.endIndex {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Output {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var replaced = bytes.count % 2  // a dangling odd byte
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 2)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): appendUTF8(scalar.value, to: &out)
            case .error: replaced += 1; appendUTF8(0xFFFD, to: &out)
            case .emptyInput: break loop
            }
        }
        if bytes.count % 2 == 1 { appendUTF8(0xFFFD, to: &out) }
        return Output(utf8: out, replaced: replaced)
    }

    private static func decodeSingleByte(_ bytes: ArraySlice<UInt8>, table: [UInt16]) -> Output {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var replaced = 0
        bytes.withUnsafeBufferPointer { input in
            for b in input {
                if b < 0x80 {
                    out.append(b)
                } else {
                    let scalar = table[Int(b) - 0x80]
                    if scalar == 0xFFFD { replaced += 1 }
                    appendUTF8(UInt32(scalar), to: &out)
                }
            }
        }
        return Output(utf8: out, replaced: replaced)
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        let low6: UInt32 = 0x3F
        if v < 0x80 {
            out.append(UInt8(truncatingIfNeeded: v))
        } else if v < 0x800 {
            out.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (v & low6)))
        } else if v < 0x10000 {
            out.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & low6)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (v & low6)))
        } else {
            out.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & low6)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & low6)))
            out.append(UInt8(truncatingIfNeeded: 0x80 | (v & low6)))
        }
    }

    /// Replaces NUL bytes in UTF-8 with U+FFFD (as the HTML tokenizer does; libxml2 would
    /// otherwise cut text at them). Returns how many were replaced.
    static func replaceNULs(in utf8: inout [UInt8]) -> Int {
        guard utf8.withUnsafeBufferPointer({ b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }) else { return 0 }
        var count = 0
        for b in utf8 where b == 0 { count += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 2 * count)
        for b in utf8 {
            if b == 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { out.append(b) }
        }
        utf8 = out
        return count
    }
}
