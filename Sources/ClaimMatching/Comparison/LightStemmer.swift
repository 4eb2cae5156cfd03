/// Light stemming so that inflected forms meet: Arabic clitics and common affixes
/// (Larkey's light10 family: وال، بال، لل، ال، و + ها، ات، ون، ين، ه، ي …) and English
/// plural/tense suffixes. Both sides of every comparison go through the same stemmer, so an
/// over-stemmed word still matches its own forms.
enum LightStemmer {
    private static let arabicPrefixes = ["وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و"]
    private static let arabicSuffixes = ["هما", "ها", "ان", "ات", "ون", "ين", "يه", "يا", "ه", "ي"]

    /// The stem of a folded token.
    static func stem(_ word: String, arabic: Bool) -> String {
        arabic ? stemArabic(word) : stemEnglish(word)
    }

    static func stemArabic(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        for prefix in arabicPrefixes {
            let p = Array(prefix.unicodeScalars)
            if w.count - p.count >= 2, w.starts(with: p) {
                w.removeFirst(p.count)
                break
            }
        }
        var changed = true
        var rounds = 0
        while changed && rounds < 2 {
            changed = false
            rounds += 1
            for suffix in arabicSuffixes {
                let s = Array(suffix.unicodeScalars)
                if w.count - s.count >= 3, w.suffix(s.count).elementsEqual(s) {
                    w.removeLast(s.count)
                    changed = true
                    break
                }
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }

    static func stemEnglish(_ word: String) -> String {
        let base = englishSuffixes(word)
        if base.count > 3, base.hasSuffix("e") { return String(base.dropLast()) }
        return base
    }

    private static func englishSuffixes(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        if w.hasSuffix("'") { w.removeLast() }
        let n = w.count
        if n > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if n > 5, w.hasSuffix("ing") { return undouble(String(w.dropLast(3))) }
        if n > 4, w.hasSuffix("ied") { return String(w.dropLast(3)) + "y" }
        if n > 4, w.hasSuffix("ed") { return undouble(String(w.dropLast(2))) }
        if n > 5, w.hasSuffix("ly") { return String(w.dropLast(2)) }
        if n > 4, w.hasSuffix("es"), let c = w.dropLast(2).last, "sxz".contains(c) || w.dropLast(2).hasSuffix("ch") || w.dropLast(2).hasSuffix("sh") {
            return String(w.dropLast(2))
        }
        if n > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }

    /// "stopped" → "stopp" → "stop"; "killed" → "kill" stays (ll is a real double).
    private static func undouble(_ w: String) -> String {
        let chars = Array(w)
        if chars.count >= 3, chars[chars.count - 1] == chars[chars.count - 2],
           !"lsz".contains(chars[chars.count - 1]), !"aeiou".contains(chars[chars.count - 1]) {
            return String(chars.dropLast())
        }
        return w
    }
}
