import CorroborateModel
import Linguistics

/// Describes an Arabic source phrase for `SourceResolver`: kind (person, anonymous,
/// organization, outlet, document), reference (name or description) and head word.
enum ArabicMentions {
    /// The mention for a noun phrase; `anonymous` when the sentence carries an anonymity clause
    /// ("طلب عدم الكشف عن هويته").
    static func mention(_ np: ArabicNounPhrase, in ap: ArabicParagraph, anonymous: Bool) -> SourceMention {
        let span = TextSpan(paragraph: ap.index, span: Span(np.start, ap.tokens[np.tokens.upperBound - 1].end))
        var text = ap.plainText(np.tokens, from: np.start)
        // "للرئيس" read after its preposition: show the article, "الرئيس".
        if np.start > ap.tokens[np.tokens.lowerBound].start, ap.norm[np.tokens.lowerBound].hasPrefix("لل") {
            text = "ا" + text
        }
        let head = np.head
        let firstHasArticle = np.start > ap.tokens[np.tokens.lowerBound].start
            ? np.hasArticle && head != ap.norm[np.tokens.lowerBound]
            : ArabicNounPhrase.isDefinite(ap.norm[np.tokens.lowerBound])
        var kind: Source.Kind = .unknown
        var reference: SourceMention.Reference = .description
        let words = np.tokens.filter { ap.tokens[$0].kind != .punctuation }
        // Name words after the head, before any "باسم …" / "في …" complement.
        var nameWords = 0
        for w in words.dropFirst() {
            let n = ap.norm[w]
            // «مهندسٌ يعمل في المحطة»: where a described speaker works, no name.
            if n == "باسم" || n == "في" || n == "من" || n == "يعمل" || n == "تعمل" { break }
            if isNameWord(n) { nameWords += 1 }
        }
        let hasName = nameWords > 0 && np.entity?.kind != .organization
        if ArabicWords.anonymousHeads.contains(head) {
            kind = .anonymous
        } else if ArabicWords.personHeads.contains(head) {
            if hasName || np.entity?.kind == .person {
                kind = .person
                reference = .name
            } else {
                kind = np.hasArticle ? .person : .anonymous
            }
        } else if let e = np.entity, !(ArabicWords.outletHeads.contains(head) && [.country, .city, .place].contains(e.kind)) {
            // (A place named after an outlet noun is the outlet's home: «صحيفة … اللبنانية».)
            reference = .name
            switch e.kind {
            case .outlet: kind = .outlet
            case .person: kind = .person
            case .organization, .group, .country, .city, .place: kind = .organization
            }
        } else if ArabicWords.outletHeads.contains(head) {
            kind = .outlet
            if words.count > 1 && !np.hasArticle { reference = .name }
        } else if ArabicWords.organizationHeads.contains(head) || ArabicWords.organizationHeads.contains(withoutPossessive(head)) {
            kind = .organization
            if words.count > 1 { reference = .name }
        } else if ArabicWords.documentHeads.contains(head) {
            kind = .document
        } else if !firstHasArticle, isNameWord(head, asHead: true) {
            kind = .person
            reference = .name
        } else if np.hasArticle, words.count <= 2, head.hasSuffix("ي"), isNameWord(head, asHead: true),
                  !ArabicWords.adjectives.contains(ap.norm[np.tokens.lowerBound]) {
            // A family name with the article: الشمري، السوداني، البغدادي.
            kind = .person
            reference = .name
        }
        if anonymous, kind == .person || kind == .unknown, reference != .name { kind = .anonymous }
        return SourceMention(spans: [span], text: text, kind: kind, reference: reference, head: head,
                             isDefinite: np.hasArticle || reference == .name)
    }

    /// A word that can be part of a personal name: not a function word, title, known head or
    /// adjective, no article.
    static func isNameWord(_ w: String, asHead: Bool = false) -> Bool {
        guard w.unicodeScalars.count >= 2, !ArabicNounPhrase.isDefinite(w) else { return false }
        if ArabicWords.adjectives.contains(w) || ArabicWords.phraseBreakers.contains(w) { return false }
        if ArabicWords.anonymousHeads.contains(w) || ArabicWords.personHeads.contains(w)
            || ArabicWords.organizationHeads.contains(w) || ArabicWords.documentHeads.contains(w)
            || ArabicWords.outletHeads.contains(w) || ArabicWords.adverbials.contains(w) { return false }
        if w == "باسم" || StopWords.arabic.contains(w) { return false }
        // Nisba adjectives without the article ("استخباراتي", "أميركية").
        if !asHead, w.hasSuffix("ي") && w.unicodeScalars.count > 4 || w.hasSuffix("يه") { return false }
        // Feminine and plural common nouns (صحة، اتهامات) rarely continue a name after a title.
        if !asHead, w.hasSuffix("ه") || w.hasSuffix("ات") { return false }
        return w.unicodeScalars.allSatisfy { ArabicScalars.isArabicLetter($0) }
    }

    /// "فرعه" → "فرع", "وزارتها" → "وزاره": a noun without its possessive suffix.
    static func withoutPossessive(_ w: String) -> String {
        for suffix in ["هما", "هم", "ها", "ه"] where w.hasSuffix(suffix) && w.unicodeScalars.count > suffix.unicodeScalars.count + 2 {
            var stem = String(String.UnicodeScalarView(w.unicodeScalars.dropLast(suffix.unicodeScalars.count)))
            if stem.hasSuffix("ت") { stem = String(String.UnicodeScalarView(stem.unicodeScalars.dropLast())) + "ه" }
            return stem
        }
        return w
    }

    /// The speaker a pronoun-bearing cue refers to (بحسبه، نقلا عنه، على لسانه): the latest.
    static let implicit = SourceMention.implicit
}
