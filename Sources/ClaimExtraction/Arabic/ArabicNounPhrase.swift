import CorroborateModel
import Linguistics

/// A noun phrase read from Arabic tokens: the source, relay or document of an attribution.
struct ArabicNounPhrase {
    /// Token indices covered.
    var tokens: Range<Int>
    /// Code point where the phrase starts (inside the first token when a proclitic ل/ب/ك
    /// is attached: "لفوكس", "للمسؤول").
    var start: Int
    /// The first known entity inside the phrase.
    var entity: Entity?
    /// Match form of the head word, article and proclitic removed ("مسؤول" for "والمسؤول").
    var head: String
    /// The head word carried the article ال (or the phrase is a name).
    var hasArticle: Bool

    /// Reads the phrase starting at token `t` (ending before `limit`), `skip` proclitic letters
    /// of token `t` being the preposition that introduces it.
    /// `issuers`: a document's issuer after «صادر عن» belongs to the phrase (a verb's subject:
    /// «وأورد بلاغ صادر عن عمالة إنزكان أن»; a prepositional cue reads it as the source itself).
    static func read(_ ap: ArabicParagraph, at t: Int, limit: Int, skip: Int = 0, issuers: Bool = false) -> ArabicNounPhrase? {
        guard t < limit, t < ap.norm.count else { return nil }
        let toks = ap.tokens
        let start = toks[t].start + skip
        // A quoted name: «فوكس نيوز».
        if ap.isQuoteMark(t) {
            guard let close = closingQuote(ap, after: t, limit: limit) else { return nil }
            let inner = (t + 1)..<close
            guard !inner.isEmpty else { return nil }
            let entity = firstEntity(ap, in: t..<(close + 1))
            let (head, article) = headWord(ap.norm[t + 1], skip: 0)
            return ArabicNounPhrase(tokens: t..<(close + 1), start: start, entity: entity, head: head, hasArticle: article || entity != nil)
        }
        let first = ap.norm[t]
        // «ونفى والي تلمسان»: the wali, not «وإلى» ("and to"), when a name or a noun follows.
        let wali = skip == 0 && first == "والي" && t + 1 < limit && toks[t + 1].isWord
            && !ArabicWords.toFollowers.contains(ap.norm[t + 1]) && !ArabicWords.phraseBreakers.contains(ap.norm[t + 1])
            && ap.verb(t + 1) == nil
        guard toks[t].kind != .punctuation, wali || !ArabicWords.phraseBreakers.contains(first) || skip > 0,
              skip > 0 || wali || !ArabicWords.phraseBreakers.contains(ap.stripped(t)),
              ap.verb(t) == nil || skip > 0 else { return nil }
        var (head, article) = wali ? ("والي", false) : headWord(first, skip: skip)
        if let (entity, end) = ap.entityAt[t], end <= limit, !ArabicWords.anonymousHeads.contains(head),
           !ArabicWords.personHeads.contains(head) {
            // "وزارة الصحة العامة والسكان،": a definite word joined by و that closes the name
            // (before a comma, «أن» or the end) belongs to it.
            var end = end
            if end < limit, ap.norm[end].hasPrefix("وال"), ap.tokens[end].isWord,
               end + 1 >= limit || toks[end + 1].kind == .punctuation || ArabicWords.that.contains(ap.norm[end + 1]) { end += 1 }
            return ArabicNounPhrase(tokens: t..<closingQuote(ap, t, end, limit), start: start, entity: entity,
                                    head: head, hasArticle: true)
        }
        var j = t + 1
        var entity: Entity? = nil
        var nameRun = 0
        while j < limit, j - t < 10 {
            if ap.isQuoteMark(j) {
                // شبكة "فوكس نيوز" / خط الطوارئ "ماي داي لاين": a short quoted name after a noun.
                guard let close = closingQuote(ap, after: j, limit: limit), close - j <= 5 else { break }
                let e = firstEntity(ap, in: j..<close)
                let container = ArabicWords.outletHeads.contains(head) || ArabicWords.organizationHeads.contains(head)
                guard e != nil || container || close + 1 >= limit || ap.tokens[close + 1].kind == .punctuation else { break }
                entity = entity ?? e
                j = close + 1
                continue
            }
            // "عدد من سكان الناحية", "بعض المسؤولين": a quantifier and what it counts.
            if j == t + 1, ap.norm[j] == "من", ArabicWords.quantifiers.contains(head), j + 1 < limit, ap.tokens[j + 1].isWord {
                head = headWord(ap.norm[j + 1], skip: 0).0
                j += 2
                continue
            }
            // "قوات سوريا الديمقراطية (قسد)": a bracketed short form stays in the phrase.
            if ap.norm[j] == "(", j > t, let close = (j + 1..<min(limit, j + 6)).first(where: { ap.norm[$0] == ")" }) {
                j = close + 1
                continue
            }
            if toks[j].kind == .punctuation { break }
            let n = ap.norm[j]
            // «بيان صادر عن وزارة الصحة», «البلاغ الصادر عن عمالة إنزكان»: the issuer belongs to the
            // document's name.
            if issuers, ArabicWords.documentHeads.contains(head), ["صادر", "الصادر", "صادره", "الصادره"].contains(n), j + 2 < limit,
               ap.norm[j + 1] == "عن", let issuer = ArabicNounPhrase.read(ap, at: j + 2, limit: limit) {
                entity = entity ?? issuer.entity
                j = issuer.tokens.upperBound
                continue
            }
            // ل + a name is an addressee or owner ("مصادر مطلعة لرويترز"), not part of the phrase.
            if n.hasPrefix("ل"), ap.entityAt[j] != nil || ArabicWords.outletHeads.contains(String(n.dropFirst())) {
                // «بيان لوزارة التربية والتعليم»: a document's owner is its author, part of the phrase.
                if ArabicWords.documentHeads.contains(head), j == t + 1, let (e, end) = ap.entityAt[j], end <= limit {
                    entity = entity ?? e
                    j = end
                    continue
                }
                break
            }
            // An outlet after a non-outlet head is the listener: "مسؤول أميركي | وكالة أسوشيتد برس".
            if !ArabicWords.outletHeads.contains(head), ap.entityAt[t] == nil,
               ArabicWords.outletHeads.contains(n) || ap.entityAt[j]?.entity.kind == .outlet { break }
            if let (e, end) = ap.entityAt[j], end <= limit {
                entity = entity ?? e
                j = end
                continue
            }
            if n == "باسم" {
                j += 1
                var k = 0
                while j < limit, k < 4, toks[j].kind != .punctuation, !ArabicWords.phraseBreakers.contains(ap.norm[j]) {
                    if let (e, end) = ap.entityAt[j], end <= limit { entity = entity ?? e; j = end; break }
                    // "باسم وزارة الصحة" / "باسم الحكومة العراقية": an idafa and its adjectives;
                    // a bare word after a definite one starts the next constituent ("الناطق
                    // باسم الشرطة | مقتل 12 شخصاً").
                    if k > 0, isDefinite(ap.norm[j - 1]), !isDefinite(ap.norm[j]) { break }
                    j += 1
                    k += 1
                }
                continue
            }
            // "ثلاثة عمال", "إحدى العاملات": a number or "one of" and what it counts.
            if j == t + 1, ArabicWords.countWords.contains(head) || toks[t].kind == .number, toks[j].isWord {
                head = headWord(ap.norm[j], skip: 0).0
                j += 1
                continue
            }
            // "مسؤول في وزارة الدفاع": في + a known organisation after an anonymous or person head.
            if n == "في", j + 1 < limit,
               ArabicWords.anonymousHeads.contains(head) || ArabicWords.personHeads.contains(head) {
                if let (e, end) = ap.entityAt[j + 1], end <= limit,
                   e.kind == .organization || e.kind == .group || e.kind == .outlet {
                    entity = entity ?? e
                    j = end
                    continue
                }
                if ArabicWords.organizationHeads.contains(headWord(ap.norm[j + 1], skip: 0).0) {
                    j += 2
                    var k = 0
                    while j < limit, k < 2, ap.tokens[j].isWord, ap.norm[j].hasPrefix("ال"), ap.norm[j] != "التعليق" {
                        j += 1
                        k += 1
                    }
                    continue
                }
            }
            // "شركة الياسمين لصناعة الألبسة", "الشركة العامة لتوزيع الكهرباء": ل + an idafa whose
            // last term is definite continues a named body.
            if n.hasPrefix("ل"), !n.hasPrefix("لل"), n.unicodeScalars.count > 3, j + 1 < limit, isDefinite(ap.norm[j + 1]),
               ap.tokens[j + 1].isWord, j + 2 - t < 10, !ArabicWords.outletHeads.contains(headWord(n, skip: 1).0),
               ArabicWords.organizationHeads.contains(head) || ArabicWords.personHeads.contains(head)
                || ArabicWords.organizationHeads.contains(headWord(ap.norm[j - 1], skip: 0).0) {
                j += 2
                continue
            }
            // Definiteness: a definite noun is followed by definite adjectives; an indefinite word
            // after it starts a new constituent ("نفت الوزارة | صحة التقارير"), except a name
            // after a title ("الرئيس ترامب") or a number.
            let previousDefinite = isDefinite(ap.norm[j - 1]) || (j - 1 == t && article)
            // A sound plural in -ون is never the first term of an idafa ("ناشطون | القوات").
            if n.hasPrefix("ال"), !previousDefinite, ap.norm[j - 1].hasSuffix("ون"),
               ap.norm[j - 1].unicodeScalars.count > 3 { break }
            if n == "التعليق" || ArabicWords.objectStarters.contains(n) { break }
            // An anonymity clause follows the phrase: "دبلوماسي فضل عدم ذكر اسمه".
            if j + 1 < limit, ap.norm[j + 1] == "عدم" { break }
            if previousDefinite, !isDefinite(n), toks[j].kind != .number,
               !(ArabicWords.personHeads.contains(head) && ArabicMentions.isNameWord(n)) {
                break
            }
            // A personal name after a title has at most three bare words ("آزاد توفيق رشيد |
            // مقتل 12 شخصاً"); numbers never continue it.
            if ArabicWords.personHeads.contains(head) || ArabicWords.anonymousHeads.contains(head) {
                if toks[j].kind == .number && nameRun > 0 { break }
                // «عبد الحكيم بن منصور», «سيدي محمد ولد أحمدو»: "son of" links two names.
                if nameRun > 0, ["بن", "ابن", "بنت", "ولد"].contains(n), j + 1 < limit, toks[j + 1].isWord,
                   ArabicMentions.isNameWord(ap.norm[j + 1]), ap.verb(j + 1) == nil {
                    j += 1
                    continue
                }
                if !isDefinite(n) && ArabicMentions.isNameWord(n) {
                    if nameRun == 3 { break }
                    nameRun += 1
                } else if !isDefinite(n) && nameRun > 0 {
                    break
                }
            }
            if ArabicWords.phraseBreakers.contains(n) || ArabicWords.that.contains(n) || ArabicWords.biAnna.contains(n)
                || ArabicWords.faInna.contains(n) || ap.verb(j) != nil
                || ap.longest(ArabicWords.frames, at: j, limit: limit) != nil
                || ArabicWords.adverbials.contains(n) && !ArabicWords.adjectives.contains(n)
                || ArabicWords.pronominalPrepositions.contains(n) {
                break
            }
            j += 1
        }
        // An idafa is definite when its last term is: "وزير الدفاع" is "the minister of defence".
        let definite = article || (j > t + 1 && ap.norm[t + 1].hasPrefix("ال"))
        return ArabicNounPhrase(tokens: t..<closingQuote(ap, t, j, limit), start: start, entity: entity ?? ap.entityAt[t]?.entity,
                                head: head, hasArticle: definite)
    }

