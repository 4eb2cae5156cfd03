import CorroborateModel

/// Finds quotations in one linear pass over all paragraphs.
///
/// An opening mark runs to the next closing mark of the same family; a quotation still open at a
/// paragraph end carries on when the next paragraph opens with a quote mark (the news convention
/// for multi-paragraph quotes), else it ends there unclosed. No search ever looks ahead for a
/// closing mark, so unbalanced quotes cost nothing extra.
enum QuoteScanner {
    private enum Family { case straight, curly, guillemet, reversedCurly }

    private static func opening(_ v: UInt32) -> Family? {
        switch v {
        case 0x201C, 0x201E: return .curly
        case 0xAB: return .guillemet
        default: return nil
        }
    }

    private static func closes(_ v: UInt32, _ f: Family) -> Bool {
        switch f {
        case .straight: return v == 0x22
        case .curly: return v == 0x201D
        case .guillemet: return v == 0xBB
        case .reversedCurly: return v == 0x201C
        }
    }

    /// Space (or start) before and a non-space after: `"Yes`.
    private static func looksOpening(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let before = start == 0 || s[start - 1].properties.isWhitespace || "([—–-".unicodeScalars.contains(s[start - 1])
        let after = end < s.count && !s[end].properties.isWhitespace
        return before && after
    }

    /// A non-space before and a space, punctuation or end after: `yes."`.
    private static func looksClosing(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let before = start > 0 && !s[start - 1].properties.isWhitespace
        let after = end >= s.count || s[end].properties.isWhitespace || ".,;:!?)]—–-".unicodeScalars.contains(s[end])
        return before && after
    }

    static func scan(_ paragraphs: inout [TextParagraph]) -> [Quotation] {
        var quotes: [Quotation] = []
        var open: (start: TextSpan, family: Family)? = nil
        for p in paragraphs.indices {
            let tokens = paragraphs[p].tokens
            var marks = paragraphs[p].quoteOfToken
            if let o = open {
                // Carried over: continues only if this paragraph opens with a quote mark.
                let first = tokens.first.map { paragraphs[p].scalars[$0.start].value }
                let reopens = first.map { opening($0) != nil || $0 == 0x22 || $0 == 0x27 } ?? false
                if !reopens {
                    let last = p - 1
                    quotes.append(Quotation(start: o.start,
                                            end: TextSpan(paragraph: last, paragraphs[last].scalars.count,
                                                          paragraphs[last].scalars.count),
                                            closed: false))
                    open = nil
                }
            }
            var t = 0
            let scalars = paragraphs[p].scalars
            while t < tokens.count {
                let tok = tokens[t]
                let firstIndex = t
                if tok.kind == .punctuation {
                    var v = scalars[tok.start].value
                    // Two apostrophes (''…'') as in some wire copy: one straight double quote.
                    if v == 0x27, t + 1 < tokens.count, tokens[t + 1].start == tok.end, scalars[tokens[t + 1].start].value == 0x27 {
                        v = 0x22
                        t += 1
                    }
                    let markStart = tok.start, markEnd = tokens[t].end
                    if let o = open {
                        if o.family == .straight, v == 0x22, looksOpening(scalars, markStart, markEnd),
                           !looksClosing(scalars, markStart, markEnd) {
                            // A stray straight quote left open: end it here and open a new one.
                            quotes.append(Quotation(start: o.start, end: TextSpan(paragraph: p, tok.start, tok.start),
                                                    closed: false))
                            open = (TextSpan(paragraph: p, tok.start, tok.start), .straight)
                            for m in firstIndex...t { marks[m] = Int32(quotes.count) }
                            t += 1
                            continue
                        }
                        if closes(v, o.family) {
                            for m in firstIndex...t { marks[m] = Int32(quotes.count) }
                            quotes.append(Quotation(start: o.start, end: TextSpan(paragraph: p, markEnd, markEnd),
                                                    closed: true))
                            open = nil
                            t += 1
                            continue
                        }
                        // A new opening mark of another paragraph's continuation is part of the quote.
                    } else if let f = opening(v) {
                        open = (TextSpan(paragraph: p, tok.start, tok.start), f)
                    } else if v == 0x22 {
                        if !looksClosing(scalars, markStart, markEnd) || looksOpening(scalars, markStart, markEnd) {
                            open = (TextSpan(paragraph: p, tok.start, tok.start), .straight)
                        }
                    } else if v == 0x201D, t + 1 < tokens.count, tokens[t + 1].start == tok.end {
                        open = (TextSpan(paragraph: p, tok.start, tok.start), .reversedCurly)
                    }
                }
                if open != nil { for m in firstIndex...t { marks[m] = Int32(quotes.count) } }
                t += 1
            }
            paragraphs[p].quoteOfToken = marks
        }
        if let o = open, let last = paragraphs.indices.last {
            let n = paragraphs[last].scalars.count
            quotes.append(Quotation(start: o.start, end: TextSpan(paragraph: last, n, n), closed: false))
        }
        return quotes
    }
}
