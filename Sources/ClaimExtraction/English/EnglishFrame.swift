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
    /// Asides between a source and its cue: "The government, for instance, refused".
    static let asides: Set<String> = [
        "for example", "for instance", "however", "in fact", "too", "though", "meanwhile", "in turn", "of course",
        "at the time", "in an interview", "in a statement", "for his part", "for her part", "for their part",
        "in response", "in a tweet", "separately", "moreover", "in particular", "nonetheless", "nevertheless",
        "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday",
        "also", "instead", "in contrast", "likewise", "similarly", "again", "earlier", "later", "last week",
        "this week", "at one point", "at a rally", "in the interview", "in his statement", "in her statement",
    ]
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

    /// Candidates whose cue has at least `threshold` prior precision, each with its features.
    mutating func attributions(threshold: Double) -> [(candidate: AttributionCandidate, features: [String])] {
        var found: [(AttributionCandidate, [String])] = []
        var i = a
        while i < e {
            if par.quoteOfToken[i] >= 0 { i += 1; continue }
            guard let m = lexicon.match(toks, at: i, limit: e), m.precision >= threshold else { i += 1; continue }
            let cue = i..<(i + m.length)
            if let c = frame(cue) {
                var c = c
                c.confidence = m.precision
                found.append((c, features(c, cue: cue, prior: m.precision)))
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
        if rejectsVerbReading(cue) { return nil }
        if let source = leftSource(cue.lowerBound), !quoted(source), validSourceStart(source) {
            if w0.hasSuffix("ing"), source.lowerBound > a,
               ["with", "by", "of", "for", "in", "on", "about", "at", "from", "without", "the", "a", "an"]
                .contains(toks[source.lowerBound - 1].lower) { return nil }
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
        guard before == nil || [",", "”", "\"", "’", "'", "—", "–"].contains(before!.lower),
              let source = np.forward(from: cue.upperBound), !quoted(source), validSourceStart(source),
              let left = trimmed(a..<cue.lowerBound), words(left) >= 2 else { return nil }
        guard let full = invertedSource(source) else { return nil }
        return make(mention(full), cue: cue, content: [left], via: [])
    }

    /// "said Smith" must end the clause: followed by the end, a comma, a parenthesis or a
    /// prepositional phrase ("in an interview"), never by "that …". An appositive or relative
    /// clause after it belongs to the source ("said Ann Lee, a spokeswoman for the group").
    private func invertedSource(_ source: Range<Int>) -> Range<Int>? {
        var end = source.upperBound
        if end < e, toks[end].lower == "(" {
            var k = end
            while k < min(e, end + 10), toks[k].lower != ")" { k += 1 }
            if k < e, toks[k].lower == ")" { end = k + 1 }
        }
        if end >= e { return source.lowerBound..<end }
        let next = toks[end].lower
        if next == ",", end + 1 < e {
            let opener = toks[end + 1]
            if ["a", "an", "the", "who", "whose", "which", "one", "former", "chief", "president", "executive", "director",
                "spokesman", "spokeswoman", "chairman", "senior", "co"].contains(opener.lower) || opener.kind == .number {
                var k = end + 1
                while k < e, par.quoteOfToken[k] < 0 { k += 1 }
                return source.lowerBound..<k
            }
            return source.lowerBound..<end
        }
        if ["in", "on", "at", "during", "after", "before", "while", "when", "to", "as", "—", "–", ";", ":"].contains(next) {
            return source.lowerBound..<end
        }
        return par.quoteOfToken[end] >= 0 ? source.lowerBound..<end : nil
    }

    /// Noun readings and passives of a cue word: "the highest calling", "notes of", "was admitted".
    private func rejectsVerbReading(_ cue: Range<Int>) -> Bool {
        let w0 = toks[cue.lowerBound].lower
        if cue.upperBound < e, cue.count == 1, toks[cue.upperBound].lower == "of" { return true }
        var j = cue.lowerBound - 1
        while j >= a, np.isAdverb(j) && !["had", "has", "have", "will", "would", "could"].contains(toks[j].lower) { j -= 1 }
        guard j >= a else { return false }
        let prev = toks[j].lower
        if EnglishWords.determiners.contains(prev) && prev != "that" && !["both", "all", "many", "some", "most", "two", "three", "four", "one", "few", "several", "other", "more"].contains(prev) { return true }
        if ["is", "was", "are", "were", "be", "been", "being", "aren", "isn", "wasn", "weren", "get", "got"].contains(prev),
           cue.count == 1, w0.hasSuffix("ed") || w0 == "told" || w0 == "shown",
           (lexicon.precision(of: w0) ?? 0) < 0.8, !["expected", "quoted", "reported"].contains(w0) { return true }
        return false
    }

    /// A source never starts with "to" or "that".
    private func validSourceStart(_ r: Range<Int>) -> Bool {
        let w = toks[r.lowerBound]
        return w.isCapitalized || !["to", "that", "which", "than", "as"].contains(w.lower)
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
        var j = introEnd(before: cue.lowerBound - 1)
        while j < cue.lowerBound, toks[j].kind == .punctuation || ["but", "and", "so", "yet"].contains(toks[j].lower) { j += 1 }
        guard j < cue.lowerBound, let subject = np.subject(from: j), subject.upperBound < cue.lowerBound,
              !quoted(subject), cue.upperBound < e, words(cue.upperBound..<e) >= 1 else { return nil }
        return make(mention(subject), cue: cue, content: [cue.upperBound..<e], via: [])
    }

    static let introStarters: Set<String> = [
        "on", "in", "at", "during", "after", "before", "since", "for", "with", "earlier", "later", "last", "this",
        "next", "the", "meanwhile", "still", "however", "instead", "first", "then", "now", "today", "yesterday",
        "separately", "also", "but", "and", "speaking", "asked", "when", "while", "as", "in", "by", "over", "despite",
    ]

    /// First token after a short introductory phrase ("On Monday,", "The next month,"), else `a`.
    private func introEnd(before limit: Int) -> Int {
        guard a < limit, EnglishFrame.introStarters.contains(toks[a].lower) || toks[a].kind == .number else { return a }
        var k = a
        while k < min(limit, a + 8) {
            if toks[k].lower == "," { return k + 1 }
            k += 1
        }
        return a
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
            if EnglishFrame.asides.contains(toks[(k + 1)..<(cueStart - 1)].map(\.lower).joined(separator: " ")) {
                return np.backward(endingBefore: k)
            }
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
