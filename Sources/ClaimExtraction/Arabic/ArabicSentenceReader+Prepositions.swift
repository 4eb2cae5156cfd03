import CorroborateModel
import Linguistics

extension ArabicSentenceReader {
    /// "بحسب المسؤول، فإن …", "… وفق ما أفادت وكالة رويترز", "بحسب ما نقلت X عن Y",
    /// "وبحسبه، …": the source named by a prepositional cue (reference §1.4).
    mutating func preposition(at i: Int) -> Int? {
        var k: Int
        var cueEnd: Int
        var source: SourceMention
        var via: [SourceMention] = []
        var phraseEnd: Int
        let n0 = ap.stripped(i)
        if ArabicWords.pronominalPrepositions.contains(n0) && (n0.hasPrefix("بحسب") || n0.hasPrefix("حسب") || n0.hasPrefix("وفق")) {
            source = .implicit
            cueEnd = i + 1
            phraseEnd = i + 1
        } else if let n = pronominalPhrase(at: i) {
            source = .implicit
            cueEnd = i + n
            phraseEnd = i + n
        } else if let (phrase, n) = ap.longest(ArabicWords.prepositions, at: i, limit: e) {
            k = i + n
            // «وفي رواية مغايرة، يحكي ناجٍ …»: "in another account" names no source.
            if phrase == ["في", "روايه"], k < e, Self.accountQualifiers.contains(ap.norm[k]) { return nil }
            // «، على ما أفاد به …» attributes; «التعليق على ما أعلنته المجموعة» is the object of a noun.
            if phrase == ["علي", "ما"], i > a, !ap.isComma(i - 1) { return nil }
            // «بموجب» attributes only a document's words («بموجب بيان»), not a law's or a deal's terms.
            if phrase == ["بموجب"], k >= e || !ArabicWords.documentHeads.contains(ArabicNounPhrase.headWord(ap.norm[k], skip: 0).0) {
                return nil
            }
            cueEnd = k
            let last = phrase[phrase.count - 1]
            var skip = 0
            if last == "ما" || last == "لما" || phrase == ["حسبما"] {
                guard k < e, ArabicWords.isRelayVerb(ap.norm[k]) else { return nil }
                k += 1
                if k < e, ["به", "بها", "بهم"].contains(ap.norm[k]) { k += 1 }
                cueEnd = k
                // «بحسب ما أكده لـ"رافد نيوز" موظف في الوزارة»: the outlet told, then the speaker.
                if let (told, after) = addressee(at: k), after < e, ArabicNounPhrase.read(ap, at: after, limit: e) != nil {
                    if told.kind == .outlet { via.append(told) }
                    k = after
                } else if k < e, ap.isQuoteMark(k), let told = ArabicNounPhrase.read(ap, at: k, limit: e),
                          told.tokens.upperBound < e, let speaker = ArabicNounPhrase.read(ap, at: told.tokens.upperBound, limit: e),
                          [.person, .anonymous, .organization].contains(mention(speaker).kind) {
                    // «على ما أفاد به "الديرة اليوم" مهندسٌ يعمل في المحطة»: the quoted name is the
                    // outlet told (the verb's object), the phrase after it the speaker.
                    via.append(listener(told))
                    k = told.tokens.upperBound
                }
            } else if ["وفقا", "طبقا"].contains(last), k < e, ap.norm[k].hasPrefix("ل"), ap.norm[k].unicodeScalars.count > 2 {
                skip = 1
            }
            // «وفق بيانها», «بحسب تقديره»: the statement of the source in play.
            if k < e, Self.statementNoun(ap.norm[k]) == .attached {
                source = .implicit
                cueEnd = k + 1
                phraseEnd = k + 1
            } else {
            // «بحسب تقدير الفرشيشي», «وفق رواية الشرطة»: the speaker is the noun's genitive.
            if k + 1 < e, Self.statementNoun(ap.norm[k]) == .bare { k += 1 }
            guard var np = ArabicNounPhrase.read(ap, at: k, limit: e, skip: skip) else { return nil }
            var named = false
            if let longer = fullSpeaker(np) {
                named = longer.tokens.contains { ap.isComma($0) }
                np = longer
            }
            var m = skip == 0 && cueEnd > i + n && ap.isQuoteMark(np.tokens.lowerBound) ? listener(np) : mention(np)
            if named, m.kind == .anonymous || m.kind == .unknown {   // the name in commas: a person
                m.kind = .person
                m.reference = .name
            }
            var end = np.tokens.upperBound
            // «على ذمّة المصدر ذاته»: the emphatic "same" belongs to the source.
            while end < e, ArabicWords.emphatics.contains(ap.norm[end]) { end += 1 }
            // بحسب وثيقة اطلعت عليها رويترز: the document is the source, the outlet a relay.
            if end + 1 < e, ["اطلعت", "اطلع", "اطلعوا"].contains(ap.norm[end]), ["عليها", "عليه"].contains(ap.norm[end + 1]),
               let relay = ArabicNounPhrase.read(ap, at: end + 2, limit: e) {
                if m.kind == .unknown { m.kind = .document }
                via.append(mention(relay))
                end = relay.tokens.upperBound
            }
            // بحسب ما نقلت X عن Y: Y speaks, X relays.
            if end < e, ap.norm[end] == "عن", let cited = ArabicNounPhrase.read(ap, at: end + 1, limit: e) {
                via.insert(m, at: 0)
                m = mention(cited)
                end = cited.tokens.upperBound
            }
            // «وتسير الأعمال وفق الخطة الموضوعة», «حسب الجدول»: a bare preposition before a
            // phrase that names no speaker, body, outlet or document is no attribution.
            if m.kind == .unknown, cueEnd == i + n, skip == 0, !ap.isQuoteMark(np.tokens.lowerBound),
               ["وفق", "حسب", "بحسب", "وفقا", "طبقا"].contains(last) { return nil }
            source = m
            phraseEnd = end
            }
        } else {
            return nil
        }
        let cue = [ap.span(i..<cueEnd)]
        var c = phraseEnd
        while c < e, ap.isComma(c) { c += 1 }
        let faInna = c < e && ArabicWords.faInna.contains(ap.norm[c])
        // Fronted: the cue opens the sentence, or follows a short lead-in ("وفي سياق متصل،"),
        // or announces "فإن": it attributes what follows ("وبحسب المسؤول، فإن …").
        if opensClause(i), phraseEnd < e, faInna || words(leadIn(before: i)) <= 4 {
            if faInna, ap.norm[c] == "فان" { c += 1 }
            guard c < e else { return nil }
            // "وبحسب ما نقلته الوكالة عن الخط، قال ناجون إن …": the verb's speaker, via the chain.
            let before = found.count
            if let resume = verb(at: c), found.count > before {
                found[found.count - 1].via = via + [source] + found[found.count - 1].via
                found[found.count - 1].cue.insert(contentsOf: cue, at: 0)
                return resume
            }
            let end = contentEnd(from: c)
            emit(source: source, cue: cue, content: c..<end, polarity: .positive, via: via)
            return end
        }
        // Trailing: "…، بحسب المسؤول." attributes the clause before it; after a claim of this
        // sentence it names a relay of that claim instead.
        if let last = found.indices.last, source.reference != .implicit {
            if source.kind == .outlet { found[last].via.append(source) }
            return phraseEnd
        }
        var lo = a
        while lo < i, ap.tokens[lo].kind == .punctuation || ArabicWords.clauseOpeners.contains(ap.norm[lo]) { lo += 1 }
        emit(source: source, cue: cue, content: lo..<i, polarity: .positive, via: via)
        // «… موظف في وزارة التربية ونائب نقيب المعلمين»: a second speaker joined by و says it too.
        if source.reference != .implicit, phraseEnd < e, ap.norm[phraseEnd].hasPrefix("و"),
           ap.norm[phraseEnd].unicodeScalars.count > 3,
           let second = ArabicNounPhrase.read(ap, at: phraseEnd, limit: e, skip: 1) {
            let m = mention(second)
            if m.kind == .person || m.kind == .anonymous || m.kind == .organization {
                emit(source: m, cue: cue, content: lo..<i, polarity: .positive, via: via)
                return second.tokens.upperBound
            }
        }
        return phraseEnd
    }

