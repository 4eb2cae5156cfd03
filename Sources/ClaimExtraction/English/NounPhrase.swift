import CorroborateModel

/// Finds the edges of English noun phrases next to a cue, from tokens alone (no tagger).
///
/// A phrase is a run of words without clause words (conjunctions, auxiliaries, complementizers),
/// closed on the left by a determiner; "of/for/at/with…" attach a further phrase on the left
/// ("a spokesman for the department", "people familiar with the matter"). Windows are bounded,
/// so the search is constant time per cue.
struct NounPhrase {
    let tokens: [Token]
    /// First token of the sentence: nothing left of it belongs to the phrase.
    let lowerBound: Int
    let upperBound: Int
    static let maxWords = 14

    /// A phrase ending just before token `end`, skipping adverbs between it and the cue.
    func backward(endingBefore end: Int) -> Range<Int>? {
        // "the International Organization for Migration (IOM)": a short bracketed form closes
        // the phrase.
        if end - 1 > lowerBound, tokens[end - 1].lower == ")",
           let open = (max(lowerBound, end - 6)..<(end - 1)).last(where: { tokens[$0].lower == "(" }), open > lowerBound,
           let inner = backward(endingBefore: open), inner.upperBound == open {
            return inner.lowerBound..<end
        }
        var i = end - 1
        while i >= lowerBound {
            if isAdverb(i) { i -= 1; continue }
            // "I've", "you're", "who's": the contraction is an auxiliary.
            if i - 1 > lowerBound, ["ve", "re", "s", "ll", "d", "m"].contains(tokens[i].lower),
               tokens[i - 1].lower == "’" || tokens[i - 1].lower == "'", tokens[i - 1].end == tokens[i].start,
               tokens[i - 2].end == tokens[i - 1].start, ["ve", "re", "ll", "d", "m"].contains(tokens[i].lower)
                || EnglishWords.pronouns.contains(tokens[i - 2].lower) || tokens[i - 2].lower == "who" {
                i -= 2; continue
            }
            let t = timeLength(endingAt: i)
            if t > 0 { i -= t; continue }
            break
        }
        guard i >= lowerBound, isContentWord(i) else { return nil }
        let headEnd = i + 1
        if EnglishWords.pronouns.contains(tokens[i].lower) { return i..<headEnd }
        var start = headEnd
        var j = i
        while j >= lowerBound, headEnd - j <= NounPhrase.maxWords {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard isGlue(j) else { break }
                start = j; j -= 1; continue
            }
            let w = t.lower
            if w != "that", EnglishWords.determiners.contains(w) && !(t.isCapitalized && j > lowerBound && w != "the") {
                start = j; j -= 1
                if j + 1 == i { continue }  // "No one", "Both", "Many": the determiner is the head
                if j > lowerBound, attaches(j) { start = j; j -= 1; continue }
                if j >= lowerBound, NounPhrase.predeterminers.contains(tokens[j].lower) { start = j }
                break
            }
            if w == "and", start < headEnd, j > lowerBound, tokens[j - 1].isWord,
               tokens[start].isCapitalized && tokens[j - 1].isCapitalized || shortOpening(before: j) {
                start = j; j -= 1; continue
            }
            // "editor-in-chief", "commander-in-chief": a word inside a hyphenated compound.
            if j + 1 < headEnd, tokens[j + 1].lower == "-", tokens[j + 1].start == t.end, start == j + 1 {
                start = j; j -= 1; continue
            }
            if !t.isCapitalized || j == lowerBound, EnglishWords.attachingPrepositions.contains(w) {
                guard start < headEnd, j > lowerBound, attaches(j) else { break }
                start = j; j -= 1; continue
            }
            if EnglishWords.clauseWords.contains(w) && !(t.isCapitalized && j > lowerBound) { break }
            if EnglishWords.pronouns.contains(w) && start < headEnd { break }
            start = j; j -= 1
        }
        // Do not start on glue or a preposition.
        while start < headEnd, tokens[start].kind == .punctuation || EnglishWords.attachingPrepositions.contains(tokens[start].lower) {
            start += 1
        }
        guard start < headEnd else { return nil }
        return start..<cutParticiple(start, headEnd)
    }

    /// A past participle: regular, or one of the irregular ones news uses of documents.
    static func isParticiple(_ w: String) -> Bool {
        w.hasSuffix("ed") || ["seen", "shown", "written", "given", "taken", "drawn", "known", "sent"].contains(w)
    }

    static let participleAdjectives: Set<String> = [
        "united", "armed", "alleged", "retired", "embattled", "elected", "unnamed", "detailed", "so", "called",
        "respected", "unidentified", "unnamed", "disgraced", "indicted", "appointed", "renewed", "concerned",
        "interested", "affected", "advanced", "informed", "experienced", "talented", "red", "bed", "led",
    ]

    /// "A poll released in August" → "A poll": a participle after a noun ends the phrase.
    func cutParticiple(_ start: Int, _ end: Int) -> Int {
        var k = start + 1
        while k < end - 1 {
            let t = tokens[k]
            if t.kind == .word, !t.isCapitalized, t.lower.hasSuffix("ed"), !NounPhrase.participleAdjectives.contains(t.lower),
               tokens[k - 1].isWord, !EnglishWords.determiners.contains(tokens[k - 1].lower),
               !tokens[k - 1].lower.hasSuffix("ly") {
                return k
            }
            k += 1
        }
        return end
    }

    /// The words from the sentence start to `j` form a short opening without clause words
    /// ("Federal and state officials", "Companies and individuals").
    private func shortOpening(before j: Int) -> Bool {
        guard j - lowerBound <= 4 else { return false }
        return (lowerBound..<j).allSatisfy {
            tokens[$0].isWord && !EnglishWords.clauseWords.contains(tokens[$0].lower) && !EnglishWords.pronouns.contains(tokens[$0].lower)
        }
    }

    static let predeterminers: Set<String> = ["not", "only", "all", "both", "nearly", "almost", "just", "no", "even"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "today", "yesterday", "tonight"]
    static let timeNouns: Set<String> = ["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                                         "time", "summer", "spring", "fall", "winter"]

    /// Length of a time phrase ending at token `i` ("Friday", "this month", "on Monday",
    /// "Friday afternoon"), 0 when there is none.
    func timeLength(endingAt i: Int) -> Int {
        let w = tokens[i].lower
        var n = 0
        if NounPhrase.weekdays.contains(w), tokens[i].isCapitalized != ["today", "yesterday", "tonight"].contains(w) {
            n = 1
        } else if NounPhrase.timeNouns.contains(w), i - 1 >= lowerBound,
                  ["this", "last", "next", "that", "earlier", "later"].contains(tokens[i - 1].lower)
                    || NounPhrase.weekdays.contains(tokens[i - 1].lower) {
            n = 2
        }
        if n > 0, i - n >= lowerBound, ["on", "in", "at", "late", "early"].contains(tokens[i - n].lower) { n += 1 }
        return i - n + 1 > lowerBound ? n : 0
    }

    /// A phrase starting at token `begin` ("said Smith, a spokesman", "according to the report").
    func forward(from begin: Int) -> Range<Int>? {
        var j = begin
        while j < upperBound, tokens[j].kind == .punctuation, tokens[j].lower == "“" || tokens[j].lower == "\"" { j += 1 }
        guard j < upperBound, tokens[j].isWord else { return nil }
        let start = j
        var end = j
        while j < upperBound, j - start < NounPhrase.maxWords {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard isGlue(j) else { break }
                j += 1; continue
            }
            // "a report by", "figures released by": the author of a document belongs to it.
            if j > start, t.lower == "by", EnglishWords.documentWords.contains(tokens[j - 1].lower)
                || j - 1 > start && tokens[j - 1].lower.hasSuffix("ed") && EnglishWords.documentWords.contains(tokens[j - 2].lower) {
                j += 1; end = j; continue
            }
            // "documents seen by The Shatt Review", "documents first reported by …": who holds or
            // carried a document belongs to it.
            if j > start, j + 1 < upperBound, tokens[j + 1].lower == "by", NounPhrase.isParticiple(t.lower),
               EnglishWords.documentWords.contains(tokens[j - 1].lower)
                || j - 1 > start && isAdverb(j - 1) && EnglishWords.documentWords.contains(tokens[j - 2].lower) {
                j += 2; end = j; continue
            }
            if j > start, EnglishWords.clauseWords.contains(t.lower), !t.isCapitalized { break }
            if j > start, EnglishWords.pronouns.contains(t.lower) { break }
            if j > start, CueLexicon.shared.precision(of: t.lower).map({ $0 > 0.5 }) == true, !t.isCapitalized { break }
            j += 1
            end = j
        }
        while end > start, EnglishWords.attachingPrepositions.contains(tokens[end - 1].lower)
            || EnglishWords.determiners.contains(tokens[end - 1].lower),
            !(tokens[end - 1].isCapitalized && end - 2 > start && tokens[end - 2].lower == "-") {
            end -= 1
        }
        return end > start ? start..<end : nil
    }

    /// A word that can end a noun phrase (not a function word).
    static let childCounts: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    func isContentWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord else { return false }
        if EnglishWords.pronouns.contains(t.lower) { return true }
        // "Tabuk Al-An": a capitalised word joined by a hyphen is part of a name.
        if t.isCapitalized, i - 1 > lowerBound, tokens[i - 1].lower == "-", tokens[i - 2].isCapitalized { return true }
        if EnglishWords.determiners.contains(t.lower) && t.lower != "one" && t.lower != "both" && t.lower != "many" {
            // "A father of three", "the mother of two": the count closes the phrase.
            return i > lowerBound && tokens[i - 1].lower == "of" && NounPhrase.childCounts.contains(t.lower)
        }
        if EnglishWords.clauseWords.contains(t.lower) && !t.isCapitalized { return t.lower == "who" }
        return !EnglishWords.attachingPrepositions.contains(t.lower)
    }

    /// Title abbreviations longer than three letters, written with a period before a name.
    static let titleAbbreviations: Set<String> = ["brig", "capt", "cmdr", "comdr", "cmdt", "lieut", "supt", "insp", "prof",
                                                  "sgt", "gens", "sens", "reps", "govs", "atty", "pres"]

    /// Punctuation inside a name: "U.S.", "O’Brien", "Clinton’s", "Jean-Pierre", "AT&T".
    func isGlue(_ i: Int) -> Bool {
        let t = tokens[i]
        guard i > lowerBound, i + 1 < upperBound else { return false }
        let tight = tokens[i - 1].end == t.start && tokens[i + 1].start == t.end
        switch t.lower {
        // "parents’ committee": a plural possessive's apostrophe sits on its word alone.
        case "’", "'": return tight || tokens[i - 1].end == t.start && tokens[i - 1].lower.hasSuffix("s") && tokens[i + 1].isWord
            && !tokens[i + 1].isCapitalized && tokens[i - 1].lower.count > 3
        case "-", "&", "/": return tight
        // ("Brig. Gen.", "Capt.": a longer title abbreviation is glue too.)
        case ".": return tokens[i - 1].end == t.start
            && (tokens[i - 1].lower.count <= 3 || NounPhrase.titleAbbreviations.contains(tokens[i - 1].lower))
            && (tokens[i + 1].start == t.end || tokens[i - 1].isCapitalized)
        default: return false
        }
    }

    /// An adverb between a source and its cue: "also", "later", or a lower-case "-ly" word.
    func isAdverb(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, !t.isCapitalized else { return false }
        if EnglishWords.interveningAdverbs.contains(t.lower) { return true }
        return t.lower.hasSuffix("ly") && t.lower.count > 4 && !NounPhrase.lyNouns.contains(t.lower)
    }

    static let lyNouns: Set<String> = ["family", "ally", "rally", "assembly", "supply", "daily", "monthly", "weekly",
                                       "anomaly", "monopoly", "belly", "bully", "jelly", "folly", "tally", "homily"]

    private func attaches(_ j: Int) -> Bool {
        guard EnglishWords.attachingPrepositions.contains(tokens[j].lower), j - 1 >= lowerBound else { return false }
        let left = tokens[j - 1]
        if tokens[j].lower == "by" { return EnglishWords.documentWords.contains(left.lower) }
        if tokens[j].lower == "to" && !["close", "closer", "next", "loyal", "near"].contains(left.lower) { return false }
        return left.isWord && !EnglishWords.clauseWords.contains(left.lower) && !EnglishWords.determiners.contains(left.lower)
            && !EnglishWords.pronouns.contains(left.lower)
    }
}

