/// Code-point classes used by the normaliser, the tokenizer and the number parser.
///
/// Everything here works on `Unicode.Scalar` values so hot loops avoid `Character` and regex.
public enum ArabicScalars {
    /// Harakat, shadda, sukun, superscript alef, combining hamza/maddah and Quranic annotation
    /// marks: removed at the `match` level.
    public static func isDiacritic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E8,
             0x06EA...0x06ED, 0x08D3...0x08FF:
            return true
        default:
            return false
        }
    }

    /// Tatweel (kashida, U+0640): a *letter* for Unicode, decoration for us.
    public static let tatweel: Unicode.Scalar = "\u{0640}"

    /// Bidi controls, zero-width characters, BOM, soft hyphen and the Arabic letter mark.
    public static func isInvisibleFormat(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Any whitespace, including NBSP and the typographic spaces.
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
             0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// True for letters of the Arabic script blocks (not digits, marks or punctuation).
    public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5,
             0x06EE, 0x06EF, 0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9,
             0xFB50...0xFDFB, 0xFE70...0xFEFC:
            return true
        default:
            return false
        }
    }

    /// The ASCII value (0...9) of a decimal digit of any script (ASCII, Arabic-Indic, Persian,
    /// Devanagari, fullwidth ...), or nil.
    @inline(__always)
    public static func digitValue(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0x0660 && v <= 0x0669 { return Int(v - 0x0660) }
        if v >= 0x06F0 && v <= 0x06F9 { return Int(v - 0x06F0) }
        if v < 0x0660 { return nil }
        guard s.properties.numericType == .decimal, let n = s.properties.numericValue else { return nil }
        return Int(n)
    }

    /// The single-scalar match-level replacement for an Arabic, Persian or punctuation scalar;
    /// nil when the scalar is kept as it is.
    @inline(__always)
    static func matchFold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: return "\u{0627}"  // alef
        case 0x0649, 0x06CC, 0x06D2, 0x06D0: return "\u{064A}"                          // ya
        case 0x0629, 0x06C1, 0x06C3, 0x06D5, 0x06BE: return "\u{0647}"                  // ha
        case 0x06A9: return "\u{0643}"          // keheh → kaf
        case 0x067E: return "\u{0628}"          // peh → ba
        case 0x06A4: return "\u{0641}"          // veh → fa
        case 0x0686: return "\u{062C}"          // tcheh → jim
        case 0x066B: return "."                 // Arabic decimal separator
        case 0x066C: return ","                 // Arabic thousands separator
        case 0x066A: return "%"
        case 0x060C: return ","
        case 0x061B: return ";"
        case 0x061F: return "?"
        case 0x06D4: return "."
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2039, 0x203A, 0x300C,
             0x300D, 0xFF02:
            return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0xFF07: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x2026: return nil  // handled as "..." by the caller
        default: return nil
        }
    }

    /// Presentation forms and other compatibility characters that NFKC rewrites.
    @inline(__always)
    static func needsCompatibilityMapping(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFB00...0xFDFC, 0xFE70...0xFEFC, 0xFF01...0xFF5E, 0x2026: return true
        default: return false
        }
    }
}
