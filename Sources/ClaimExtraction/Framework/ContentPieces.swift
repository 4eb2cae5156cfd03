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
    static let coordinators: [[Unicode.Scalar]] = [
        ", and that ", " and that ", "، وأن ", "، وأنّ ", " وأن ", " وأنّ ", "، وبأن ", " وبأن ",
    ].map { Array($0.unicodeScalars) }

    /// Markers of a figure counted within another ("1,240 suspected cases, including 23 deaths",
    /// «1240 حالة اشتباه، بينها 23 حالة وفاة»): the part within is a fact of its own when it
    /// opens with a figure, however short.
    static let subsets: [[Unicode.Scalar]] = [
        ", including ", ", of whom ", ", among them ", "، بينها ", "، من بينها ", "، بينهم ", "، من بينهم ", "، منها ", "، منهم ",
    ].map { Array($0.unicodeScalars) }

    /// The content spans grouped into pieces (each a non-empty list of spans, in order).
    func split(_ content: [TextSpan]) -> [[TextSpan]] {
        var pieces: [[TextSpan]] = []
        var lastIsFigure = false
        for span in content.sorted() {
            for (segment, figure) in segments(of: span) {
                if let last = pieces.indices.last, !figure,
                   words(segment) < Self.minimumWords || words(pieces[last]) < Self.minimumWords && !lastIsFigure {
                    pieces[last].append(segment)
                } else {
                    pieces.append([segment])
                    lastIsFigure = figure
                }
            }
        }
        return pieces.isEmpty ? [content] : pieces
    }

    /// One span cut at coordinators inside it; each segment says whether it is a counted subset.
    private func segments(of span: TextSpan) -> [(TextSpan, Bool)] {
        let scalars = text.paragraphs[span.paragraph].scalars
        var cuts: [(end: Int, next: Int, figure: Bool)] = []

        var i = span.span.start
        while i < span.span.end {
            // Every pattern opens with a comma or a space: skip the rest at once.
            let c = scalars[i]
            guard c == "," || c == "،" || c == " " else { i += 1; continue }
            for pattern in Self.coordinators where i + pattern.count <= span.span.end {
                if matches(scalars, at: i, pattern) {
                    cuts.append((i, i + pattern.count, false))
                    break
                }
            }
            for pattern in Self.subsets where i + pattern.count < span.span.end {
                if matches(scalars, at: i, pattern), scalars[i + pattern.count].properties.numericType != nil {
                    cuts.append((i, i + pattern.count, true))
                    break
                }
            }
            i += 1
        }
        cuts.sort { $0.end < $1.end }
        var out: [(TextSpan, Bool)] = []
        var start = span.span.start
        var figure = false
        for cut in cuts where cut.end > start {
            let piece = trimmed(span.paragraph, start, cut.end)
            if piece.span.end > piece.span.start { out.append((piece, figure)) }
            start = max(start, cut.next)
            figure = cut.figure
        }
        let last = trimmed(span.paragraph, start, span.span.end)
        if last.span.end > last.span.start { out.append((last, figure)) }
        return out.isEmpty ? [(span, false)] : out
    }

    private func matches(_ s: [Unicode.Scalar], at i: Int, _ pattern: [Unicode.Scalar]) -> Bool {
        guard i + pattern.count <= s.count else { return false }
        for (k, p) in pattern.enumerated() where s[i + k] != p { return false }
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
