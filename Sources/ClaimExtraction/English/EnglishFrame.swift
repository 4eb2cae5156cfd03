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
    /// Words that are cues only inside a longer expression ("talked about", "has said").
    static let functionWords: Set<String> = EnglishWords.clauseWords.union(EnglishWords.attachingPrepositions)
        .union(EnglishWords.determiners).union(["about", "against", "over", "per", "than", "s", "t", "up", "out"])
        .subtracting(["said", "says", "say", "told", "according", "also"])
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
    /// Cues that label what someone else said, and the labels that make it a refutation.
    static let labelling: Set<String> = ["called", "calls", "call", "calling", "branded", "brands", "labelled", "labeled",
                                         "described", "describes", "termed", "terms", "dismissed", "dismisses"]
    static let falsehoods: Set<String> = ["baseless", "false", "untrue", "unfounded", "fabricated", "fabrication",
                                          "fabrications", "lies", "lie", "fake", "nonsense", "groundless", "inaccurate",
                                          "misleading", "rumors", "rumours", "propaganda", "hoax"]

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
            if let (c, next) = colonQuote(at: i) ?? impersonal(at: i) {
                found.append((c, ["fixed"]))
                i = next
                continue
            }
            guard let m = cueMatch(at: i), m.precision >= threshold else { i += 1; continue }
            let cue = i..<(i + m.length)
            if m.length == 1, EnglishFrame.functionWords.contains(toks[i].lower) || toks[i].kind == .punctuation {
                i += 1
                continue
            }
            if let c = frame(cue, previous: found.last?.0.source) {
                var c = c
                c.confidence = m.precision
                // A figure placement is a structural frame of its own, outside the model's lexicon.
                found.append((c, m.structural ? ["fixed"] : features(c, cue: cue, prior: m.precision)))
                i = cue.upperBound
                // A source after its cue ("According to documents first reported by …") holds no
                // cue of its own.
                if toks[cue.lowerBound].lower == "according", let s = c.source?.spans.last, s.paragraph == p {
                    while i < e, toks[i].start < s.span.end { i += 1 }
                }
                // "declined to say", "refused to comment": the infinitive belongs to this cue.
                if EnglishFrame.refusals.contains(toks[cue.upperBound - 1].lower), i + 1 < e, toks[i].lower == "to" { i += 2 }
            } else {
                i += 1
            }
        }
        return found
    }

    /// The lexicon's cue at `i`, or a figure placement ("put the convoy at 120").
    private func cueMatch(at i: Int) -> (length: Int, precision: Double, structural: Bool)? {
        let mined = lexicon.match(toks, at: i, limit: e)
        if let p = lexicon.placement(toks, at: i, limit: e), mined.map({ $0.precision < p.precision }) ?? true {
            return (p.length, p.precision, true)
        }
        return mined.map { ($0.length, $0.precision, false) }
    }

    /// "Smith: “We will win.”" — a short source phrase opening the sentence, a colon, a quotation.
    private func colonQuote(at i: Int) -> (AttributionCandidate, Int)? {
        guard toks[i].lower == ":", i > a, i + 1 < e, let q = text.quotation(paragraph: p, token: i + 1),
              text.quotes[q].start.paragraph == p, text.quotes[q].start.span.start == toks[i + 1].start,
              let source = np.backward(endingBefore: i), source.lowerBound <= introEnd(before: i),
              source.count <= 8, toks[source.lowerBound].isCapitalized, !quoted(source) else { return nil }
        var c = make(mention(source), cue: i..<(i + 1), content: [(i + 1)..<e], via: [])
        c.confidence = 0.9
        return (c, i + 1)
    }

    /// "It is believed that …": an impersonal report with no source.
    private func impersonal(at i: Int) -> (AttributionCandidate, Int)? {
        guard toks[i].lower == "it", i + 3 < e, ["is", "was", "has"].contains(toks[i + 1].lower) else { return nil }
        var k = i + 2
        if toks[k].lower == "been" { k += 1 }
        guard k + 1 < e, EnglishFrame.impersonalVerbs.contains(toks[k].lower), toks[k + 1].lower == "that" else { return nil }
        var c = make(nil, cue: (i + 1)..<(k + 1), content: [(k + 1)..<e], via: [])
        c.confidence = 0.9
        return (c, k + 1)
    }

    static let impersonalVerbs: Set<String> = [
        "believed", "thought", "expected", "said", "reported", "feared", "understood", "rumored", "rumoured",
        "claimed", "alleged", "known", "estimated", "suspected", "assumed", "argued",
    ]

    /// The sentence says its source asked not to be named ("spoke on condition of anonymity").
    private var anonymityClause: Bool {
        for k in a..<e {
            let w = toks[k].lower
            if w == "anonymity" || w == "anonymously" { return true }
            if (w == "named" || w == "identified") && k >= a + 2 && toks[k - 1].lower == "be"
                && ["to", "not"].contains(toks[k - 2].lower) { return true }
            if w == "authorized" && k > a && toks[k - 1].lower == "not" { return true }
        }
        return false
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

    static let refusals: Set<String> = ["declined", "refused", "declines", "refuses", "declining", "refusing"]
    static let trailingPrepositions: Set<String> = ["in", "on", "at", "by", "during", "after", "late", "earlier", "from", "via", "over", "through"]

    private func frame(_ phrase: Range<Int>, previous: SourceMention?) -> AttributionCandidate? {
        let w0 = toks[phrase.lowerBound].lower
        // "put the crew at 23", "measured the quake at 6.1": the verb is the cue, its object is
        // part of what was said (what the figure counts).
        let cue = phrase.count > 1 && CueLexicon.figureVerbs.contains(w0) ? phrase.lowerBound..<(phrase.lowerBound + 1) : phrase
        if w0 == "according" { return accordingTo(cue) }
        if EnglishFrame.relayVerbs.contains(w0) { return nil }
        let before = cue.lowerBound > a ? toks[cue.lowerBound - 1] : nil
        if w0.hasSuffix("ing"), before?.lower == "," { return participle(cue, previous: previous) }
        // What was said starts after a semicolon outside quotes ("X said A; the ministry denied
        // this, Aden Gate reported").
        // A dateline ("TAIZ —", "AMMAN, July 10 (Crescent Wire) –") is not part of what was said.
        let clauseStart = (a..<cue.lowerBound).last { toks[$0].lower == ";" && par.quoteOfToken[$0] < 0 }.map { $0 + 1 }
            ?? datelineEnd(before: cue.lowerBound)
        if let c = passiveQuote(cue) { return c }
        if rejectsVerbReading(cue) || channelParticiple(cue) { return nil }
        let channel = channelSpeaker(before: verbGroupStart(cue))
        if let source = channel?.speaker ?? leftSource(verbGroupStart(cue)), !quoted(source), validSourceStart(source) {
            if w0.hasSuffix("ing") || EnglishFrame.nounCues.contains(w0), source.lowerBound > a,
               ["with", "by", "of", "for", "in", "on", "about", "at", "from", "without", "the", "a", "an", "to", "against"]
                .contains(toks[source.lowerBound - 1].lower) { return nil }
            var relay: [SourceMention] = []
            var speaker = mention(source)
            var content: [Range<Int>] = []
            let leftContent = source.lowerBound > clauseStart
                ? trimmed(clauseStart..<source.lowerBound).flatMap { words($0) >= 3 ? $0 : nil } : nil
            if var right = rightContent(cue, relay: &relay, cited: &speaker) {
                if let left = leftContent, !readsAsContent(right) {
                    // "…, the official said in a statement on Telegram." / "… told Fox News Digital."
                    right = left
                    if speaker.text != mention(source).text { relay.insert(mention(source), at: 0) }
                    return make(speaker, cue: cue, content: [right], via: relay)
                }
                if source.lowerBound > a + 1, toks[source.lowerBound - 1].lower == ",", toks[cue.upperBound].lower == ",",
                   words(a..<(source.lowerBound - 1)) >= 2, !opensTail(right) {
                    content = [a..<(source.lowerBound - 1), right]
                } else {
                    content = [right]
                }
            } else if source.lowerBound > clauseStart, let left = trimmed(clauseStart..<source.lowerBound), words(left) >= 2 {
                content = [left]
            } else {
                return nil
            }
            // "That report, published by The Capitol Sentinel, quoted …": the outlet's report is
            // the outlet.
            if speaker.text != mention(source).text, channel == nil || mention(source).kind != .document {
                relay.insert(mention(source), at: 0)
            }
            if let channel { relay.insert(mention(channel.channel), at: 0) }
            return make(speaker, cue: cue, content: content, via: relay)
        }
        // Inverted: "“…,” said Smith." / "…, says the report."
        guard before == nil || [",", "”", "\"", "’", "'", "—", "–"].contains(before!.lower),
              let source = np.forward(from: cue.upperBound), !quoted(source), validSourceStart(source),
              let left = trimmed(clauseStart..<cue.lowerBound), words(left) >= 2 else { return nil }
        guard let full = invertedSource(source) else { return nil }
        return make(mention(full), cue: cue, content: [left], via: [])
    }

    /// Participles that name the channel between a speaker and its verb: "quoted by", "in a
    /// statement carried by".
    static let channelParticiples: Set<String> = ["quoted", "cited", "reported", "carried", "published", "relayed",
                                                  "broadcast", "aired", "posted", "released"]
    /// Nouns of "in a statement / in remarks / in an interview" before a channel participle.
    static let utteranceNouns: Set<String> = ["statement", "statements", "remarks", "comments", "interview", "post",
                                              "message", "letter", "video", "briefing", "communique", "communiqué"]

    /// "quoted" in "The Arab diplomat quoted by Gulf Wire put …" is not the cue: a channel
    /// phrase modifying the subject of a later cue (not a passive "was quoted by … as saying").
    private func channelParticiple(_ cue: Range<Int>) -> Bool {
        let k = cue.lowerBound
        guard cue.count == 1, EnglishFrame.channelParticiples.contains(toks[k].lower), k > a, k + 2 < e,
              toks[k + 1].lower == "by", !["was", "is", "were", "are", "been", "be", "being"].contains(toks[k - 1].lower),
              var channel = np.forward(from: k + 2) else { return false }
        // The phrase reader runs on through lowercase words: "Gulf Wire put the convoy".
        if let cut = channel.dropFirst().first(where: { cueMatch(at: $0) != nil }) { channel = channel.lowerBound..<cut }
        guard isChannel(channel) else { return false }
        var next = channel.upperBound
        if next < e, toks[next].lower == "," { next += 1 }
        // an adverb or auxiliary before the cue: "… quoted by Gulf Wire also said"
        if next + 1 < e, np.isAdverb(next) || ["has", "had", "have", "also"].contains(toks[next].lower) { next += 1 }
        // The later cue must read the phrase as its subject's: not "he said in a statement
        // quoted by Yarmouk TV, adding …", where the channel is the earlier cue's.
        return next < e && cueMatch(at: next) != nil && channelSpeaker(before: next) != nil
    }

    /// "The minister was quoted by Reuters as saying (that) …", "She is cited as saying …": the
    /// subject is the speaker, the "by" phrase the channel.
    private func passiveQuote(_ cue: Range<Int>) -> AttributionCandidate? {
        let k = cue.lowerBound
        guard cue.count == 1, ["quoted", "cited"].contains(toks[k].lower), k > a else { return nil }
        var j = k - 1
        while j > a, np.isAdverb(j) || ["also", "widely", "later", "earlier"].contains(toks[j].lower) { j -= 1 }
        guard ["was", "were", "is", "are", "been", "being"].contains(toks[j].lower) else { return nil }
        var aux = j
        while aux > a, ["has", "have", "had", "will", "would"].contains(toks[aux - 1].lower) { aux -= 1 }
        guard let subject = np.backward(endingBefore: aux), subject.upperBound == aux, !quoted(subject),
              validSourceStart(subject) else { return nil }
        var m = k + 1
        var relay: [SourceMention] = []
        if m + 1 < e, toks[m].lower == "by", let channel = np.forward(from: m + 1), isChannel(channel) {
            relay.append(mention(channel))
            m = channel.upperBound
        }
        while m < e, toks[m].lower == "," { m += 1 }
        if m + 1 < e, toks[m].lower == "on", NounPhrase.weekdays.contains(toks[m + 1].lower) { m += 2 }
        guard m + 1 < e, toks[m].lower == "as", ["saying", "telling", "stating", "writing"].contains(toks[m + 1].lower)
        else { return nil }
        var cited = mention(subject)
        guard let content = rightContent((m + 1)..<(m + 2), relay: &relay, cited: &cited) else { return nil }
        return make(cited, cue: k..<(m + 2), content: [content], via: relay)
    }

    /// The speaker before a channel phrase ending right before `cueStart`, and the channel:
    /// "The Arab diplomat quoted by Gulf Wire | put …", "The ministry, in a statement reported by
    /// The Red Sea Times, | said …".
    private func channelSpeaker(before cueStart: Int) -> (speaker: Range<Int>, channel: Range<Int>)? {
        var end = cueStart
        let commaAfter = end > a && toks[end - 1].lower == ","
        if commaAfter { end -= 1 }
        guard let by = stride(from: end - 2, through: a + 2, by: -1).prefix(8).first(where: { toks[$0].lower == "by" }),
              EnglishFrame.channelParticiples.contains(toks[by - 1].lower) else { return nil }
        let channel = (by + 1)..<addresseeEnd((by + 1)..<end)
        guard isChannel(channel), !channel.contains(where: { toks[$0].kind == .punctuation && !np.isGlue($0) })
        else { return nil }
        var start = by - 1
        // "in a statement", "in remarks", "in an interview broadcast by"
        if start > a + 1, EnglishFrame.utteranceNouns.contains(toks[start - 1].lower) {
            var k = start - 2
            while k > max(a, start - 5), toks[k].lower != "in" { k -= 1 }
            if toks[k].lower == "in" { start = k }
        }
        let commaBefore = start > a && toks[start - 1].lower == ","
        guard commaBefore == commaAfter else { return nil }
        let speakerEnd = commaBefore ? start - 1 : start
        guard speakerEnd > a, let speaker = np.backward(endingBefore: speakerEnd), speaker.upperBound == speakerEnd
        else { return nil }
        return (speaker, channel)
    }

    /// A phrase that can be a news channel: an outlet, a news noun ("the state news agency"),
    /// or a proper name.
    private func isChannel(_ r: Range<Int>) -> Bool {
        mention(r).kind == .outlet || toks[r.lowerBound].isCapitalized
            || r.contains { EnglishFrame.newsNouns.contains(toks[$0].lower) }
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
            let clause = (EnglishWords.clauseWords.contains(opener.lower) && !["who", "whose"].contains(opener.lower))
                || opener.lower.hasSuffix("ing") || opener.isCapitalized && opener.kind == .word && end + 2 < e && toks[end + 2].isWord
                && (lexicon.precision(of: toks[end + 2].lower) ?? 0) > 0.3
            if !clause && opener.isWord && !EnglishWords.pronouns.contains(opener.lower) {
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

    /// Where the subject's verb group starts: a cue that begins with "to", an article or a
    /// gerund follows a verb ("needs to tell", "sounded a call for", "isn't saying"), which is
    /// skipped with its auxiliaries and negation; otherwise the cue itself.
    private func verbGroupStart(_ cue: Range<Int>) -> Int {
        let w0 = toks[cue.lowerBound].lower
        guard ["to", "a", "an", "the"].contains(w0) || (w0.hasSuffix("ing") && cue.lowerBound > a && toks[cue.lowerBound - 1].isWord)
        else { return cue.lowerBound }
        var j = cue.lowerBound - 1
        while j >= a, np.isAdverb(j) || np.timeLength(endingAt: j) > 0 { j -= max(1, np.timeLength(endingAt: j)) }
        guard j > a, toks[j].isWord, !toks[j].isCapitalized, !EnglishWords.pronouns.contains(toks[j].lower),
              !EnglishWords.determiners.contains(toks[j].lower) else { return cue.lowerBound }
        if !w0.hasSuffix("ing") || ["is", "was", "are", "were", "been", "be", "t"].contains(toks[j].lower) { j -= 1 }
        while j >= a {
            let w = toks[j].lower
            if w == "t", j >= a + 2, toks[j - 1].lower == "’" || toks[j - 1].lower == "'" { j -= 3; continue }
            if ["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may",
                "might", "must", "did", "does", "do", "not", "never", "also", "still", "been"].contains(w) || np.isAdverb(j) {
                j -= 1; continue
            }
            break
        }
        return j + 1
    }

    /// Noun readings and passives of a cue word: "the highest calling", "notes of", "was admitted".
    private func rejectsVerbReading(_ cue: Range<Int>) -> Bool {
        let w0 = toks[cue.lowerBound].lower
        if cue.upperBound < e, cue.count == 1, toks[cue.upperBound].lower == "of" { return true }
        // "a claim rejected by a spokesman": a passive participle, its agent after "by".
        if NounPhrase.isParticiple(w0), !EnglishFrame.channelParticiples.contains(w0),
           cue.count == 1 && cue.upperBound < e && toks[cue.upperBound].lower == "by"
            || cue.count == 2 && toks[cue.lowerBound + 1].lower == "by" { return true }
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
    private func participle(_ cue: Range<Int>, previous: SourceMention?) -> AttributionCandidate? {
        // "…, telling the Sudanese site Darfur Now that …": the listener is the channel.
        func tail(_ speaker: SourceMention) -> AttributionCandidate {
            var relay: [SourceMention] = []
            var cited = speaker
            let content = rightContent(cue, relay: &relay, cited: &cited) ?? cue.upperBound..<e
            return make(speaker, cue: cue, content: [content], via: relay)
        }
        if let previous, cue.upperBound < e, words(cue.upperBound..<e) >= 1 {
            // "…, the official said, adding that …": the same speaker.
            return tail(previous)
        }
        var j = introEnd(before: cue.lowerBound - 1)
        while j < cue.lowerBound, toks[j].kind == .punctuation || ["but", "and", "so", "yet"].contains(toks[j].lower) { j += 1 }
        guard j < cue.lowerBound, let subject = np.subject(from: j), subject.upperBound < cue.lowerBound,
              !quoted(subject), cue.upperBound < e, words(cue.upperBound..<e) >= 1 else { return nil }
        return tail(mention(subject))
    }

    static let introStarters: Set<String> = [
        "on", "in", "at", "during", "after", "before", "since", "for", "with", "earlier", "later", "last", "this",
        "next", "the", "meanwhile", "still", "however", "instead", "first", "then", "now", "today", "yesterday",
        "separately", "also", "but", "and", "speaking", "asked", "when", "while", "as", "in", "by", "over", "despite",
    ]

    /// First token after a short introductory phrase ("On Monday,", "The next month,"), else `a`.
    private func introEnd(before limit: Int) -> Int {
        let dateline = datelineEnd(before: limit)
        if dateline > a { return dateline }
        guard a < limit, EnglishFrame.introStarters.contains(toks[a].lower) || toks[a].kind == .number else { return a }
        var k = a
        while k < min(limit, a + 12) {
            if toks[k].lower == "," { return k + 1 }
            k += 1
        }
        return a
    }

    /// First token after a dateline that opens the sentence ("BAGHDAD, Jan 29 (Levant Wire) -",
    /// "DUBAI —"), else `a`.
    private func datelineEnd(before limit: Int) -> Int {
        guard a < limit, toks[a].isCapitalized, toks[a].lower.count > 2,
              par.string(toks[a].span).unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { return a }
        var k = a + 1
        while k < min(limit, a + 14) {
            if ["—", "–", "-"].contains(toks[k].lower) { return k + 1 }
            k += 1
        }
        return a
    }

    /// Words that open a title appositive without an article ("X, president of …, said"):
    /// the titles, and roles `EnglishWords.titles` does not list.
    static let appositiveOpeners: Set<String> = EnglishWords.titles.union([
        "head", "member", "founder", "commander", "mayor", "deputy", "owner", "manager", "executive", "ceo",
        "coordinator", "professor", "chair", "chairwoman", "general", "secretary-general", "adviser", "advisor",
        "vice", "chief", "ambassador", "envoy",
    ])

    /// The source phrase left of the cue, with an appositive or relative clause
    /// ("Jim Bopp, a member of the committee, said").
    private func leftSource(_ cueStart: Int) -> Range<Int>? {
        guard cueStart > a else { return nil }
        if toks[cueStart - 1].lower == "," {
            var k = cueStart - 2
            let floor = max(a, cueStart - 30)
            while k > floor, toks[k].lower != "," {
                if isTerminator(k) { return nil }
                k -= 1
            }
            guard k > a, toks[k].lower == ",", k + 1 < cueStart - 1 else { return nil }
            let opener = toks[k + 1]
            if EnglishFrame.asides.contains(toks[(k + 1)..<(cueStart - 1)].map(\.lower).joined(separator: " ")) {
                return np.backward(endingBefore: k)
            }
            let between = (k + 1)..<(cueStart - 1)
            if between.count <= 6, between.allSatisfy({
                toks[$0].isCapitalized || EnglishMentions.isNameParticle(toks[$0].lower)
                    || (toks[$0].kind == .punctuation && np.isGlue($0))
                    || toks[$0].lower == "." && !isTerminator($0)   // "Dr.", "Col."
            }),
               let head = np.backward(endingBefore: k), head.upperBound == k {
                // "one of the family's attorneys, Justin Bamberg, said"
                return head.lowerBound..<(cueStart - 1)
            }
            if ["who", "whose", "which"].contains(opener.lower) {
                return np.backward(endingBefore: k).flatMap { $0.upperBound == k ? $0 : nil }
            }
            // "Jim Bopp, a member of the committee, said"; "Majed al-Tarawneh, president of the
            // Union of Workers in Textile, Garment and Clothing Industries, said": the appositive
            // may hold commas of its own, so earlier commas are tried too (up to 3).
            var comma = k
            for _ in 0..<3 {
                let opener = toks[comma + 1]
                if ["a", "an", "the"].contains(opener.lower) || opener.kind == .number
                    || EnglishFrame.appositiveOpeners.contains(opener.lower),
                   let head = np.backward(endingBefore: comma), head.upperBound == comma,
                   toks[head.lowerBound].isCapitalized || EnglishWords.determiners.contains(toks[head.lowerBound].lower) {
                    return head.lowerBound..<(cueStart - 1)
                }
                var c = comma - 1
                while c > floor, toks[c].lower != "," {
                    if isTerminator(c) { return nil }
                    c -= 1
                }
                guard c > a, toks[c].lower == "," else { return nil }
                comma = c
            }
            return nil
        }
        return np.backward(endingBefore: cueStart)
    }

    /// Sentence-final punctuation, not the period of a title ("Dr.", "Col.").
    private func isTerminator(_ k: Int) -> Bool {
        guard toks[k].kind == .punctuation, EnglishFrame.terminators.contains(toks[k].lower) else { return false }
        return !(toks[k].lower == "." && k > a && SentenceSegmenter.titles.contains(toks[k - 1].lower))
    }

    /// Content after the cue: skips an addressee ("told reporters"), relays ("citing X") and
    /// modifiers before "that" ("said Friday that").
    private func rightContent(_ cue: Range<Int>, relay: inout [SourceMention], cited: inout SourceMention) -> Range<Int>? {
        var j = cue.upperBound
        guard j < e else { return nil }
        if EnglishFrame.tellVerbs.contains(toks[cue.upperBound - 1].lower), let phrase = np.forward(from: j), !quoted(phrase) {
            let addressee = phrase.lowerBound..<addresseeEnd(phrase)
            let m = mention(addressee)
            // "told the agency / the newspaper": the outlet in play (resolved later); "told the
            // Sudanese site Darfur Now": an outlet named after a news noun.
            if m.kind == .outlet || m.reference == .description && m.isDefinite && EnglishFrame.newsNouns.contains(m.head)
                || addressee.dropLast().contains(where: { EnglishFrame.newsNouns.contains(toks[$0].lower) }) {
                relay.append(m)
            }
            if addressee.upperBound < e { j = addressee.upperBound }
        }
        // "The Arab diplomat quoted by Gulf Wire put …": the outlet that quoted the speaker.
        if ["quoted", "cited"].contains(toks[cue.lowerBound].lower), cue.count == 1, j < e, toks[j].lower == "by",
           let outlet = np.forward(from: j + 1), outlet.upperBound < e, mention(outlet).kind == .outlet {
            relay.append(mention(outlet))
            j = outlet.upperBound
        }
        // "That report … quoted a U.S. defense official as saying …": the object is the speaker.
        if ["quoted", "quotes", "quoting", "cited", "cites"].contains(toks[cue.lowerBound].lower), cue.count == 1,
           let object = np.forward(from: j), object.upperBound + 1 < e, toks[object.upperBound].lower == "as",
           ["saying", "stating", "telling"].contains(toks[object.upperBound + 1].lower), !quoted(object) {
            cited = mention(object)
            j = object.upperBound + 2
        }
        // "reported on Wednesday, citing a senior official, that …"
        var r = j
        while r < min(e, j + 5), toks[r].isWord, !EnglishFrame.relayVerbs.contains(toks[r].lower) { r += 1 }
        if r + 1 < e, toks[r].lower == ",", EnglishFrame.relayVerbs.contains(toks[r + 1].lower) { j = r }
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
        // "…; OCHA's spokesperson told The Red Sea Times that …": a semicolon outside quotes
        // closes what was said.
        var end = (j..<e).first { toks[$0].lower == ";" && par.quoteOfToken[$0] < 0 } ?? e
        // "the ministry denied this, Aden Gate reported": an attribution of the whole sentence
        // at its end is not part of what was said.
        if let k = (j..<end).last(where: { toks[$0].lower == "," && par.quoteOfToken[$0] < 0 }), k > j,
           trailingAttribution(k + 1, end) { end = k }
        return words(j..<end) >= 1 ? j..<end : j..<e
    }

    /// Whether `from..<to` is a short attribution that closes a sentence: "…, according to the
    /// Aden Herald", "…, Aden Gate reported", "…, said the ministry".
    private func trailingAttribution(_ from: Int, _ to: Int) -> Bool {
        guard from < to, to - from <= 10, par.quoteOfToken[from] < 0 else { return false }
        if toks[from].lower == "according", from + 1 < to, toks[from + 1].lower == "to" { return true }
        for m in from..<to {
            guard let cue = cueMatch(at: m), !cue.structural, cue.precision >= 0.5 else { continue }
            let after = m + cue.length
            let closes = after == to || (after < to && EnglishFrame.trailingPrepositions.contains(toks[after].lower))
            if m == from { return closes && np.forward(from: after) != nil }     // "…, said the ministry"
            return closes && np.backward(endingBefore: m)?.lowerBound == from     // "…, Aden Gate reported"
        }
        return false
    }

    /// Where the addressee of "told" ends: before a time or manner phrase that the noun-phrase
    /// reader runs on into ("told Reuters on Monday", "told The Capitol Sentinel on condition of
    /// anonymity"). A preposition followed by a capitalised word other than a day stays inside
    /// ("told the Committee on Foreign Relations").
    private func addresseeEnd(_ r: Range<Int>) -> Int {
        for k in (r.lowerBound + 1)..<r.upperBound where EnglishFrame.addresseeTails.contains(toks[k].lower) {
            guard k + 1 < r.upperBound else { return k }
            let next = toks[k + 1]
            if !next.isCapitalized || NounPhrase.weekdays.contains(next.lower) { return k }
        }
        return r.upperBound
    }

    static let addresseeTails: Set<String> = ["on", "in", "at", "during", "late", "early", "by", "via", "over", "shortly",
                                              "anonymously", "speaking"]

    /// A clause after "X said," that is about the saying, not more of what was said: "…, the
    /// official said, speaking on condition of anonymity", "…, he said, because …", "…, he said
    /// on Monday".
    private func opensTail(_ r: Range<Int>) -> Bool {
        let first = toks[r.lowerBound].lower
        return first.hasSuffix("ing") || EnglishFrame.subordinators.contains(first)
            || EnglishFrame.trailingPrepositions.contains(first)
    }

    static let subordinators: Set<String> = ["because", "while", "when", "since", "although", "though", "who", "before",
                                             "without"]

    /// Cues that are also nouns: after a preposition their "subject" is a modifier ("did not
    /// respond to the Houthi claim that …"), not a speaker.
    static let nounCues: Set<String> = ["claim", "claims", "report", "reports", "warning", "warnings", "account", "accounts",
                                        "allegation", "allegations", "statement", "statements", "promise", "pledge",
                                        "denial", "denials", "assertion", "assertions", "comments", "remarks"]

    static let newsNouns: Set<String> = ["agency", "newspaper", "paper", "channel", "network", "broadcaster", "station",
                                         "site", "website", "wire", "outlet", "daily", "portal"]

    /// Whether a right-hand content reads as what was said: it opens with "that", a quotation, a
    /// colon or a clause, rather than being a tail ("in a statement", "by telephone") after an
    /// addressee.
    private func readsAsContent(_ r: Range<Int>) -> Bool {
        let first = toks[r.lowerBound]
        if first.lower == "that" || par.quoteOfToken[r.lowerBound] >= 0 { return true }
        if r.lowerBound > 0, toks[r.lowerBound - 1].lower == ":" { return true }
        if opensTail(r) { return false }
        return !addresseeEndsSentence(r)
    }

    private func addresseeEndsSentence(_ r: Range<Int>) -> Bool {
        r.lowerBound > a && EnglishFrame.tellVerbs.contains(toks[r.lowerBound - 1].lower) && np.forward(from: r.lowerBound)?.upperBound == e
    }

    /// Drops trailing commas and dashes (closing quotes stay: they belong to the content).
    private func trimmed(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo, toks[hi - 1].kind == .punctuation, [",", "—", "–", "-", ":"].contains(toks[hi - 1].lower) { hi -= 1 }
        while lo < hi, toks[lo].kind == .punctuation, [",", "—", "–", "-"].contains(toks[lo].lower) { lo += 1 }
        return lo < hi ? lo..<hi : nil
    }

    private func make(_ source: SourceMention?, cue: Range<Int>, content: [Range<Int>], via: [SourceMention]) -> AttributionCandidate {
        var source = source
        if source?.reference == .description, source?.kind != .document, anonymityClause { source?.kind = .anonymous }
        let cueWords = cue.map { toks[$0].lower }
        var polarity = Claim.Polarity.positive
        if cueWords.contains(where: EnglishFrame.denials.contains) { polarity = .negative }
        // "called the account baseless", "branded the reports fabricated": a refutation.
        if EnglishFrame.labelling.contains(cueWords[0]),
           content.contains(where: { r in r.contains { EnglishFrame.falsehoods.contains(toks[$0].lower) } }) {
            polarity = .negative
        }
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

    /// Paragraphs a multi-paragraph quotation may span, forwards or backwards from its attribution.
    static let quoteParagraphReach = 8

    /// A content that is the last paragraph of a multi-paragraph quotation (“… [no closing mark]
    /// ¶ “The missile started the fire,” the official said.) takes the quotation's earlier
    /// paragraphs too: the attribution at its end covers all of it.
    private func extendBackThroughQuotation(_ spans: [TextSpan], content: [Range<Int>]) -> [TextSpan] {
        guard let first = content.first, !spans.isEmpty, toks[first.lowerBound].start == 0,
              let q = text.quotation(paragraph: p, token: first.lowerBound) else { return spans }
        let start = text.quotes[q].start
        guard start.paragraph < p, p - start.paragraph <= Self.quoteParagraphReach else { return spans }
        var earlier: [TextSpan] = []
        for k in start.paragraph..<p {
            let from = k == start.paragraph ? start.span.start : 0
            let end = text.paragraphs[k].scalars.count
            if end > from { earlier.append(TextSpan(paragraph: k, from, end)) }
        }
        return earlier + spans
    }

    /// A content that opens a quotation running past the sentence takes the whole quotation,
    /// into later paragraphs when the quote continues there.
    private func extendThroughQuotation(_ spans: [TextSpan], content: [Range<Int>]) -> [TextSpan] {
        let spans = extendBackThroughQuotation(spans, content: content)
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
        for q in (p + 1)...min(quotation.end.paragraph, p + Self.quoteParagraphReach) {
            let end = q == quotation.end.paragraph ? quotation.end.span.start : text.paragraphs[q].scalars.count
            if end > 0 { out.append(TextSpan(paragraph: q, 0, end)) }
        }
        return out
    }
}