    /// Adjectives after «في رواية» that qualify the account instead of naming its teller.
    static let accountQualifiers: Set<String> = ["مغايره", "اخري", "ثانيه", "مختلفه", "مماثله", "متطابقه", "رسميه",
                                                 "اوليه", "جديده", "متضاربه", "مناقضه", "مخالفه", "موازيه"]

    /// "بحسب رئيس جمعية الوكلاء الملاحيين في رأس السبخة، خالد موسى، فإن": the speaker's
    /// description runs on through where the body is and the name in commas, when فإن follows.
    func fullSpeaker(_ np: ArabicNounPhrase) -> ArabicNounPhrase? {
        var end = np.tokens.upperBound
        if end + 1 < e, ArabicSentenceReader.belongingWords.contains(ap.norm[end]),
           let place = ArabicNounPhrase.read(ap, at: end + 1, limit: e) {
            end = place.tokens.upperBound
        }
        if end + 1 < e, ap.isComma(end), let name = ArabicNounPhrase.read(ap, at: end + 1, limit: e),
           name.tokens.upperBound + 1 < e, ap.isComma(name.tokens.upperBound),
           ArabicWords.faInna.contains(ap.norm[name.tokens.upperBound + 1]),
           mention(name).kind == .person, mention(name).reference == .name {
            end = name.tokens.upperBound
        }
        guard end > np.tokens.upperBound else { return nil }
        var c = end
        while c < e, ap.isComma(c) { c += 1 }
        guard c < e, ArabicWords.faInna.contains(ap.norm[c]) else { return nil }
        var longer = np
        longer.tokens = np.tokens.lowerBound..<end
        return longer
    }

    /// The tokens of the sentence before `i`, clause openers at the start left out.
    func leadIn(before i: Int) -> Range<Int> {
        var lo = max(a, i - 12)
        while lo < i, ap.tokens[lo].kind == .punctuation || ArabicWords.clauseOpeners.contains(ap.norm[lo]) { lo += 1 }
        return lo..<max(lo, i)
    }

