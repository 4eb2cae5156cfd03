import CorroborateModel

/// Contents that run through a quotation over several paragraphs.
extension EnglishFrame {
    /// Paragraphs a multi-paragraph quotation may span, forwards or backwards from its attribution.
    static let quoteParagraphReach = 8

    /// A content that is the last paragraph of a multi-paragraph quotation (“… [no closing mark]
    /// ¶ “The missile started the fire,” the official said.) takes the quotation's earlier
    /// paragraphs too: the attribution at its end covers all of it.
    func extendBackThroughQuotation(_ spans: [TextSpan], content: [Range<Int>]) -> [TextSpan] {
        guard let first = content.first, !spans.isEmpty, toks[first.lowerBound].start == 0,
              let q = text.quotation(paragraph: p, token: first.lowerBound) else { return spans }
        let start = text.quotes[q].start
        guard start.paragraph < p, p - start.paragraph <= Self.quoteParagraphReach else { return spans }
        var earlier: [TextSpan] = []
        for k in start.paragraph..<p {
            let from = k == start.paragraph ? start.span.start : 0
            let end = text.paragraphs[k].scalars.count
            if end > from { earlier.append(TextSpan(paragraph: k, from, end)) }
        }
        return earlier + spans
    }

    /// A content that opens a quotation running past the sentence takes the whole quotation,
    /// into later paragraphs when the quote continues there.
    func extendThroughQuotation(_ spans: [TextSpan], content: [Range<Int>]) -> [TextSpan] {
        let spans = extendBackThroughQuotation(spans, content: content)
        guard let last = content.last, let q = text.quotation(paragraph: p, token: last.lowerBound) else { return spans }
        let quotation = text.quotes[q]
        guard quotation.start.paragraph == p, quotation.start.span.start == toks[last.lowerBound].start else { return spans }
        var out = spans
        if quotation.end.paragraph == p {
            if quotation.end.span.start > out[out.count - 1].span.end {
                out[out.count - 1].span.end = quotation.end.span.start
            }
            return out
        }
        out[out.count - 1].span.end = par.scalars.count
        for q in (p + 1)...min(quotation.end.paragraph, p + Self.quoteParagraphReach) {
            let end = q == quotation.end.paragraph ? quotation.end.span.start : text.paragraphs[q].scalars.count
            if end > 0 { out.append(TextSpan(paragraph: q, 0, end)) }
        }
        return out
    }
}
