import CorroborateModel
import Linguistics

/// Reads the attributions of one Arabic sentence, left to right, in one pass.
///
/// Order of tests at each token: writer's-voice cues (يُعتقد أن، يُذكر أن) are skipped; then
/// documents (جاء في البيان), prepositional cues (بحسب، وفق، نقلا عن), and speech verbs with
/// their gate (`ArabicSentenceReader+Verbs`). After a claim the scan resumes after its content,
/// or right after a direct quotation (so "وقال: «…»، مؤكدا أن …" yields two claims).
struct ArabicSentenceReader {
    let text: AnalyzedText
    let ap: ArabicParagraph
    let sentenceIndex: Int
    /// First token of the sentence.
    let a: Int
    /// One past the last token, sentence-final punctuation excluded.
    let e: Int
    /// The sentence carries an anonymity clause ("طلب عدم الكشف عن هويته").
    let anonymous: Bool
    var found: [AttributionCandidate] = []
    /// The subject of a speech verb whose gate did not open in this sentence (for a following
    /// ḥāl participle).
    var pendingSubject: ArabicNounPhrase?

    static let terminators: Set<String> = [".", "!", "?", "…", "؟", ";", "؛"]

    init(text: AnalyzedText, paragraph: ArabicParagraph, sentenceIndex: Int) {
        self.text = text
        ap = paragraph
        self.sentenceIndex = sentenceIndex
        let s = text.sentences[sentenceIndex]
        a = s.tokens.lowerBound
        var end = s.tokens.upperBound
        while end > a, paragraph.tokens[end - 1].kind == .punctuation,
              ArabicSentenceReader.terminators.contains(paragraph.norm[end - 1]) {
            end -= 1
        }
        e = end
        var anon = false
        var t = a
        while t < end, !anon {
            if paragraph.longest(ArabicWords.anonymity, at: t, limit: end) != nil { anon = true }
            t += 1
        }
        anonymous = anon
    }

    mutating func read() -> [AttributionCandidate] {
        var i = a
        while i < e {
            if ap.quoted(i) || ap.tokens[i].kind == .punctuation { i += 1; continue }
            if let (_, n) = ap.longest(ArabicWords.impersonal, at: i, limit: e) {
                // The writer's voice: what follows is not attributed; skip to the next clause.
                i = nextClause(after: i + n)
                continue
            }
            if let next = document(at: i) ?? preposition(at: i) ?? verb(at: i) ?? noComment(at: i) {
                i = max(next, i + 1)
                continue
            }
            i += 1
        }
        // One speaker in one sentence speaks through one channel: "نفى المتحدث …، وقال للوكالة:
        // …" gives the denial the relay the second clause names.
        for k in found.indices where found[k].via.isEmpty {
            if let other = found.first(where: { !$0.via.isEmpty && $0.source?.text == found[k].source?.text
                                                && $0.source?.reference != .implicit }) {
                found[k].via = other.via
            }
        }
        // "ذكرت الصحيفة أن الوزارة أعلنت أن …، في حين أفاد الصليب الأحمر بأن …": what follows the
        // outlet's report in the same sentence is still its report.
        if let r = found.firstIndex(where: { $0.source?.kind == .outlet }), let reporter = found[r].source {
            for k in found.indices where k > r && found[k].via.isEmpty && found[k].source?.kind != .outlet
                && found[k].source?.reference != .implicit {
                found[k].via = found[r].via + [reporter]
            }
        }
        return found
    }

    // MARK: - Shared helpers

    func mention(_ np: ArabicNounPhrase) -> SourceMention {
        ArabicMentions.mention(np, in: ap, anonymous: anonymous)
    }

    /// The first token after `t` that follows a comma outside quotations (or the sentence end).
    func nextClause(after t: Int) -> Int {
        var k = t
        while k < e {
            if ap.isComma(k), !ap.quoted(k) { return k + 1 }
            k += 1
        }
        return e
    }

    /// Where indirect content starting at `start` ends: the sentence end, or a comma before a
    /// ḥāl participle cue (", مؤكدا أن"), a relay ("، بحسب ما نقلت"), or the writer's gloss
    /// ("، في إشارة إلى").
    func contentEnd(from start: Int) -> Int {
        var k = start
        while k < e {
            if ap.isComma(k), !ap.quoted(k), k + 1 < e {
                let n = ap.norm[k + 1]
                // "وبينما قالت الشركة إنها …، ذكر مسؤول أن …": after a while-clause the main
                // clause's verb starts another statement.
                if let entry = ap.verb(k + 1), entry.isParticiple || ap.norm[k + 1] != ap.bare[k + 1]
                    || ["بينما", "وبينما", "فيما", "وفيما"].contains(ap.norm[a]) { return k }
                // "…، ناقلةً عن مصدر دبلوماسي قوله": whom the outlet cites (see `citingParticiple`).
                if ArabicSentenceReader.citingParticiples.contains(n), k + 2 < e, ap.norm[k + 2] == "عن" { return k }
                // "…، وهو ما أكدته الشركة": what another source confirmed is its own statement.
                if ["وهو", "وهذا", "وهي"].contains(n), k + 2 < e, ap.norm[k + 2] == "ما" { return k }
                if ap.longest(ArabicWords.prepositions, at: k + 1, limit: e) != nil { return k }
                if ap.match(["في", "اشاره", "الي"], at: k + 1, limit: e) != nil { return k }
                // "…، بينما أكد الصليب الأحمر أن …" / "…، في حين قال …": another speaker's statement.
                if ["بينما", "فيما", "وفيما", "وبينما"].contains(n), k + 2 < e, ap.verb(k + 2) != nil { return k }
                if ap.match(["في", "حين"], at: k + 1, limit: e) != nil, k + 3 < e, ap.verb(k + 3) != nil { return k }
                // "…، غير أن الناطق باسم المديرية نفى ذلك": a contrast whose clause is another
                // speaker's statement.
                if let opener = contrastOpener(at: k + 1, limit: e),
                   (k + 1 + opener..<min(e, k + 14)).contains(where: { ap.verb($0).map { !$0.isParticiple } ?? false }) { return k }
            }
            k += 1
        }
        return e
    }

