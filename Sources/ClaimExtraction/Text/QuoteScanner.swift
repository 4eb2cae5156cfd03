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

    static func scan(_ paragraphs: inout [TextParagraph]) -> [Quotation] {
        var quotes: [Quotation] = []
        var open: (start: TextSpan, family: Family)? = nil
        for p in paragraphs.indices {
            let tokens = paragraphs[p].tokens
            var marks = paragraphs[p].quoteOfToken
            if let o = open {
                // Carried over: continues only if this paragraph opens with a quote mark.
                let first = tokens.first.map { paragraphs[p].scalars[$0.start].value }
                let reopens = first.map { opening($0) != nil || $0 == 0x22 } ?? false
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
            while t < tokens.count {
                let tok = tokens[t]
                if tok.kind == .punctuation {
                    let v = paragraphs[p].scalars[tok.start].value
                    if let o = open {
                        if closes(v, o.family) {
                            marks[t] = Int32(quotes.count)
                            quotes.append(Quotation(start: o.start, end: TextSpan(paragraph: p, tok.end, tok.end),
                                                    closed: true))
                            open = nil
                            t += 1
                            continue
                        }
                        // A new opening mark of another paragraph's continuation is part of the quote.
                    } else if let f = opening(v) {
                        open = (TextSpan(paragraph: p, tok.start, tok.start), f)
                    } else if v == 0x22 {
                        open = (TextSpan(paragraph: p, tok.start, tok.start), .straight)
                    } else if v == 0x201D, t + 1 < tokens.count, tokens[t + 1].start == tok.end {
                        open = (TextSpan(paragraph: p, tok.start, tok.start), .reversedCurly)
                    }
                }
                if open != nil { marks[t] = Int32(quotes.count) }
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
