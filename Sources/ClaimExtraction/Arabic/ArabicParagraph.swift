import CorroborateModel
import Linguistics

/// One paragraph as the Arabic rules read it: match-form token texts and the known entities
/// (from `Linguistics.EntityCatalog`) mapped onto token indices. Built once per paragraph.
struct ArabicParagraph {
    let index: Int
    let par: TextParagraph
    /// Match-normalised text of each token (harakat, tatweel removed; أ → ا; ى → ي; ة → ه).
    let norm: [String]
    /// For each token, the entity mention starting at it: (entity, index one past its last token).
    let entityAt: [Int: (entity: Entity, end: Int)]

    init(index: Int, paragraph: TextParagraph, catalog: EntityCatalog) {
        self.index = index
        par = paragraph
        norm = paragraph.tokens.map { TextNormalizer.normalize($0.lower) }
        var tokenOfScalar = [Int](repeating: -1, count: paragraph.scalars.count + 1)
        for (t, tok) in paragraph.tokens.enumerated() {
            for k in tok.start..<tok.end { tokenOfScalar[k] = t }
        }
        var at: [Int: (Entity, Int)] = [:]
        for m in catalog.mentions(in: paragraph.text) {
            guard m.range.lowerBound < tokenOfScalar.count, m.range.upperBound > 0 else { continue }
            let first = tokenOfScalar[m.range.lowerBound]
            let last = tokenOfScalar[min(m.range.upperBound - 1, tokenOfScalar.count - 1)]
            if first >= 0, last >= first { at[first] = (m.entity, last + 1) }
        }
        entityAt = at
    }

    var tokens: [Token] { par.tokens }

    /// Whether token `t` lies inside a quotation.
    func quoted(_ t: Int) -> Bool { par.quoteOfToken[t] >= 0 }

    /// Whether token `t` is a quote mark.
    func isQuoteMark(_ t: Int) -> Bool {
        guard t < par.tokens.count, par.tokens[t].kind == .punctuation else { return false }
        switch par.scalars[par.tokens[t].start].value {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    /// Whether token `t` is a comma (Arabic or Latin).
    func isComma(_ t: Int) -> Bool { t < norm.count && norm[t] == "," }

    /// The length of `words` matched at token `t` (first word may carry و/ف), or nil.
    func match(_ words: [String], at t: Int, limit: Int) -> Int? {
        guard t + words.count <= limit else { return nil }
        for (k, w) in words.enumerated() {
            let n = norm[t + k]
            if n == w { continue }
            if k == 0, n.unicodeScalars.count > w.unicodeScalars.count,
               let f = n.unicodeScalars.first, f == "و" || f == "ف",
               String(String.UnicodeScalarView(n.unicodeScalars.dropFirst())) == w { continue }
            if k == 0, n.hasPrefix("وف") || n.hasPrefix("فو"),
               String(String.UnicodeScalarView(n.unicodeScalars.dropFirst(2))) == w { continue }
            return nil
        }
        return words.count
    }

    /// The longest of `phrases` matched at `t`.
    func longest(_ phrases: [[String]], at t: Int, limit: Int) -> (phrase: [String], length: Int)? {
        var best: ([String], Int)?
        for p in phrases {
            if let n = match(p, at: t, limit: limit), n > (best?.1 ?? 0) { best = (p, n) }
        }
        return best
    }

    /// `norm[t]` without one leading proclitic among `letters`.
    func stripped(_ t: Int, _ letters: String = "وف") -> String {
        let n = norm[t]
        guard n.unicodeScalars.count > 2, let f = n.unicodeScalars.first, letters.unicodeScalars.contains(f) else { return n }
        return String(String.UnicodeScalarView(n.unicodeScalars.dropFirst()))
    }

    /// Span of tokens `range`.
    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(paragraph: index, span: par.span(tokens: range))
    }

    /// Span from scalar `start` to the end of token `last`.
    func span(from start: Int, through last: Int) -> TextSpan {
        TextSpan(paragraph: index, start, par.tokens[last].end)
    }

    /// Text of a token range with quote marks removed and spaces tidied.
    func plainText(_ range: Range<Int>, from start: Int? = nil) -> String {
        guard !range.isEmpty else { return "" }
        let lo = start ?? par.tokens[range.lowerBound].start
        let raw = par.string(Span(lo, par.tokens[range.upperBound - 1].end))
        let cleaned = raw.unicodeScalars.filter {
            !["\"", "«", "»", "“", "”", "„"].contains(Character($0))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: cleaned)
        return String(view).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
