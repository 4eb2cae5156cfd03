/// Splits English and Arabic text into tokens with Unicode code-point offsets.
///
/// Runs on the match-normalised scalars (so digits of every script, Arabic separators and
/// quotes are already uniform) and maps every token back to the source.
public enum TextTokenizer {
    /// Tokenises `text`.
    public static func tokenize(_ text: some StringProtocol) -> TokenizedText {
        tokenize(TextNormalizer.normalizeWithOffsets(text, level: .match))
    }

    /// Tokenises already-normalised text.
    public static func tokenize(_ normalized: NormalizedText) -> TokenizedText {
        let s = normalized.scalars
        var tokens: [TextToken] = []
        tokens.reserveCapacity(s.count / 4)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == " " { i += 1; continue }
            let start = i
            let kind: TextToken.Kind
            if ArabicScalars.digitValue(c) != nil {
                kind = .number
                i = scanNumber(s, from: i)
            } else if isWordScalar(c) {
                kind = .word
                i = scanWord(s, from: i)
            } else {
                let cat = c.properties.generalCategory
                switch cat {
                case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: kind = .symbol
                default: kind = .punctuation
                }
                i += 1
            }
            tokens.append(TextToken(kind: kind, text: normalized.string(start..<i),
                                range: normalized.sourceRange(start..<i), normalizedRange: start..<i))
        }
        return TokenizedText(normalized: normalized, tokens: tokens)
    }

    /// Letters and combining marks (marks survive only at the light level or in other scripts).
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A) }
        if ArabicScalars.isArabicLetter(c) { return true }
        let p = c.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
            || (c.value >= 0xC0 && c.value < 0x250)
    }

    /// Digits, with `,` `.` `'` separators only between digits ("6,000", "2.5", "1'000").
    static func scanNumber(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count {
            if ArabicScalars.digitValue(s[i]) != nil { i += 1; continue }
            if (s[i] == "," || s[i] == "." || s[i] == "'"), i + 1 < s.count,
               ArabicScalars.digitValue(s[i + 1]) != nil {
                i += 2
                continue
            }
            break
        }
        return i
    }

    /// Letters; Latin words keep inner `'` and `-` ("al-Hol", "don't") and dotted
    /// abbreviations ("u.s.").
    static func scanWord(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        // Dotted abbreviation: L.L.(L.)*
        if isLatinLetter(s[i]), i + 3 < s.count, s[i + 1] == ".", isLatinLetter(s[i + 2]), s[i + 3] == "." {
            var j = i
            while j + 1 < s.count, isLatinLetter(s[j]), s[j + 1] == "." { j += 2 }
            return j
        }
        let latin = isLatinLetter(s[i])
        while i < s.count {
            if isWordScalar(s[i]) { i += 1; continue }
            if latin, (s[i] == "'" || s[i] == "-"), i + 1 < s.count, isLatinLetter(s[i + 1]), i > start {
                i += 1
                continue
            }
            break
        }
        return i
    }
}
