import Foundation

/// Lower-casing and accent stripping for Latin, Greek and Cyrillic scalars (match level).
enum LatinFolding {
    /// Folded forms for U+0000..U+024F, built once (é → e, Ł → l, ß stays ß).
    private static let table: [[Unicode.Scalar]] = (0..<0x250).map { value in
        guard let s = Unicode.Scalar(UInt32(value)) else { return [] }
        return computeFold(s)
    }

    private static func computeFold(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        let lowered = s.properties.lowercaseMapping
        let decomposed = lowered.decomposedStringWithCanonicalMapping
        let kept = decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        let special: [UInt32: String] = [0x0141: "l", 0x0142: "l", 0x00D8: "o", 0x00F8: "o",
                                         0x0110: "d", 0x0111: "d", 0x00C6: "ae", 0x00E6: "ae",
                                         0x0152: "oe", 0x0153: "oe", 0x00A0: " "]
        if let sp = special[s.value] { return Array(sp.unicodeScalars) }
        return kept.isEmpty ? [s] : Array(kept)
    }

    /// The folded scalars for `s`.
    static func fold(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        if s.value < 0x250 { return table[Int(s.value)] }
        return computeFold(s)
    }
}
