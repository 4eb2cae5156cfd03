/// Scores how plausible the bytes are in each single-byte encoding, by the words they form.
///
/// A word is a run of letters. Read in the right encoding, Arabic words are all Arabic letters and
/// Latin words mix ASCII letters with a few accented ones. Read in the wrong one, windows-1256
/// Arabic becomes words made only of accented Latin letters (`ÞÇá`), Latin-1 French or German gains
/// Arabic letters inside Latin words (`Mنdchen`), and ISO-8859-6 read as windows-1256 mixes `à ç é`
/// into Arabic words. Unmapped bytes and C1 controls count against an encoding. One linear pass,
/// no decoding, table lookups only.
struct SingleByteGuesser {
    static let candidates: [TextEncoding] = [.windows1256, .windows1252, .iso8859_6]

    private enum Class: UInt8 { case other, asciiLetter, arabic, latin, invalid }

    /// Byte class per candidate, 256 entries each.
    private static let classes: [[Class]] = candidates.map { encoding in
        let table = encoding.highTable!
        return (0..<256).map { byte -> Class in
            if byte < 0x80 { return ByteScanner.isLetter(UInt8(byte)) ? .asciiLetter : .other }
            return classify(table[byte - 0x80])
        }
    }

    private static func classify(_ scalar: UInt16) -> Class {
        switch scalar {
        case 0xFFFD, 0x0080...0x009F: return .invalid
        case 0x0621...0x063A, 0x0640...0x0652, 0x0670...0x06D3: return .arabic
        case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x024F: return .latin
        case 0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017D, 0x017E: return .latin
        default: return .other
        }
    }

    /// How one candidate reads the bytes.
    struct Score: Sendable, Equatable {
        /// Plausibility: higher is better.
        var value: Int
        /// Bytes the encoding leaves unmapped or reads as C1 control characters.
        var invalidBytes: Int
        /// Words mixing Arabic and Latin letters (a sign of the wrong code page).
        var mixedWords = 0
    }

    /// Plausibility per candidate over at most `limit` bytes.
    static func scores(_ bytes: [UInt8], limit: Int = 4 << 20) -> [TextEncoding: Score] {
        var result: [TextEncoding: Score] = [:]
        let n = min(bytes.count, limit)
        for (index, encoding) in candidates.enumerated() {
            let classOf = classes[index]
            var score = 0, invalid = 0, mixed = 0
            var ascii = 0, arabic = 0, latin = 0
            bytes.withUnsafeBufferPointer { b in
                for i in 0...n {
                    let c: Class = i < n ? classOf[Int(b[i])] : .other
                    switch c {
                    case .asciiLetter: ascii += 1
                    case .arabic: arabic += 1
                    case .latin: latin += 1
                    case .other, .invalid:
                        if c == .invalid { score -= 4; invalid += 1 }
                        if arabic > 0 || latin > 0 {
                            score += wordScore(ascii: ascii, arabic: arabic, latin: latin)
                            if arabic > 0, ascii > 0 || latin > 0 { mixed += 1 }
                        }
                        ascii = 0; arabic = 0; latin = 0
                    }
                }
            }
            result[encoding] = Score(value: score, invalidBytes: invalid, mixedWords: mixed)
        }
        return result
    }

    private static func wordScore(ascii: Int, arabic: Int, latin: Int) -> Int {
        if arabic > 0 { return ascii > 0 || latin > 0 ? -(arabic + latin) : arabic }
        if ascii > 0 { return latin }
        return latin >= 3 ? -latin : 0
    }

    /// The most plausible encoding and its score; ties go to windows-1252 (no evidence either way),
    /// then windows-1256.
    static func best(_ scores: [TextEncoding: Score]) -> (encoding: TextEncoding, score: Score) {
        let order: [TextEncoding] = [.windows1252, .windows1256, .iso8859_6]
        var best = (encoding: TextEncoding.windows1252, score: Score(value: Int.min, invalidBytes: 0))
        for encoding in order {
            if let s = scores[encoding], s.value > best.score.value { best = (encoding, s) }
        }
        return best
    }

    /// True when the bytes contradict `declared`: another encoding reads them better, and the
    /// declared one reads them implausibly (negative score), leaves bytes unmapped, or makes
    /// words of mixed Arabic and Latin letters where the other makes none.
    static func contradicts(_ declared: TextEncoding, scores: [TextEncoding: Score]) -> Bool {
        let best = best(scores)
        guard best.encoding != declared, best.score.value > 0, let mine = scores[declared],
              best.score.value > mine.value else { return false }
        return mine.value < 0 || mine.invalidBytes > 0 || (mine.mixedWords > 0 && best.score.mixedWords == 0)
    }
}
