/// Text folding and tokenisation for matching (Arabic and Latin scripts).
///
/// Matching needs one canonical spelling per word: Arabic harakat, tatweel and hamza-seat
/// variants are folded (أ إ آ ٱ → ا, ى → ي, ة → ه), Arabic-Indic digits become ASCII,
/// Latin letters are lower-cased. Tokens keep their order; punctuation separates tokens but
/// digit grouping (`6,000`, `٦٬٠٠٠`) and decimals (`2.5`) stay inside a number token.
enum MatchText {
    /// One token of folded text.
    struct Token: Hashable, Sendable {
        enum Kind: Sendable { case word, number, symbol }
        var text: String
        var kind: Kind
        /// True when the word started with an upper-case Latin letter in the original.
        var capitalised: Bool
        var isArabic: Bool
    }

    /// Folds and splits `text` into tokens.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var current = String.UnicodeScalarView()
        var kind: Token.Kind = .word
        var capitalised = false
        var arabic = false
        func flush() {
            if !current.isEmpty {
                var word = String(current)
                if kind == .number { word = normaliseNumber(word) }
                out.append(Token(text: word, kind: kind, capitalised: capitalised, isArabic: arabic))
            }
            current.removeAll(keepingCapacity: true)
            capitalised = false
            arabic = false
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let raw = scalars[i]
            defer { i += 1 }
            if isIgnorable(raw) { continue }
            guard let s = fold(raw) else { continue }
            if let digit = asciiDigit(s) {
                if !current.isEmpty && kind != .number { flush() }
                kind = .number
                current.append(digit)
                continue
            }
            if kind == .number && !current.isEmpty, isNumberSeparator(s),
               i + 1 < scalars.count, let next = fold(scalars[i + 1]), asciiDigit(next) != nil {
                current.append(s == "\u{066B}" ? "." : (s == "\u{066C}" || s == "\u{060C}" ? "," : s))
                continue
            }
            if s.properties.isAlphabetic || s == "'" && !current.isEmpty && kind == .word {
                if kind == .number && !current.isEmpty { flush() }
                if current.isEmpty {
                    kind = .word
                    capitalised = s.properties.isUppercase
                }
                if isArabicLetter(s) { arabic = true }
                for l in s.properties.lowercaseMapping.unicodeScalars { current.append(l) }
                continue
            }
            flush()
            if s == "%" || s == "$" || s == "€" || s == "£" || s == "٪" {
                out.append(Token(text: s == "٪" ? "%" : String(s), kind: .symbol, capitalised: false, isArabic: false))
            }
        }
        flush()
        return out
    }

    /// Folds one scalar to its matching form; nil drops it (harakat, tatweel).
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649, 0x06CC: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x06A9: return "\u{0643}"
        case 0x0660...0x0669: return Unicode.Scalar(s.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(s.value - 0x06F0 + 0x30)
        case 0x2019, 0x2018: return "'"
        default: return s
        }
    }

    /// Folds a whole string (no tokenisation); used for lexicon phrases.
    static func foldString(_ text: String) -> String {
        tokens(text).map(\.text).joined(separator: " ")
    }

    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        (0x0600...0x06FF).contains(s.value) || (0x0750...0x077F).contains(s.value)
    }

    private static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    private static func asciiDigit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        (0x30...0x39).contains(s.value) ? s : nil
    }

    /// Separators inside one number token; ":" keeps a clock time ("23:40") one token, which
    /// then parses as no number at all.
    private static func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "," || s == "." || s == "\u{066B}" || s == "\u{066C}" || s == "\u{060C}" || s == ":"
    }

    /// Removes grouping commas: "6,000" → "6000"; keeps a decimal point.
    private static func normaliseNumber(_ text: String) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count > 1, parts.dropFirst().allSatisfy({ $0.count == 3 }) {
            return parts.joined()
        }
        return String(text.map { $0 == "," ? "." : $0 })
    }
}
