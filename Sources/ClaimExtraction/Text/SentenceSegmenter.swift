import CorroborateModel

/// Splits paragraphs into sentences for English and Arabic news.
///
/// A sentence ends at `.` `!` `?` `…` `؟` `۔` (plus any closing quotes or brackets right after),
/// except: inside a quotation closed within the paragraph ("“We won. We fight,” he said" is one
/// sentence), inside numbers and dotted acronyms (2.5, U.S., a.m.), after titles and month
/// abbreviations (Sen., Gov., Jan., No. 5) and initials (J. Smith, د. أحمد), and when the next word
/// starts lower-case. `،` and `؛` never end a sentence. One linear pass over the tokens.
public enum SentenceSegmenter {
    static let terminators: Set<String> = [".", "!", "?", "…", "؟", "۔", "。"]
    static let closers: Set<String> = ["”", "\"", "’", "'", ")", "]", "»", "“"]
    /// Words that, followed by a period, never end a sentence when a capitalised word follows.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col",
        "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "st", "ste", "mt", "ft", "jr", "sr", "rev",
        "hon", "pres", "supt", "det", "insp", "atty", "amb", "sec", "lieut", "messrs", "mme", "gens",
        // Ranks and titles of Arab and English news: "Brig. Gen. Nabil Osman", "Eng. Hisham al-Maqtari".
        "brig", "cdr", "comdr", "cmdt", "eng", "pte", "cpt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "art", "fig", "ch", "pp", "vs", "v", "ca", "approx", "dept", "est",
        "calif", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
        "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo", "ariz", "ark", "colo", "del", "ala",
    ]
    /// After a dotted acronym (U.S., U.N., a.m.), a new sentence starts only with one of these.
    static let sentenceStarters: Set<String> = [
        "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "these",
        "those", "there", "his", "her", "their", "its", "our", "as", "at", "on", "for", "if", "when", "while",
        "after", "before", "so", "still", "yet", "meanwhile", "however", "also", "officials", "some", "many",
        "according", "what", "why", "how", "who", "no", "one", "two", "both", "all", "since", "last", "next",
    ]

    public static func split(_ paragraph: TextParagraph, index: Int, quotes: [Quotation]) -> [Sentence] {
        let tokens = paragraph.tokens
        guard !tokens.isEmpty else { return [] }
        var sentences: [Sentence] = []
        var start = 0
        var t = 0
        func emit(_ end: Int) {
            guard end > start else { return }
            let span = Span(tokens[start].start, tokens[end - 1].end)
            sentences.append(Sentence(paragraph: index, tokens: start..<end, span: span,
                                      script: Script.dominant(in: paragraph.scalars, range: span.start..<span.end)))
            start = end
        }
        while t < tokens.count {
            let tok = tokens[t]
            guard tok.kind == .punctuation, terminators.contains(tok.lower) else { t += 1; continue }
            var end = t + 1
            while end < tokens.count, tokens[end].kind == .punctuation,
                  terminators.contains(tokens[end].lower) || closers.contains(tokens[end].lower),
                  tokens[end].start == tokens[end - 1].end || terminators.contains(tokens[end].lower) {
                end += 1
            }
            // Inside a quotation that closes later in this paragraph: not a boundary.
            let q = paragraph.quoteOfToken[t]
            if q >= 0 {
                let quote = quotes[Int(q)]
                if quote.closed && quote.end.paragraph == index && quote.start.paragraph == index
                    && quote.end.span.start > tokens[end - 1].end {
                    t = end
                    continue
                }
            }
            if end >= tokens.count { break }
            if isBoundary(tokens, paragraph: paragraph, at: t, next: end) {
                emit(end)
            }
            t = end
        }
        emit(tokens.count)
        return sentences
    }

    private static func isBoundary(_ tokens: [Token], paragraph: TextParagraph, at t: Int, next: Int) -> Bool {
        let tok = tokens[t]
        let following = tokens[next]
        // "2.5", "U.S.", "example.com": no space after the period.
        if following.start == tokens[next - 1].end, next == t + 1 { return false }
        if tok.lower != "." { return startsSentence(following, paragraph) }
        guard t > 0 else { return true }
        let prev = tokens[t - 1]
        guard prev.end == tok.start else { return startsSentence(following, paragraph) }
        if prev.kind == .word {
            let letters = prev.lower.unicodeScalars.count
            // Dotted acronym: "U.S.", "a.m.", "D.C." (previous token one letter preceded by a period).
            let dotted = letters == 1 && t >= 2 && tokens[t - 2].lower == "." && tokens[t - 2].end == prev.start
            if dotted {
                return following.isCapitalized && sentenceStarters.contains(following.lower)
                    || following.kind == .punctuation && closersOrOpeners(following)
            }
            // Initials: "J. Smith", "د. أحمد".
            if letters == 1 && (prev.isCapitalized || isArabicLetter(paragraph.scalars[prev.start])) { return false }
            if titles.contains(prev.lower) && (following.isCapitalized || following.kind == .number) { return false }
        }
        return startsSentence(following, paragraph)
    }

    private static func closersOrOpeners(_ tok: Token) -> Bool {
        ["“", "\"", "«", "(", "["].contains(tok.lower)
    }

    private static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x620 && s.value <= 0x64A
    }

    /// A sentence starts with a capital, a digit, an opening quote or bracket, a dash, or a letter
    /// of a script without case (Arabic).
    private static func startsSentence(_ tok: Token, _ paragraph: TextParagraph) -> Bool {
        switch tok.kind {
        case .number: return true
        case .punctuation: return true
        case .word:
            if tok.isCapitalized { return true }
            let s = paragraph.scalars[tok.start]
            return !(s.properties.isLowercase)
        }
    }
}
