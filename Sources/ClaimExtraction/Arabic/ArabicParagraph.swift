import CorroborateModel
import Linguistics

/// One paragraph as the Arabic rules read it: match-form token texts and the known entities
/// (from `Linguistics.EntityCatalog`) mapped onto token indices. Built once per paragraph.
struct ArabicParagraph {
    let index: Int
    let par: TextParagraph
    /// Match-normalised text of each token (harakat, tatweel removed; أ → ا; ى → ي; ة → ه).
    let norm: [String]
    /// `norm` without one leading conjunction و/ف ("وقال" → "قال"); `norm` itself otherwise.
    let bare: [String]
    /// `norm` without two leading conjunctions ("ووفق" → "وفق" is `bare`, "فوفق" → "وفق").
    let bare2: [String]
    /// For each token, the entity mention starting at it: (entity, index one past its last token).
    let entityAt: [Int: (entity: Entity, end: Int)]

    init(index: Int, paragraph: TextParagraph, catalog: EntityCatalog) {
        self.index = index
        par = paragraph
        norm = ArabicParagraph.normalizedTokens(paragraph)
        bare = norm.map(ArabicParagraph.dropConjunction)
        bare2 = bare.map(ArabicParagraph.dropConjunction)
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

    /// Each token's match form, from one normalisation of the whole paragraph (offsets map
    /// normalised scalars back to tokens in one sweep).
    static func normalizedTokens(_ paragraph: TextParagraph) -> [String] {
        let n = TextNormalizer.normalizeWithOffsets(paragraph.text)
        var result: [String] = []
        result.reserveCapacity(paragraph.tokens.count)
        var k = 0
        for tok in paragraph.tokens {
            while k < n.origins.count, n.origins[k] < tok.start { k += 1 }
            let lo = k
            while k < n.origins.count, n.origins[k] < tok.end { k += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: n.scalars[lo..<k].lazy.filter { $0 != " " })
            result.append(String(view))
        }
        return result
    }

    static func dropConjunction(_ w: String) -> String {
        let s = w.unicodeScalars
        guard s.count > 2, let f = s.first, f == "و" || f == "ف" else { return w }
        return String(String.UnicodeScalarView(s.dropFirst()))
    }

    /// The speech-verb entry of token `t` (و ف وف allowed).
    func verb(_ t: Int) -> ArabicSpeechVerbs.Entry? {
        if let e = ArabicSpeechVerbs.forms[norm[t]] ?? ArabicSpeechVerbs.forms[bare[t]] ?? ArabicSpeechVerbs.forms[bare2[t]] {
            return e
        }
        // «وعاد النقابي ليؤكد أن …», «ليكشف أن»: an imperfect with the lam of purpose after «عاد».
        let w = bare[t]
        guard w.hasPrefix("ل"), t >= 2, (t - 3..<t).contains(where: { $0 >= 0 && ["عاد", "عادت"].contains(bare[$0]) }) else { return nil }
        let rest = String(w.dropFirst())
        guard rest.hasPrefix("ي") || rest.hasPrefix("ت"), let e = ArabicSpeechVerbs.forms[rest], !e.isParticiple else { return nil }
        return e
    }

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
    func isComma(_ t: Int) -> Bool {
        t < norm.count && norm[t] == "," && par.scalars[par.tokens[t].start] != "\u{066C}"
    }

    /// The length of `words` matched at token `t` (first word may carry و/ف), or nil.
    func match(_ words: [String], at t: Int, limit: Int) -> Int? {
        guard t + words.count <= limit, !words.isEmpty else { return nil }
        let first = words[0]
        guard norm[t] == first || bare[t] == first || bare2[t] == first else { return nil }
        for k in 1..<max(words.count, 1) where norm[t + k] != words[k] { return nil }
        return words.count
    }

    /// The longest phrase of `table` matched at `t`.
    func longest(_ table: PhraseTable, at t: Int, limit: Int) -> (phrase: [String], length: Int)? {
        guard t < limit else { return nil }
        var best: ([String], Int)?
        for key in [norm[t], bare[t], bare2[t]] {
            for p in table.candidates(key) where p.count > (best?.1 ?? 0) {
                if let n = match(p, at: t, limit: limit) { best = (p, n); break }
            }
        }
        return best
    }

    /// `norm[t]` without one leading و/ف.
    func stripped(_ t: Int) -> String { bare[t] }

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
