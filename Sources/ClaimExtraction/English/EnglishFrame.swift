import CorroborateModel

/// Reads the attributions of one English sentence (see `EnglishRules` for the frames).
struct EnglishFrame {
    let text: AnalyzedText
    let sentenceIndex: Int
    let p: Int
    let par: TextParagraph
    let toks: [Token]
    /// First token of the sentence.
    let a: Int
    /// One past the last token, sentence-final punctuation excluded.
    let e: Int
    let np: NounPhrase
    let lexicon = CueLexicon.shared

    static let terminators: Set<String> = [".", "!", "?", "…", ";"]
    static let tellVerbs: Set<String> = ["told", "tells", "tell", "telling", "informed", "assured", "reminded", "briefed"]
    static let relayVerbs: Set<String> = ["citing", "quoting", "cited"]
    static let denials: Set<String> = ["denied", "denies", "deny", "denying", "refuted", "disputed", "rejected", "dismissed"]

    init(text: AnalyzedText, sentenceIndex: Int) {
        self.text = text
        self.sentenceIndex = sentenceIndex
        let s = text.sentences[sentenceIndex]
        p = s.paragraph
        par = text.paragraphs[p]
        toks = par.tokens
        a = s.tokens.lowerBound
        var end = s.tokens.upperBound
        while end > a, toks[end - 1].kind == .punctuation, EnglishFrame.terminators.contains(toks[end - 1].lower) {
            end -= 1
        }
        e = end
        np = NounPhrase(tokens: toks, lowerBound: a, upperBound: end)
    }

