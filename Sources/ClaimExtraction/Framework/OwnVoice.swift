import CorroborateModel

/// Decides which unattributed sentences state facts in the article's own voice.
///
/// A factual sentence has at least six words, is not a question or exclamation, is not a bare
/// quotation, and does not sit in a heading or caption.
enum OwnVoice {
    static func isFactual(_ s: Sentence, in text: AnalyzedText) -> Bool {
        let p = text.paragraphs[s.paragraph]
        guard p.canHoldClaims else { return false }
        var words = 0
        var quoted = 0
        for t in s.tokens where p.tokens[t].isWord {
            words += 1
            if p.quoteOfToken[t] >= 0 { quoted += 1 }
        }
        guard words >= 6, quoted * 2 < words else { return false }
        let last = p.tokens[s.tokens.upperBound - 1].lower
        return last != "?" && last != "!" && last != "؟"
    }
}
