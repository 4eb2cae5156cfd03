/// Word n-gram fingerprints of a text: the hashed "shingles" used to find copied passages.
///
/// A shingle is `n` consecutive folded words (default 8, the length `Reuse.sharedText` is defined
/// on); eight words in a row shared by two articles are very rarely a coincidence.
struct Shingles {
    static let length = 8

    /// The distinct shingle hashes of `words`; empty when there are fewer than `n` words.
    static func of(_ words: [String], n: Int = length) -> Set<UInt64> {
        guard words.count >= n else { return [] }
        var result = Set<UInt64>(minimumCapacity: words.count - n + 1)
        for start in 0...(words.count - n) {
            result.insert(StableHash.of(words[start..<(start + n)]))
        }
        return result
    }

    /// `text` with quoted passages removed. Two outlets quoting the same statement share its
    /// words legitimately; copying shows in the reporter's own sentences around the quotes.
    static func unquoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var closing: Unicode.Scalar?
        var skipped = 0
        for s in text.unicodeScalars {
            if let close = closing {
                skipped += 1
                if s == close || skipped > 600 { closing = nil }    // unbalanced quote: give up on it
                continue
            }
            switch s {
            case "\u{201C}": closing = "\u{201D}"
            case "\u{201D}": closing = "\u{201C}"                // ”…“ also occurs in Arabic text
            case "\u{00AB}": closing = "\u{00BB}"
            case "\u{00BB}": closing = "\u{00AB}"
            case "\u{201E}": closing = "\u{201C}"
            case "\"": closing = "\""
            default: out.append(s); continue
            }
            skipped = 0
            out.append(" ")
        }
        return String(out)
    }
}