    /// "ناقلاً عن", "ناقلةً عن": an outlet's report citing its source.
    static let citingParticiples: Set<String> = ["ناقلا", "ناقله", "ناقلين", "ناقلتا"]

    /// Contrast openers after a comma ("غير أن", "إلا أن", "لكن").
    static let contrasts: [[String]] = [["غير", "ان"], ["الا", "ان"], ["لكن"], ["ولكن"], ["بيد", "ان"]]

    /// The length of a contrast opener at `t`, if one starts there.
    func contrastOpener(at t: Int, limit: Int) -> Int? {
        for opener in Self.contrasts { if let n = ap.match(opener, at: t, limit: limit) { return n } }
        return nil
    }

    /// Trims commas, colons and dashes at both ends of a token range.
    func trimmed(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo, ap.tokens[hi - 1].kind == .punctuation, [",", ":", "-", ";"].contains(ap.norm[hi - 1]) { hi -= 1 }
        while lo < hi, ap.tokens[lo].kind == .punctuation, [",", ":", "-", ";"].contains(ap.norm[lo]) { lo += 1 }
        return lo < hi ? lo..<hi : nil
    }

    func words(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + (ap.tokens[$1].isWord ? 1 : 0) } }

    /// The content spans for tokens `r`: a quotation opened in `r` that runs past it is followed
    /// to its end, into later paragraphs when the quote continues there.
    func contentSpans(_ r: Range<Int>) -> [TextSpan] {
        var spans = [ap.span(r)]
        guard let q = text.quotation(paragraph: ap.index, token: r.upperBound - 1) else { return spans }
        let quotation = text.quotes[q]
        if quotation.end.paragraph == ap.index {
            if quotation.end.span.start > spans[0].span.end { spans[0].span.end = quotation.end.span.start }
            return spans
        }
        spans[0].span.end = ap.par.scalars.count
        for p in (ap.index + 1)...min(quotation.end.paragraph, ap.index + 8) {
            let end = p == quotation.end.paragraph ? quotation.end.span.start : text.paragraphs[p].scalars.count
            if end > 0 { spans.append(TextSpan(paragraph: p, 0, end)) }
        }
        return spans
    }

    /// Direct when every content word is quoted, indirect when none is, mixed otherwise.
    func quoteKind(_ r: Range<Int>) -> Claim.Quote {
        var quoted = 0, total = 0
        for t in r where ap.tokens[t].isWord {
            total += 1
            if ap.quoted(t), !isQuotedName(t) { quoted += 1 }
        }
        if quoted == 0 { return .indirect }
        return quoted == total ? .direct : .mixed
    }

    mutating func emit(source: SourceMention?, cue: [TextSpan], content: Range<Int>, polarity: Claim.Polarity,
                       via: [SourceMention]) {
        guard let r = trimmed(content), words(r) >= 1 else { return }
        found.append(AttributionCandidate(source: source, cue: cue, content: contentSpans(r), quote: quoteKind(r),
                                          polarity: polarity, via: via, sentence: sentenceIndex))
    }

    /// Whether token `t` sits in quote marks that only hold a known name (تنظيم "داعش").
    func isQuotedName(_ t: Int) -> Bool {
        var open = t
        while open > max(0, t - 6), !ap.isQuoteMark(open) { open -= 1 }
        guard ap.isQuoteMark(open) else { return false }
        var close = open + 1
        while close < ap.tokens.count, !ap.isQuoteMark(close) { close += 1 }
        guard close - open <= 4 else { return false }
        for start in [open - 2, open - 1, open + 1] where start >= 0 {
            if let (_, end) = ap.entityAt[start], end >= close { return true }
        }
        return false
    }

    /// The quotation opened at token `t`: its token range in this paragraph (to its closing
    /// mark, or the paragraph end when it runs on).
    func quotationRange(at t: Int) -> Range<Int>? {
        guard ap.isQuoteMark(t), let q = text.quotation(paragraph: ap.index, token: t) else { return nil }
        var k = t + 1
        while k < ap.tokens.count, ap.par.quoteOfToken[k] == Int32(q) { k += 1 }
        return t..<max(k, t + 1)
    }
}