extension NounPhrase {
    /// The subject at the start of a clause: a name run ("Ted Cruz"), a pronoun, or a
    /// determiner and up to three following words that do not look like verbs.
    func subject(from begin: Int) -> Range<Int>? {
        guard begin < upperBound, tokens[begin].isWord else { return nil }
        let t = tokens[begin]
        if EnglishWords.pronouns.contains(t.lower) { return begin..<(begin + 1) }
        var j = begin
        if t.isCapitalized && !EnglishWords.determiners.contains(t.lower) {
            while j < upperBound, tokens[j].isCapitalized || (tokens[j].kind == .punctuation && isGlue(j)) { j += 1 }
            // "Dean, a former party chairman, said": the appositive belongs to the subject.
            if j + 1 < upperBound, tokens[j].lower == ",", ["a", "an", "the"].contains(tokens[j + 1].lower) {
                var k = j + 2
                while k < min(upperBound, j + 20), tokens[k].lower != "," { k += 1 }
                if k < upperBound, tokens[k].lower == "," { return begin..<k }
            }
            return begin..<j
        }
        guard EnglishWords.determiners.contains(t.lower) else { return nil }
        j += 1
        while j < upperBound, j - begin <= 4, tokens[j].isWord {
            let w = tokens[j].lower
            if EnglishWords.clauseWords.contains(w) || w.hasSuffix("ed") || (CueLexicon.shared.precision(of: w) ?? 0) > 0.3 { break }
            j += 1
        }
        return j > begin + 1 ? begin..<j : nil
    }
}