    mutating func attributions(threshold: Double) -> [AttributionCandidate] {
        var found: [AttributionCandidate] = []
        var i = a
        while i < e {
            if par.quoteOfToken[i] >= 0 { i += 1; continue }
            guard let m = lexicon.match(toks, at: i, limit: e), m.precision >= threshold else { i += 1; continue }
            let cue = i..<(i + m.length)
            if let c = frame(cue) {
                found.append(c)
                i = cue.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private func span(_ r: Range<Int>) -> TextSpan {
        TextSpan(paragraph: p, span: par.span(tokens: r))
    }

    private func words(_ r: Range<Int>) -> Int {
        r.reduce(0) { $0 + (toks[$1].isWord ? 1 : 0) }
    }

    private func mention(_ r: Range<Int>) -> SourceMention {
        EnglishMentions.mention(r, paragraph: p, in: text)
    }

    private func quoted(_ r: Range<Int>) -> Bool {
        r.contains { par.quoteOfToken[$0] >= 0 }
    }

    private func frame(_ cue: Range<Int>) -> AttributionCandidate? {
        let w0 = toks[cue.lowerBound].lower
        if w0 == "according" { return accordingTo(cue) }
        if EnglishFrame.relayVerbs.contains(w0) { return nil }
        let before = cue.lowerBound > a ? toks[cue.lowerBound - 1] : nil
        if w0.hasSuffix("ing"), before?.lower == "," { return participle(cue) }
        if let source = leftSource(cue.lowerBound), !quoted(source) {
            var relay: [SourceMention] = []
            var speaker = mention(source)
            var content: [Range<Int>] = []
            if let right = rightContent(cue, relay: &relay, cited: &speaker) {
                if source.lowerBound > a + 1, toks[source.lowerBound - 1].lower == ",", toks[cue.upperBound].lower == ",",
                   words(a..<(source.lowerBound - 1)) >= 2 {
                    content = [a..<(source.lowerBound - 1), right]
                } else {
                    content = [right]
                }
            } else if let left = trimmed(a..<source.lowerBound), words(left) >= 2 {
                content = [left]
            } else {
                return nil
            }
            if speaker.text != mention(source).text { relay.insert(mention(source), at: 0) }
            return make(speaker, cue: cue, content: content, via: relay)
        }
        // Inverted: "“…,” said Smith." / "…, says the report."
        guard before == nil || [",", "”", "\"", "’", "—", "–"].contains(before!.lower),
              let source = np.forward(from: cue.upperBound), !quoted(source),
              let left = trimmed(a..<cue.lowerBound), words(left) >= 2 else { return nil }
        return make(mention(source), cue: cue, content: [left], via: [])
    }

    private func accordingTo(_ cue: Range<Int>) -> AttributionCandidate? {
        guard let source = np.forward(from: cue.upperBound), !quoted(source) else { return nil }
        let head = a..<cue.lowerBound
        if words(head) >= 3, let left = trimmed(head) {
            return make(mention(source), cue: cue, content: [left], via: [])
        }
        var j = source.upperBound
        while j < e, toks[j].kind == .punctuation, toks[j].lower == "," { j += 1 }
        guard j < e, words(j..<e) >= 2 else { return nil }
        return make(mention(source), cue: cue, content: [j..<e], via: [])
    }

    /// "X did something, calling it …": the speaker is the sentence subject.
    private func participle(_ cue: Range<Int>) -> AttributionCandidate? {
        var j = a
        while j < cue.lowerBound, toks[j].kind == .punctuation || ["but", "and", "so", "yet"].contains(toks[j].lower) { j += 1 }
        guard j < cue.lowerBound, let subject = np.subject(from: j), subject.upperBound < cue.lowerBound,
              !quoted(subject), cue.upperBound < e, words(cue.upperBound..<e) >= 1 else { return nil }
        return make(mention(subject), cue: cue, content: [cue.upperBound..<e], via: [])
    }

    /// The source phrase left of the cue, with an appositive or relative clause
    /// ("Jim Bopp, a member of the committee, said").
    private func leftSource(_ cueStart: Int) -> Range<Int>? {
        guard cueStart > a else { return nil }
        if toks[cueStart - 1].lower == "," {
            var k = cueStart - 2
            let floor = max(a, cueStart - 30)
            while k > floor, toks[k].lower != "," {
                if toks[k].kind == .punctuation && EnglishFrame.terminators.contains(toks[k].lower) { return nil }
                k -= 1
            }
            guard k > a, toks[k].lower == ",", k + 1 < cueStart - 1 else { return nil }
            let opener = toks[k + 1]
            guard ["who", "whose", "a", "an", "the", "which"].contains(opener.lower) || opener.kind == .number
            else { return nil }
            guard let head = np.backward(endingBefore: k), head.upperBound == k,
                  toks[head.lowerBound].isCapitalized || EnglishWords.determiners.contains(toks[head.lowerBound].lower)
            else { return nil }
            return head.lowerBound..<(cueStart - 1)
        }
        return np.backward(endingBefore: cueStart)
    }

    /// Content after the cue: skips an addressee ("told reporters"), relays ("citing X") and
    /// modifiers before "that" ("said Friday that").
    private func rightContent(_ cue: Range<Int>, relay: inout [SourceMention], cited: inout SourceMention) -> Range<Int>? {
        var j = cue.upperBound
        guard j < e else { return nil }
        if EnglishFrame.tellVerbs.contains(toks[cue.upperBound - 1].lower), let addressee = np.forward(from: j),
           addressee.upperBound < e, !quoted(addressee) {
            let m = mention(addressee)
            if m.kind == .outlet { relay.append(m) }
            j = addressee.upperBound
        }
        if j + 1 < e, toks[j].lower == ",", EnglishFrame.relayVerbs.contains(toks[j + 1].lower),
           let source = np.forward(from: j + 2) {
            cited = mention(source)
            j = source.upperBound
        }
        var k = j
        while k < min(e, j + 8) {
            if toks[k].lower == "that" { j = k; break }
            if toks[k].kind == .punctuation { break }
            k += 1
        }
        while j < e, toks[j].kind == .punctuation, [",", ":", "—", "–"].contains(toks[j].lower) { j += 1 }
        guard j < e, words(j..<e) >= 1 else { return nil }
        return j..<e
    }

    /// Drops trailing commas and dashes (closing quotes stay: they belong to the content).
    private func trimmed(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo, toks[hi - 1].kind == .punctuation, [",", "—", "–", "-", ":"].contains(toks[hi - 1].lower) { hi -= 1 }
        while lo < hi, toks[lo].kind == .punctuation, [",", "—", "–", "-"].contains(toks[lo].lower) { lo += 1 }
        return lo < hi ? lo..<hi : nil
    }

    private func make(_ source: SourceMention, cue: Range<Int>, content: [Range<Int>], via: [SourceMention]) -> AttributionCandidate {
        let cueWords = cue.map { toks[$0].lower }
        var polarity = Claim.Polarity.positive
        if cueWords.contains(where: EnglishFrame.denials.contains) { polarity = .negative }
        let after = content.last.map { toks[$0.lowerBound].lower } ?? ""
        if ["declined", "refused", "declines", "refuses", "declining"].contains(cueWords[0]),
           cueWords.contains("comment") || after == "to" {
            polarity = .none
        }
        if cue.lowerBound > a {
            let prev = toks[cue.lowerBound - 1].lower
            if prev == "not" || prev == "never" || prev == "t" && cue.lowerBound >= a + 2 && toks[cue.lowerBound - 2].lower == "’" {
                polarity = .none
            }
        }
        var spans = content.map(span)
        spans = extendThroughQuotation(spans, content: content)
        let all = content.flatMap { Array($0) }
        let inQuote = all.filter { toks[$0].isWord && par.quoteOfToken[$0] >= 0 }.count
        let total = all.filter { toks[$0].isWord }.count
        let quote: Claim.Quote = inQuote == 0 ? .indirect : (inQuote == total ? .direct : .mixed)
        return AttributionCandidate(source: source, cue: [span(cue)], content: spans, quote: quote,
                                    polarity: polarity, via: via, sentence: sentenceIndex)
    }

    /// A content that opens a quotation running past the sentence takes the whole quotation,
    /// into later paragraphs when the quote continues there.
    private func extendThroughQuotation(_ spans: [TextSpan], content: [Range<Int>]) -> [TextSpan] {
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
        for q in (p + 1)...min(quotation.end.paragraph, p + 8) {
            let end = q == quotation.end.paragraph ? quotation.end.span.start : text.paragraphs[q].scalars.count
            if end > 0 { out.append(TextSpan(paragraph: q, 0, end)) }
        }
        return out
    }
}
