import CorroborateModel

/// One token of a paragraph: a run of word characters or a single other non-space character.
///
/// Mirrors the scorer's `\w+|[^\w\s]` so spans built from tokens line up with how
/// `score_attrib.py` counts them. Offsets are Unicode code points inside the paragraph.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Lower-cased text (punctuation as written).
    public var lower: String
    /// The first scalar is an upper-case letter.
    public var isCapitalized: Bool

    public init(start: Int, end: Int, kind: Kind, lower: String, isCapitalized: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.lower = lower
        self.isCapitalized = isCapitalized
    }

    public var span: Span { Span(start, end) }
    public var isWord: Bool { kind != .punctuation }
}

/// Splits code points into tokens in one linear pass.
public enum Tokenizer {
    /// Word characters: letters, marks, digits, connector punctuation (as Python's `\w`).
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.value == 0x200B || s.value == 0xFEFF
    }

    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if isWordScalar(s) {
                let start = i
                var allDigits = true
                var view = String.UnicodeScalarView()
                while i < n, isWordScalar(scalars[i]) {
                    let c = scalars[i]
                    if c.properties.numericType == nil { allDigits = false }
                    if c.isASCII, c.value >= 0x41, c.value <= 0x5A {
                        view.append(Unicode.Scalar(c.value + 32)!)
                    } else if c.isASCII {
                        view.append(c)
                    } else {
                        view.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
                    }
                    i += 1
                }
                tokens.append(Token(start: start, end: i, kind: allDigits ? .number : .word,
                                    lower: String(view), isCapitalized: s.properties.isUppercase))
            } else if isSpace(s) {
                i += 1
            } else {
                tokens.append(Token(start: i, end: i + 1, kind: .punctuation, lower: String(Character(s)),
                                    isCapitalized: false))
                i += 1
            }
        }
        return tokens
    }
}