    /// `end`, or one past it when the token at `end` closes a quotation opened inside `t..<end`
    /// (شبكة "فوكس نيوز" ends after the closing mark).
    static func closingQuote(_ ap: ArabicParagraph, _ t: Int, _ end: Int, _ limit: Int) -> Int {
        guard end < limit, ap.isQuoteMark(end) else { return end }
        let marks = (t..<end).filter { ap.isQuoteMark($0) }.count
        return marks % 2 == 1 ? end + 1 : end
    }

    /// A word carrying the article, possibly behind a proclitic (الرصد، والرصد، للأنواء، بالقرب).
    static func isDefinite(_ w: String) -> Bool {
        w.hasPrefix("ال") || w.hasPrefix("لل") || w.hasPrefix("وال") || w.hasPrefix("بال") || w.hasPrefix("فال")
            || w.hasPrefix("كال") || w.hasPrefix("ولل")
    }

    /// The closing quote mark after an opening one at `t`, within a short distance.
    static func closingQuote(_ ap: ArabicParagraph, after t: Int, limit: Int) -> Int? {
        var k = t + 1
        while k < min(limit, t + 12) {
            if ap.isQuoteMark(k) { return k }
            k += 1
        }
        return nil
    }

    static func firstEntity(_ ap: ArabicParagraph, in range: Range<Int>) -> Entity? {
        for k in range { if let (e, _) = ap.entityAt[k] { return e } }
        return nil
    }

    /// The head word of a phrase starting with `word`: without a preposition of `skip` letters,
    /// a conjunction, or the article.
    static func headWord(_ word: String, skip: Int) -> (String, Bool) {
        var w = word
        if skip > 0 { w = String(String.UnicodeScalarView(w.unicodeScalars.dropFirst(skip))) }
        // لل + noun: the ل was the preposition and the second ل the article's.
        if skip > 0, w.unicodeScalars.first == "ل", word.hasPrefix("لل") { w = "ال" + String(String.UnicodeScalarView(w.unicodeScalars.dropFirst())) }
        let analysis = ArabicProclitics.split(w)
        // The accusative's alef ("أن موظفاً …", "إن مسؤولاً …"): the head without it.
        if analysis.stem.hasSuffix("ا"), analysis.stem.count >= 4 {
            let bare = String(analysis.stem.dropLast())
            if ArabicWords.anonymousHeads.contains(bare) || ArabicWords.personHeads.contains(bare)
                || ArabicWords.organizationHeads.contains(bare) { return (bare, analysis.article) }
        }
        return (analysis.stem, analysis.article)
    }
}