    /// "نقلا عنه", "على لسانه", "على حد قوله", "وفقا له": length of the phrase.
    func pronominalPhrase(at i: Int) -> Int? {
        guard i + 1 < e else { return nil }
        let first = ap.stripped(i), second = ap.norm[i + 1]
        if first == "نقلا", ["عنه", "عنها", "عنهم"].contains(second) { return 2 }
        if first == "علي", ["لسانه", "لسانها", "لسانهم"].contains(second) { return 2 }
        if ["وفقا", "طبقا"].contains(first), ["له", "لها", "لهم"].contains(second) { return 2 }
        if first == "علي", second == "حد", i + 2 < e,
           ["قوله", "قولها", "قولهم", "تعبيره", "تعبيرها"].contains(ap.norm[i + 2]) { return 3 }
        return nil
    }

    /// Whether token `i` starts a clause: only punctuation and clause openers before it since
    /// the sentence start or the last comma.
    func opensClause(_ i: Int) -> Bool {
        var k = i - 1
        while k >= max(a, i - 12) {
            if ap.isComma(k) || ap.norm[k] == ":" { return true }
            if !ArabicWords.clauseOpeners.contains(ap.norm[k]) { return false }
            k -= 1
        }
        return true
    }

    /// Documents as sources (§1.6): "وجاء في البيان أن …", "ورد في التقرير: …".
    mutating func document(at i: Int) -> Int? {
        guard let n = ap.match(["جاء", "في"], at: i, limit: e) ?? ap.match(["ورد", "في"], at: i, limit: e),
              let np = ArabicNounPhrase.read(ap, at: i + n, limit: e) else { return nil }
        var m = mention(np)
        guard m.kind == .document || m.kind == .unknown || ArabicWords.documentHeads.contains(np.head) else { return nil }
        m.kind = .document
        var via: [SourceMention] = []
        var j = np.tokens.upperBound
        var c: Int?
        var steps = 0
        while j < e, steps < 15 {
            steps += 1
            let w = ap.norm[j]
            if ArabicWords.that.contains(w) { c = w == "ان" ? j + 1 : j; break }
            if w == ":" { c = j + 1; break }
            if ap.isQuoteMark(j), let q = quotationRange(at: j), words(q) >= 3 { c = j; break }
            if ["اطلعت", "اطلع"].contains(w), j + 2 < e, let relay = ArabicNounPhrase.read(ap, at: j + 2, limit: e) {
                via.append(mention(relay))
                j = relay.tokens.upperBound
                continue
            }
            j += 1
        }
        let start = c ?? np.tokens.upperBound
        guard start < e else { return nil }
        let end = contentEnd(from: start)
        emit(source: m, cue: [ap.span(i..<(i + n))], content: start..<end, polarity: .positive, via: via)
        return end
    }

    /// "لم يرد على طلب للتعليق" / "لم تستجب لطلب التعليق": declined to comment, polarity none.
    mutating func noComment(at i: Int) -> Int? {
        guard ArabicWords.negators.contains(ap.norm[i]), i + 1 < e,
              ["يرد", "ترد", "يردوا", "يستجب", "تستجب", "يعلق", "تعلق"].contains(ap.stripped(i + 1)) else { return nil }
        var j = i + 2
        var subject: ArabicNounPhrase?
        if j < e, !["علي", "فورا", "بعد"].contains(ap.norm[j]), let np = ArabicNounPhrase.read(ap, at: j, limit: e) {
            subject = np
            j = np.tokens.upperBound
        }
        var k = j
        var mentionsComment = ap.stripped(i + 1).hasSuffix("علق")
        while k < e, !mentionsComment {
            if ap.norm[k].hasSuffix("تعليق") { mentionsComment = true }
            k += 1
        }
        guard mentionsComment else { return nil }
        let source = subject.map(mention) ?? frontedSubject(before: i).map(mention) ?? .implicit
        emit(source: source, cue: [ap.span(i..<(i + 2))], content: j..<e, polarity: .none, via: [])
        return e
    }

    enum StatementNoun { case bare, attached }

    /// «تقدير» / «رواية» / «تصريحات» before a genitive speaker (bare), or a statement noun with
    /// the speaker as an attached pronoun («بيانها», «تقديره», «روايتهم»).
    static func statementNoun(_ word: String) -> StatementNoun? {
        if bareStatementNouns.contains(word) { return .bare }
        for suffix in ["هما", "هم", "ها", "ه"] where word.hasSuffix(suffix) {
            var stem = String(word.dropLast(suffix.count))
            if stem.hasSuffix("ت") { stem = String(stem.dropLast()) + "ه" }   // روايتها → روايه
            if bareStatementNouns.contains(stem) || stem == "بيان" { return .attached }
        }
        return nil
    }

    static let bareStatementNouns: Set<String> = ["تقدير", "تقديرات", "روايه", "تصريح", "تصريحات", "افاده", "شهاده", "كلام", "حديث"]
}
