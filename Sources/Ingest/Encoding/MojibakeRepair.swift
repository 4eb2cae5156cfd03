/// Undoes double encoding: UTF-8 bytes that were once read as windows-1256 or windows-1252
/// (Latin-1) and saved again as UTF-8, the usual scar of a CMS migration (`ط§ظ„` or `Ø§Ù„`
/// where `ال` was meant).
///
/// The test is exact rather than statistical: map every non-ASCII character back to its byte in
/// the suspected code page; if all of them have one and the bytes form valid UTF-8 with several
/// multi-byte sequences, the page was double-encoded (real Arabic or Latin text almost never
/// re-encodes into valid UTF-8). Anything else leaves the page untouched.
enum MojibakeRepair {
    /// Characters that lead a mis-read UTF-8 sequence, as their own UTF-8 bytes: ط ظ (D8 B7,
    /// D8 B8: windows-1256 0xD8/0xD9, Arabic lead bytes), Ã Â Ø Ù (C3 83, C3 82, C3 98, C3 99:
    /// windows-1252 0xC3/0xC2/0xD8/0xD9) and â (C3 A2: 0xE2 in both, the lead of punctuation
    /// such as “ ” – …). Only a cheap filter: the re-encoding decides.
    private static func isLeadSignature(_ first: UInt8, _ second: UInt8) -> Bool {
        (first == 0xD8 && (second == 0xB7 || second == 0xB8))
            || (first == 0xC3 && (second == 0x83 || second == 0x82 || second == 0x98 || second == 0x99 || second == 0xA2))
    }

    /// At least this many repaired multi-byte sequences are needed before a page is rewritten.
    static let minimumSequences = 8

    /// The repaired UTF-8 and the code page it had been read as, or nil when `utf8` is not mojibake.
    static func repair(_ utf8: [UInt8]) -> (utf8: [UInt8], misreadAs: TextEncoding)? {
        var nonASCII = 0, leads = 0
        utf8.withUnsafeBufferPointer { b in
            var i = 0
            let base = UnsafeRawPointer(b.baseAddress)
            while i < b.count {
                // ASCII bytes neither count nor lead: skip them eight at a time.
                if let base, i + 8 <= b.count,
                   base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let byte = b[i]
                if byte >= 0xC0 {
                    nonASCII += 1
                    if i + 1 < b.count, isLeadSignature(byte, b[i + 1]) { leads += 1 }
                }
                i += 1
            }
        }
        // In mojibake about every second non-ASCII character is a lead; in real text, far fewer.
        guard leads >= minimumSequences, leads * 5 >= nonASCII else { return nil }
        let text = String(decoding: utf8, as: UTF8.self)
        for encoding in [TextEncoding.windows1256, .windows1252] {
            if let bytes = reencode(text, as: encoding) {
                let evidence = UTF8Evidence(bytes)
                if evidence.isValid, evidence.multiByteSequences >= minimumSequences {
                    return (bytes, encoding)
                }
            }
        }
        return nil
    }

    private static let reverseTables: [TextEncoding: [UInt32: UInt8]] = {
        var tables: [TextEncoding: [UInt32: UInt8]] = [:]
        for encoding in [TextEncoding.windows1256, .windows1252] {
            var table: [UInt32: UInt8] = [:]
            for (i, scalar) in encoding.highTable!.enumerated() { table[UInt32(scalar)] = UInt8(0x80 + i) }
            if encoding == .windows1252 {
                // ISO-8859-1 readers turned 0x80...0x9F into C1 controls rather than 1252 punctuation.
                for byte in UInt32(0x80)...0x9F where table[byte] == nil { table[byte] = UInt8(byte) }
            }
            tables[encoding] = table
        }
        return tables
    }()

    /// `text` written back in `encoding`, or nil if some character has no byte there.
    private static func reencode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        guard let table = reverseTables[encoding] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
            } else if let byte = table[scalar.value] {
                out.append(byte)
            } else {
                return nil
            }
        }
        return out
    }
}
