import CorroborateModel

/// Splits what a source said into its facts, so that each is matched across outlets on its own:
/// "… as saying the tanker had a crew of 23 and that the crew had put out the blaze" is two
/// claims of the same speaker, and so is «أن الطاقم بخير وأن السفينة تواصل رحلتها».
///
/// Split points are clause coordinators that repeat the complementiser ("…, and that …",
/// «… وأنّ …»). A quotation of several sentences stays one claim: cutting it at its sentence
/// ends as well left the Corpora scorecard unchanged. A piece shorter than `minimumWords` stays
/// with the piece before it.
struct ContentPieces {
    let text: AnalyzedText

    static let minimumWords = 4

    /// Coordinators that open a second reported clause, with the length of the part that is not
    /// content (the conjunction and complementiser). Matched on the raw text after a space.
    static let coordinators: [(String, Int)] = [
        (", and that ", 11), (" and that ", 10), ("، وأن ", 6), ("، وأنّ ", 7), (" وأن ", 5), (" وأنّ ", 6),
        ("، وبأن ", 7), (" وبأن ", 6),
    ].map { ($0.0, $0.0.unicodeScalars.count) }

    /// The content spans grouped into pieces (each a non-empty list of spans, in order).
    func split(_ content: [TextSpan]) -> [[TextSpan]] {
        var pieces: [[TextSpan]] = []
        for span in content.sorted() {
            for segment in segments(of: span) {
                if let last = pieces.indices.last, words(segment) < Self.minimumWords || words(pieces[last]) < Self.minimumWords {
                    pieces[last].append(segment)
                } else {
                    pieces.append([segment])
                }
            }
        }
        return pieces.isEmpty ? [content] : pieces
    }

    /// One span cut at sentence ends and coordinators inside it.
    private func segments(of span: TextSpan) -> [TextSpan] {
        let scalars = text.paragraphs[span.paragraph].scalars
        var cuts: [(end: Int, next: Int)] = []

        var i = span.span.start
        while i < span.span.end {
            for (pattern, length) in Self.coordinators where i + length <= span.span.end {
                if matches(scalars, at: i, pattern) {
                    cuts.append((i, i + length))
                    break
                }
            }
            i += 1
        }
        cuts.sort { $0.end < $1.end }
        var out: [TextSpan] = []
        var start = span.span.start
        for cut in cuts where cut.end > start {
            let piece = trimmed(span.paragraph, start, cut.end)
            if piece.span.end > piece.span.start { out.append(piece) }
            start = max(start, cut.next)
        }
        let last = trimmed(span.paragraph, start, span.span.end)
        if last.span.end > last.span.start { out.append(last) }
        return out.isEmpty ? [span] : out
    }

    private func matches(_ s: [Unicode.Scalar], at i: Int, _ pattern: String) -> Bool {
        var k = i
        for p in pattern.unicodeScalars {
            guard k < s.count, s[k] == p else { return false }
            k += 1
        }
        return true
    }

    private func trimmed(_ paragraph: Int, _ start: Int, _ end: Int) -> TextSpan {
        let s = text.paragraphs[paragraph].scalars
        var a = start, b = end
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        return TextSpan(paragraph: paragraph, a, b)
    }

    private func words(_ spans: [TextSpan]) -> Int { spans.reduce(0) { $0 + words($1) } }

    private func words(_ span: TextSpan) -> Int {
        let s = text.paragraphs[span.paragraph].scalars
        var count = 0, inWord = false
        for k in span.span.start..<min(span.span.end, s.count) {
            let letter = s[k].properties.isAlphabetic || s[k].properties.numericType != nil
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }
}
