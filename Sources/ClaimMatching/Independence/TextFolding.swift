/// Normalised word tokens for copy detection and name keys, English and Arabic alike.
///
/// Folds case, drops Arabic harakat, tatweel and invisible bidi marks, unifies alef/yeh/teh
/// marbuta forms and Arabic-Indic digits, and splits on everything that is not a letter or digit.
/// Kept local and small on purpose: copy detection needs a stable fold, not linguistics.
enum TextFolding {
    /// The folded words of `text`, in order.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                if folded == " " { flush() } else { current.append(folded) }
            }
        }
        flush()
        return words
    }

    /// A folded Arabic word without its article: «المستشفى» → «مستشفى» (words of four letters
    /// or fewer are kept whole).
    static func withoutArticle(_ word: Substring) -> Substring {
        word.hasPrefix("ال") && word.count > 4 ? word.dropFirst(2) : word
    }

    /// One canonical string: folded words joined by single spaces.
    static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// `nil` drops the scalar, `" "` breaks a word, anything else is kept.
    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.isASCII {                                              // fast path: no property lookups
            switch s.value {
            case 97...122, 48...57: return s
            case 65...90: return Unicode.Scalar(s.value + 32)
            case 39, 46: return nil                                 // ' and . join: "U.S." → "us"
            default: return " "
            }
        }
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED:   // harakat, superscript alef, tatweel
            return nil
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"     // alef forms → ا
        case 0x0649: return "\u{064A}"                              // alef maqsura → ya
        case 0x0629: return "\u{0647}"                              // teh marbuta → heh
        case 0x0660...0x0669: return Unicode.Scalar(0x30 + s.value - 0x0660)
        case 0x06F0...0x06F9: return Unicode.Scalar(0x30 + s.value - 0x06F0)
        case 0x2019: return nil                                     // apostrophe joins
        default: break
        }
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil {
            if s.value >= 65 && s.value <= 90 { return Unicode.Scalar(s.value + 32) }
            if s.isASCII { return s }
            return p.lowercaseMapping.unicodeScalars.first ?? s
        }
        return " "
    }
}

/// FNV-1a 64-bit: a stable hash for shingles (Swift's `Hasher` is seeded per process).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100000001b3 }
        value = (value ^ 0x1f) &* 0x100000001b3                    // word separator
    }

    static func of(_ words: ArraySlice<String>) -> UInt64 {
        var h = StableHash()
        for w in words { h.add(w) }
        return h.value
    }
}
