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
        "for its part", "for our part", "in its statement", "in their statement", "in its response", "in a post",
    ]
    static let tellVerbs: Set<String> = ["told", "tells", "tell", "telling", "informed", "assured", "reminded", "briefed"]
    static let relayVerbs: Set<String> = ["citing", "quoting", "cited"]
    static let denials: Set<String> = ["denied", "denies", "deny", "denying", "refuted", "refutes", "disputed", "rejected",
                                       "rejects", "rejecting", "dismissed"]
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
            // "The Nile Files, an investigative outlet, …": a capitalised word closing a run of
            // capitalised words before an appositive is part of a name, not a verb (a title-case
            // headline's "Lindsey Graham Says." is a verb).
            if toks[i].isCapitalized, i > a, toks[i - 1].isCapitalized, toks[i - 1].isWord,
               !EnglishFrame.functionWords.contains(toks[i - 1].lower), i + 2 < e, toks[i + 1].lower == ",",
               toks[i + 2].isWord, !toks[i + 2].isCapitalized {
                i += 1
                continue
            }
            let cue = i..<(i + m.length)
            if m.length == 1, toks[i].lower != "per", EnglishFrame.functionWords.contains(toks[i].lower) || toks[i].kind == .punctuation {
                i += 1
                continue
            }
            // The speaker carried to "…, adding …": only a likely attribution's ("whether Smith would
            // seek compensation, saying …" is not Smith's statement).
            let likely = found.last.flatMap { $0.0.confidence >= EnglishFrame.carriedSpeakerPrior ? $0.0.source : nil }
            if let c = frame(cue, previous: found.last?.0.source, likelyPrevious: likely) {
                var c = c
                c.confidence = m.precision
                // A figure placement is a structural frame of its own, outside the model's lexicon.
                let asSaying = quotesAsSaying(cue) || asReportClause(cue)
                if asSaying { c.confidence = max(c.confidence, 0.9) }
                found.append((c, m.structural || asSaying ? ["fixed"] : features(c, cue: cue, prior: m.precision)))
                i = cue.upperBound
                // A frame whose own cue lies further on ("was first reported by X, which had Y
                // describing …" → "describing"): that cue is read.
                if let own = c.cue.last, own.paragraph == p, own.span.start >= toks[i - 1].end {
                    while i < e, toks[i].start < own.span.end { i += 1 }
                }
                // A source after its cue ("According to documents first reported by …") holds no
                // cue of its own.
                if ["according", "per"].contains(toks[cue.lowerBound].lower), let s = c.source?.spans.last, s.paragraph == p {
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

    /// "…, as Peninsula Wire reported from the directorate's account": a closing "as X
    /// reported / said / noted" clause credits what comes before it, whatever follows the verb.
    func asReportClause(_ cue: Range<Int>) -> Bool {
        guard let source = leftSource(verbGroupStart(cue)), source.lowerBound - 2 > a else { return false }
        return toks[source.lowerBound - 1].lower == "as" && toks[source.lowerBound - 2].lower == ","
            && (lexicon.precision(of: toks[cue.lowerBound].lower) ?? 0) >= 0.5
    }

    /// "The agency cited a police officer as saying …", "quoted an official as stating": a relay
    /// frame whose shape alone says who spoke (the model, fitted on political text, rarely saw it).
    func quotesAsSaying(_ cue: Range<Int>) -> Bool {
        guard cue.count == 1, ["quoted", "quotes", "quoting", "cited", "cites"].contains(toks[cue.lowerBound].lower) else {
            return false
        }
        guard let object = quotedObject(after: cue) else { return false }
        return asSaying(after: object) != nil && !quoted(object)
    }

    /// The object of "quoted / cited": a noun phrase, with an appositive name in commas after it
    /// ("quotes the company's chief, Mohamed Taher al-Amin, as saying").
    /// The index of "saying" in "… as saying" right after `object` (a comma may close an
    /// appositive before it).
    func asSaying(after object: Range<Int>) -> Int? {
        var k = object.upperBound
        if k < e, toks[k].lower == "," { k += 1 }
        guard k + 1 < e, toks[k].lower == "as", ["saying", "stating", "telling"].contains(toks[k + 1].lower) else { return nil }
        return k + 1
    }

    func quotedObject(after cue: Range<Int>) -> Range<Int>? {
        guard let object = np.forward(from: cue.upperBound) else { return nil }
        let k = object.upperBound
        if k + 1 < e, toks[k].lower == ",", let name = np.forward(from: k + 1), name.upperBound + 1 < e,
           toks[name.upperBound].lower == ",", toks[name.upperBound + 1].lower == "as",
           toks[k + 1].isCapitalized {
            return object.lowerBound..<name.upperBound
        }
        return object
    }

    /// "Northgate cited the Israeli news site Kav Adom, which quoted an unnamed official as saying
    /// …": the relative pronoun's antecedent relays the speaker, and a relay verb before the
    /// antecedent ("cited", "quoting") names the outlet that relays it in turn.
    func relativeRelay(_ cue: Range<Int>) -> AttributionCandidate? {
        let k = cue.lowerBound
        guard quotesAsSaying(cue), k - 3 >= a, ["which", "who"].contains(toks[k - 1].lower), toks[k - 2].lower == "," else { return nil }
        // The antecedent: a name run ("Kav Adom", "Al-Manara") or else the noun phrase before the comma.
        var start = k - 2
        while start - 1 >= a, toks[start - 1].isCapitalized || toks[start - 1].lower == "-" && start - 2 >= a { start -= 1 }
        guard let antecedent = start < k - 2 ? start..<(k - 2) : np.backward(endingBefore: k - 2), !quoted(antecedent) else { return nil }
        var relay = [mention(antecedent)]
        var speaker = relay[0]
        guard let content = rightContent(cue, relay: &relay, cited: &speaker), speaker.text != relay[0].text else { return nil }
        // "cited the Israeli news site Kav Adom": the relay verb a few words before the name.
        let relayVerb = stride(from: antecedent.lowerBound - 1, through: max(a + 1, antecedent.lowerBound - 7), by: -1)
            .prefix { toks[$0].isWord }
            .first { ["cited", "quoted", "citing", "quoting"].contains(toks[$0].lower) }
        if let v = relayVerb {
            if let outer = np.backward(endingBefore: v), !quoted(outer) {
                relay.insert(mention(outer), at: 0)
            } else if toks[v].lower.hasSuffix("ing"), v - 1 > a, toks[v - 1].lower == ",",
                      let outer = np.backward(endingBefore: v - 1), !quoted(outer) {
                relay.insert(mention(outer), at: 0)
            }
        }
        return make(speaker, cue: cue, content: [content], via: relay)
    }

    /// The prior a candidate's cue needs for its speaker to carry to a participle after it.
    static let carriedSpeakerPrior = 0.3

    /// The lexicon's cue at `i`, or a figure placement ("put the convoy at 120").
    func cueMatch(at i: Int) -> (length: Int, precision: Double, structural: Bool)? {
        if toks[i].lower == "per" { return perSource(at: i) ? (1, 0.85, true) : nil }
        let mined = lexicon.match(toks, at: i, limit: e)
        if let p = lexicon.placement(toks, at: i, limit: e), mined.map({ $0.precision < p.precision }) ?? true {
            return (p.length, p.precision, true)
        }
        return mined.map { ($0.length, $0.precision, false) }
    }

    /// "Smith: “We will win.”" — a short source phrase opening the sentence, a colon, a quotation.
    func colonQuote(at i: Int) -> (AttributionCandidate, Int)? {
        guard toks[i].lower == ":", i > a, i + 1 < e, let q = text.quotation(paragraph: p, token: i + 1),
              text.quotes[q].start.paragraph == p, text.quotes[q].start.span.start == toks[i + 1].start else { return nil }
        // "Asked about the report, Bukhari was categorical: “…”": the subject of a short copula clause.
        var end = i
        if i - 2 > a, ["was", "is", "were", "remained"].contains(toks[i - 2].lower), toks[i - 1].isWord, !toks[i - 1].isCapitalized {
            end = i - 2
        }
        guard let source = np.backward(endingBefore: end),
              source.lowerBound <= introEnd(before: i) || end < i && source.lowerBound > a && toks[source.lowerBound - 1].lower == ",",
              source.count <= 8, toks[source.lowerBound].isCapitalized, !quoted(source) else { return nil }
        var c = make(mention(source), cue: i..<(i + 1), content: [(i + 1)..<e], via: [])
        c.confidence = 0.9
        return (c, i + 1)
    }

    /// "It is believed that …": an impersonal report with no source.
    func impersonal(at i: Int) -> (AttributionCandidate, Int)? {
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

    func span(_ r: Range<Int>) -> TextSpan {
        TextSpan(paragraph: p, span: par.span(tokens: r))
    }

    func words(_ r: Range<Int>) -> Int {
        r.reduce(0) { $0 + (toks[$1].isWord ? 1 : 0) }
    }

    func mention(_ r: Range<Int>) -> SourceMention {
        EnglishMentions.mention(r, paragraph: p, in: text)
    }

    func quoted(_ r: Range<Int>) -> Bool {
        r.contains { par.quoteOfToken[$0] >= 0 }
    }

    static let firingVerbs: Set<String> = ["fire", "fires", "fired", "firing"]
    static let refusals: Set<String> = ["declined", "refused", "declines", "refuses", "declining", "refusing"]
    static let trailingPrepositions: Set<String> = ["in", "on", "at", "by", "during", "after", "late", "earlier", "from", "via", "over", "through"]

    func frame(_ phrase: Range<Int>, previous: SourceMention?, likelyPrevious: SourceMention?) -> AttributionCandidate? {
        let w0 = toks[phrase.lowerBound].lower
        // "the inquiry concerned a handful of agents": a verb of reporting only before that / about.
        if ["concerned", "concerns"].contains(w0), phrase.count == 1,
           phrase.upperBound >= e || !["that", "about", "over"].contains(toks[phrase.upperBound].lower) { return nil }
        // "rejects claims that", "denied reports that": the noun is the verb's object, not a cue.
        if EnglishFrame.nounCues.contains(w0), phrase.lowerBound - 1 >= a {
            var v = phrase.lowerBound - 1
            while v > a, ["the", "these", "those", "any", "all", "such"].contains(toks[v].lower) { v -= 1 }
            if EnglishFrame.denials.contains(toks[v].lower) || (lexicon.precision(of: toks[v].lower) ?? 0) >= 0.5 { return nil }
        }
        // "put the crew at 23", "measured the quake at 6.1": the verb is the cue, its object is
        // part of what was said (what the figure counts).
        let cue = phrase.count > 1 && CueLexicon.figureVerbs.contains(w0) ? phrase.lowerBound..<(phrase.lowerBound + 1) : phrase
        if w0 == "according" || w0 == "per" { return accordingTo(cue) }
        // "citing X" passes a source to another cue; only "X cited Y as saying …" is a frame.
        if EnglishFrame.relayVerbs.contains(w0), w0 != "cited" || !quotesAsSaying(cue) { return nil }
        let before = cue.lowerBound > a ? toks[cue.lowerBound - 1] : nil
        if w0.hasSuffix("ing"), before?.lower == "," { return participle(cue, previous: likelyPrevious) }
        // What was said starts after a semicolon outside quotes ("X said A; the ministry denied
        // this, Aden Gate reported").
        // A dateline ("TAIZ —", "AMMAN, July 10 (Crescent Wire) –") is not part of what was said.
        let clauseStart = (a..<cue.lowerBound).last { toks[$0].lower == ";" && par.quoteOfToken[$0] < 0 }.map { $0 + 1 }
            ?? datelineEnd(before: cue.lowerBound)
        if let c = passiveQuote(cue) ?? relativeRelay(cue) ?? passiveReport(cue) { return c }
        if rejectsVerbReading(cue) || channelParticiple(cue) { return nil }
        // "The ministry confirmed the deaths and added that …": the subject of the statement
        // before it speaks again.
        if let previous, cue.lowerBound > a, coordinatedCue(at: cue.lowerBound - 1) || cue.lowerBound - 2 >= a
            && np.isAdverb(cue.lowerBound - 1) && coordinatedCue(at: cue.lowerBound - 2) {
            var relay: [SourceMention] = []
            var speaker = previous
            guard let right = rightContent(cue, relay: &relay, cited: &speaker) else { return nil }
            return make(speaker, cue: cue, content: [right], via: relay)
        }
        let channel = channelSpeaker(before: verbGroupStart(cue))
        if let source = channel?.speaker ?? leftSource(verbGroupStart(cue)), !quoted(source), validSourceStart(source) {
            if w0.hasSuffix("ing") || EnglishFrame.nounCues.contains(w0), source.lowerBound > a,
               ["with", "by", "of", "for", "in", "on", "about", "at", "from", "without", "the", "a", "an", "to", "against"]
                .contains(toks[source.lowerBound - 1].lower) { return nil }
            var relay: [SourceMention] = []
            var speaker = mention(source)
            var content: [Range<Int>] = []
            // "The ministry, via Boubyan Post, says …": the outlet it comes through; "Atlas Wire,
            // citing Al-Ufuq, said …": an outlet's aside names whose report it is.
            var asideRelay: SourceMention?
            if let (aside, relays) = sourceAside(after: source.upperBound, before: verbGroupStart(cue)) {
                if relays { asideRelay = aside } else if speaker.kind == .outlet, aside.kind == .outlet { speaker = aside }
            }
            if let carrier = carrier(before: source.lowerBound) { asideRelay = asideRelay ?? carrier }
            // "The Civil Defence has stuck to four dead, as Peninsula Wire reported from the
            // directorate's account": what was said is the clause before ", as"; what follows the
            // cue says where from, not what.
            if source.lowerBound - 2 > clauseStart, toks[source.lowerBound - 1].lower == "as", toks[source.lowerBound - 2].lower == ",",
               w0 != "as", let left = trimmed(clauseStart..<(source.lowerBound - 2)), words(left) >= 3 {
                return make(speaker, cue: cue, content: [left], via: asideRelay.map { [$0] } ?? [])
            }
            let leftContent = source.lowerBound > clauseStart
                ? trimmed(clauseStart..<source.lowerBound).flatMap { words($0) >= 3 ? $0 : nil } : nil
            if var right = rightContent(cue, relay: &relay, cited: &speaker) {
                if let left = leftContent, !readsAsContent(right) {
                    // "…, the official said in a statement on Telegram." / "… told Fox News Digital."
                    right = left
                    if speaker.text != mention(source).text { relay.insert(mention(source), at: 0) }
                    // "“…,” a U.S. defense official told Northgate.": after a quotation or a
                    // statement, the name told is the outlet that carried it (a person told is
                    // titled: "told Mr. Smith").
                    if relay.isEmpty, EnglishFrame.tellVerbs.contains(toks[cue.upperBound - 1].lower),
                       let phrase = np.forward(from: cue.upperBound), !quoted(phrase),
                       !EnglishWords.titles.contains(toks[phrase.lowerBound].lower) {
                        let told = mention(phrase.lowerBound..<addresseeEnd(phrase))
                        if told.reference == .name, told.kind != .anonymous, told.kind != .document { relay.append(told) }
                    }
                    if let asideRelay { relay.insert(asideRelay, at: 0) }
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
            if let asideRelay { relay.insert(asideRelay, at: 0) }
            if let channel { relay.insert(mention(channel.channel), at: 0) }
            return make(speaker, cue: cue, content: content, via: relay)
        }
        // Inverted: "“…,” said Smith." / "…, says the report."
        guard before == nil || [",", "”", "\"", "’", "'", "—", "–"].contains(before!.lower),
              let source = np.forward(from: cue.upperBound), !quoted(source), validSourceStart(source),
              let left = trimmed(clauseStart..<cue.lowerBound), words(left) >= 2 else { return nil }
        // "The ministry's count, first reported by Sada al-Jabal early on Wednesday, still stands
        // at 63": a passive aside names the outlet the statement comes through.
        if toks[source.lowerBound].lower == "by", source.count > 1, EnglishFrame.channelParticiples.contains(toks[cue.upperBound - 1].lower) {
            var end = source.lowerBound + 2
            while end < source.upperBound, !EnglishFrame.trailingPrepositions.contains(toks[end].lower), toks[end].lower != "early" { end += 1 }
            var rest = source.upperBound
            while rest < e, toks[rest].lower != "," { rest += 1 }
            // "That report, published by X, quoted …": the later verb reports; the aside is its
            // subject's channel (`channelSpeaker`).
            if rest + 1 < e, ((rest + 1)..<min(e, rest + 6)).contains(where: { cueMatch(at: $0) != nil }) { return nil }
            var content = [left]
            if rest + 1 < e, let tail = trimmed((rest + 1)..<e), words(tail) >= 2 { content.append(tail) }
            return make(mention((source.lowerBound + 1)..<end), cue: cue, content: content, via: [])
        }
        guard let full = invertedSource(source) else { return nil }
        return make(mention(full), cue: cue, content: [left], via: [])
    }

    /// "said Smith" must end the clause: followed by the end, a comma, a parenthesis or a
    /// prepositional phrase ("in an interview"), never by "that …". An appositive or relative
    /// clause after it belongs to the source ("said Ann Lee, a spokeswoman for the group").
    func invertedSource(_ source: Range<Int>) -> Range<Int>? {
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
    func verbGroupStart(_ cue: Range<Int>) -> Int {
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
    func rejectsVerbReading(_ cue: Range<Int>) -> Bool {
        let w0 = toks[cue.lowerBound].lower
        if cue.upperBound < e, cue.count == 1, toks[cue.upperBound].lower == "of" { return true }
        // "Police fired rubber bullets", "the minister fired his deputy": only "fired back" and
        // "fired off (a letter)" report speech.
        if EnglishFrame.firingVerbs.contains(w0), cue.count == 1,
           cue.upperBound >= e || !["back", "off"].contains(toks[cue.upperBound].lower) { return true }
        // "Karim Said, an economist, said", "Said also warns that": the Arabic name Said.
        if w0 == "said", toks[cue.lowerBound].isCapitalized {
            if cue.lowerBound > a, toks[cue.lowerBound - 1].isCapitalized, toks[cue.lowerBound - 1].isWord { return true }
            if cue.lowerBound == a, cue.upperBound < e,
               toks[cue.upperBound].lower == "," || ["also", "added", "says", "warns", "warned", "told", "noted", "argues",
                                                     "expects", "believes", "thinks", "wrote", "writes"].contains(toks[cue.upperBound].lower) {
                return true
            }
        }
        // "three bankers briefed on its plans said": who was briefed describes the source.
        if ["briefed", "informed"].contains(w0), cue.count == 1, cue.upperBound < e,
           ["on", "about"].contains(toks[cue.upperBound].lower) { return true }
        // "a claim rejected by a spokesman": a passive participle, its agent after "by".
        if NounPhrase.isParticiple(w0), !EnglishFrame.channelParticiples.contains(w0),
           cue.count == 1 && cue.upperBound < e && toks[cue.upperBound].lower == "by"
            || cue.count == 2 && toks[cue.lowerBound + 1].lower == "by" { return true }
        // "a city … should not be arguing in public about whose trench it was": what someone
        // ought (not) to be saying is no statement.
        if w0.hasSuffix("ing"), cue.lowerBound - 1 >= a, toks[cue.lowerBound - 1].lower == "be",
           ((max(a, cue.lowerBound - 4))..<(cue.lowerBound - 1)).contains(where: {
               ["should", "would", "could", "must", "might", "may", "ought", "shouldn", "wouldn", "couldn"].contains(toks[$0].lower)
           }) { return true }
        var j = cue.lowerBound - 1
        while j >= a, np.isAdverb(j) && !["had", "has", "have", "will", "would", "could"].contains(toks[j].lower) { j -= 1 }
        guard j >= a else { return false }
        let prev = toks[j].lower
        // "Not a gap worth arguing over", "nothing worth reporting": a gerund after "worth" is no act.
        if prev == "worth", w0.hasSuffix("ing") { return true }
        // "Tuesday night's blast at a warehouse": a bare or plural cue word right after a possessive
        // is a noun, and no statement unless a content clause follows ("the ministry's assertion
        // that …"); "he's blasted" keeps its participle.
        if prev == "s", j - 1 >= a, ["’", "'"].contains(toks[j - 1].lower), cue.count == 1,
           !w0.hasSuffix("ed"), !w0.hasSuffix("ing"), w0 != "told",
           cue.upperBound >= toks.count || !["that", ":"].contains(toks[cue.upperBound].lower) { return true }
        if EnglishWords.determiners.contains(prev) && prev != "that" && !["both", "all", "many", "some", "most", "two", "three", "four", "one", "few", "several", "other", "more"].contains(prev) { return true }
        if ["is", "was", "are", "were", "be", "been", "being", "aren", "isn", "wasn", "weren", "get", "got"].contains(prev),
           cue.count == 1, w0.hasSuffix("ed") || w0 == "told" || w0 == "shown",
           (lexicon.precision(of: w0) ?? 0) < 0.8, !["expected", "quoted", "reported"].contains(w0) { return true }
        return false
    }

    /// A source never starts with "to" or "that".
    func validSourceStart(_ r: Range<Int>) -> Bool {
        let w = toks[r.lowerBound]
        // "…, says at least 87": a figure is what was said, not who said it.
        if r.contains(where: { toks[$0].kind == .number }),
           r.allSatisfy({ toks[$0].kind != .word || CueLexicon.figureHedges.contains(toks[$0].lower) }) {
            return false
        }
        // "the files VantaLock had released put …": a verb after its auxiliary is no source.
        if r.count == 1, !w.isCapitalized, r.lowerBound > a, !EnglishWords.pronouns.contains(w.lower),
           ["had", "has", "have", "was", "were", "is", "are", "been", "be"].contains(toks[r.lowerBound - 1].lower) { return false }
        return w.isCapitalized || !["to", "that", "which", "than", "as"].contains(w.lower)
    }

    func accordingTo(_ cue: Range<Int>) -> AttributionCandidate? {
        guard let source = np.forward(from: cue.upperBound), !quoted(source) else { return nil }
        // "according to Mauritania's coast guard as quoted by Sahel Atlantic Wire": the outlet
        // the source came through.
        var via: [SourceMention] = []
        var after = source.upperBound
        if let (outlet, end) = channelAfter(source.upperBound) {
            via.append(mention(outlet))
            after = end
        }
        // "1,200 hectares according to the director; more than 3,000 according to the official":
        // a semicolon outside quotes closes the clause before it.
        let clauseStart = (a..<cue.lowerBound).last { toks[$0].lower == ";" && par.quoteOfToken[$0] < 0 }.map { $0 + 1 } ?? a
        let head = clauseStart..<cue.lowerBound
        // ("Eight, per the investigator; six, per the federation": after a semicolon, a figure
        // alone is what was said.)
        if words(head) >= 3 || clauseStart > a && head.contains(where: { toks[$0].kind == .number || EnglishFrame.numberWords.contains(toks[$0].lower) }),
           let left = trimmed(head) {
            return make(mention(source), cue: cue, content: [left], via: via)
        }
        var j = after
        while j < e, toks[j].kind == .punctuation, toks[j].lower == "," { j += 1 }
        guard j < e, words(j..<e) >= 2 else { return nil }
        return make(mention(source), cue: cue, content: [j..<e], via: via)
    }

    /// "per the ministry", "…, per the same outlet.": "per" as "according to", only before a
    /// definite or named source that closes the sentence or opens it ("Per the ministry, …"):
    /// never "per cent", "per day", "$1,000 per head".
    func perSource(at i: Int) -> Bool {
        guard i + 1 < e, i == a || toks[i - 1].lower == "," else { return false }
        let next = toks[i + 1]
        guard ["the", "its", "his", "her", "their"].contains(next.lower) || next.isCapitalized && next.isWord,
              let source = np.forward(from: i + 1), !quoted(source) else { return false }
        var end = source.upperBound
        if let (_, channelEnd) = channelAfter(end) { end = channelEnd }
        if i == a { return end < e && toks[end].lower == "," }
        return end == e || isTerminator(end) && end + 1 >= e || toks[end].kind == .punctuation && end + 1 == e
    }

    /// "as quoted by X", "as relayed by X", "as carried by X", "as reported by X" after a source:
    /// the outlet it came through, and where the phrase ends.
    func channelAfter(_ k: Int) -> (Range<Int>, Int)? {
        var j = k
        if j < e, toks[j].lower == "," { j += 1 }
        // "according to the site engineer who spoke to Tabuk Al-An": the outlet he spoke to.
        if j + 2 < e, toks[j].lower == "who" {
            var n = j + 1
            if ["spoke", "talked"].contains(toks[n].lower), n + 1 < e, ["to", "with"].contains(toks[n + 1].lower) { n += 2 }
            else if toks[n].lower == "told" { n += 1 } else { return nil }
            guard let outlet = np.forward(from: n), !quoted(outlet) else { return nil }
            let m = mention(outlet)
            // (A publication: an outlet's name, "the paper", or a capitalised name, which the story
            // recognises as one of its outlets or leaves a named go-between.)
            guard m.kind == .outlet || EnglishFrame.newsNouns.contains(m.head)
                || m.kind != .anonymous && toks[outlet.lowerBound].isCapitalized else { return nil }
            return (outlet, outlet.upperBound)
        }
        guard j + 2 < e, toks[j].lower == "as", EnglishFrame.asChannelVerbs.contains(toks[j + 1].lower),
              toks[j + 2].lower == "by" || toks[j + 1].lower == "told" && toks[j + 2].lower == "to",
              let outlet = np.forward(from: j + 3), !quoted(outlet) else { return nil }
        var end = outlet.upperBound
        if j > k, end < e, toks[end].lower == "," { end += 1 }
        return (outlet, end)
    }

    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozens", "hundreds"]

    static let asChannelVerbs: Set<String> = ["quoted", "relayed", "carried", "reported", "cited", "published", "told"]

    /// "X did something, calling it …": the speaker is the sentence subject.
    func participle(_ cue: Range<Int>, previous: SourceMention?) -> AttributionCandidate? {
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
    func introEnd(before limit: Int) -> Int {
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
    func datelineEnd(before limit: Int) -> Int {
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

    /// The outlet whose report holds a speaker starting at `start`: "Safat TV carried | a Fire Force
    /// statement saying …", "the Chronicle quotes | the Egyptologist Amal Sorour, who thinks …",
    /// "The Chronicle also spoke to | a freight agent, unnamed, who says …".
    func carrier(before start: Int) -> SourceMention? {
        var k = start - 1
        guard k > a else { return nil }
        if ["to", "with"].contains(toks[k].lower) { k -= 1 }
        guard k > a, EnglishFrame.carryingVerbs.contains(toks[k].lower) else { return nil }
        var end = k
        while end > a, np.isAdverb(end - 1) || toks[end - 1].lower == "also" { end -= 1 }
        guard let outlet = np.backward(endingBefore: end), outlet.upperBound == end, !quoted(outlet) else { return nil }
        let m = mention(outlet)
        return m.kind == .outlet ? m : nil
    }

    static let carryingVerbs: Set<String> = channelParticiples.union([
        "carries", "publishes", "airs", "broadcasts", "ran", "quotes", "cites", "interviewed", "spoke", "speaks",
        "talked", "talks",
    ])

    /// ", via Boubyan Post," (the outlet a statement comes through: `relays` true) or ", citing /
    /// quoting / relaying a report by Al-Ufuq," (whose report it is: `relays` false) between a
    /// source ending at `start` and its verb at `end`.
    func sourceAside(after start: Int, before end: Int) -> (SourceMention, relays: Bool)? {
        guard start + 2 < end, toks[start].lower == ",", toks[end - 1].lower == ",", end - start <= 14 else { return nil }
        let opener = toks[start + 1].lower
        // "Syria's Euphrates basin authority, speaking to Minbar al-Jazira, puts …": the outlet
        // spoken to carries the statement (a name only: "speaking to reporters" names no one).
        if EnglishFrame.spokenToParticiples.contains(opener),
           let to = ((start + 2)..<(end - 1)).first(where: { toks[$0].lower == "to" }),
           let phrase = np.forward(from: to + 1), phrase.upperBound == end - 1, !quoted(phrase) {
            let m = mention(phrase)
            guard m.reference == .name, m.kind != .anonymous, m.kind != .document else { return nil }
            return (m, true)
        }
        let relays = ["via", "through"].contains(opener)
        guard relays || ["citing", "quoting", "relaying"].contains(opener) else { return nil }
        // The aside's last noun phrase: "Al-Ufuq" in "relaying a report by the Gulf channel Al-Ufuq".
        var phrase: Range<Int>?
        var k = start + 2
        while k < end - 1, let p = np.forward(from: k), p.upperBound <= end - 1 {
            phrase = p
            k = p.upperBound
            while k < end - 1, !toks[k].isCapitalized, toks[k].kind != .number, k + 1 < end - 1,
                  ["by", "from", "of", "in", "on"].contains(toks[k].lower) { k += 1 }
            if k == p.upperBound { break }
        }
        guard let phrase, !quoted(phrase), phrase.upperBound == end - 1 else { return nil }
        let m = mention(phrase)
        guard m.kind == .outlet || relays && m.reference == .name else { return nil }
        return (m, relays)
    }

    /// The source phrase left of the cue, with an appositive or relative clause
    /// ("Jim Bopp, a member of the committee, said").
    func leftSource(_ verbStart: Int) -> Range<Int>? {
        guard verbStart > a else { return nil }
        // "Sebou Express, the regional news site, had put …": an appositive before the
        // auxiliaries of the verb.
        var cueStart = verbStart
        var j = verbStart
        while j - 1 > a, EnglishFrame.auxiliaries.contains(toks[j - 1].lower), toks[j - 1].lower != "not" { j -= 1 }
        if j < verbStart, toks[j - 1].lower == "," { cueStart = j }
        // "… heard from Lahcen Bouzid, a farmer in the district, who said …": a relative clause
        // speaks for the name (and appositive) before it.
        // (Not an anonymity clause: "…, who asked that his name be withheld, as saying".)
        if let w = relativePronoun(before: cueStart), w - 1 > a,
           !["asked", "requested", "declined", "refused", "agreed", "spoke", "asks", "requests", "quoted", "cited", "quotes", "cites"]
            .contains(toks[verbStart].lower) {
            // (Not the sentence's own subject: "The report, which said 40 died, was withdrawn".)
            return relativeAntecedent(comma: w - 1).flatMap { $0.lowerBound > a ? $0 : nil }
        }
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
            // "The union, in its own statement, gave …", "The ministry, on its website, said": a
            // short prepositional aside between the subject and the verb.
            if ["in", "on", "at", "via", "through", "during"].contains(opener.lower), (cueStart - 1) - (k + 1) <= 7,
               !((k + 1)..<(cueStart - 1)).contains(where: { cueMatch(at: $0).map { $0.precision >= 0.5 } == true }),
               let head = np.backward(endingBefore: k), head.upperBound == k,
               toks[head.lowerBound].isCapitalized || EnglishWords.determiners.contains(toks[head.lowerBound].lower) {
                return head
            }
            let between = (k + 1)..<(cueStart - 1)
            // "Atlas Wire, relaying a report by the Gulf channel Al-Ufuq, said": an aside on
            // where the speaker has it from.
            if ["relaying", "citing", "quoting"].contains(opener.lower), between.count <= 12,
               let head = np.backward(endingBefore: k), head.upperBound == k {
                return head
            }
            // "A municipal official, speaking on condition of anonymity, said", "The minister,
            // addressing parliament on Monday, said": a participle aside on how the speaker spoke.
            // (How they spoke only: "picking up a story first run by X" is a relay, read as such by
            // the inner statement's own frame.)
            if EnglishFrame.mannerParticiples.contains(opener.lower), between.count <= 12,
               !between.dropFirst().contains(where: { cueMatch(at: $0).map { $0.precision >= 0.5 } == true }),
               let head = np.backward(endingBefore: k), head.upperBound == k,
               toks[head.lowerBound].isCapitalized || EnglishWords.determiners.contains(toks[head.lowerBound].lower) {
                return head
            }
            // "A government official, also unnamed, said": an aside on anonymity.
            if between.count <= 5, between.contains(where: { ["unnamed", "anonymous", "unidentified"].contains(toks[$0].lower) }),
               let head = np.backward(endingBefore: k), head.upperBound == k {
                return head
            }
            // (Words counted, not hyphens: "Awad al-Karim al-Tayeb" is seven tokens, four words.)
            if between.count <= 10, between.filter({ toks[$0].isWord }).count <= 5, between.allSatisfy({
                toks[$0].isCapitalized || EnglishMentions.isNameParticle(toks[$0].lower)
                    || (toks[$0].kind == .punctuation && np.isGlue($0))
                    || toks[$0].lower == "." && !isTerminator($0)   // "Dr.", "Col."
            }),
               let head = np.backward(endingBefore: k), head.upperBound == k {
                // "one of the family's attorneys, Justin Bamberg, said"
                return head.lowerBound..<(cueStart - 1)
            }
            // ("The doctor, whom the site did not name, said": the object relative too.)
            if ["who", "whose", "which", "whom"].contains(opener.lower) {
                return np.backward(endingBefore: k).flatMap { $0.upperBound == k ? $0 : nil }
            }
            // "An official at the authority who is familiar with the findings, and who is not
            // cleared to brief the media, said": a second relative clause; the speaker is before
            // the first.
            if opener.lower == "and", k + 2 < cueStart, ["who", "whose"].contains(toks[k + 2].lower) {
                return relativeHead(endingBefore: k) ?? np.backward(endingBefore: k).flatMap { $0.upperBound == k ? $0 : nil }
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
        if let head = relativeHead(endingBefore: cueStart) { return head }
        guard let phrase = np.backward(endingBefore: cueStart) else { return nil }
        // "A Western diplomat following the talks said": a participle phrase after the speaker
        // (the phrase found is the participle's object); the speaker is the phrase before it.
        let v = phrase.lowerBound - 1
        if v - 1 >= a, toks[v].lower.hasSuffix("ing"), toks[v].lower.count > 5, !toks[v].isCapitalized,
           (lexicon.precision(of: toks[v].lower) ?? 0) < 0.3,
           let head = np.backward(endingBefore: v), head.upperBound == v,
           EnglishWords.determiners.contains(toks[head.lowerBound].lower) || toks[head.lowerBound].isCapitalized {
            return head
        }
        return phrase
    }

    /// The speaker a ", who said" clause speaks for: a name with its appositive ("Lahcen Bouzid, a
    /// farmer in the district"), a name ("Lahcen Bouzid") or a determined phrase ("the ministry"),
    /// ending at `comma`; the name may be the object of a verb before it ("heard from …").
    func relativeAntecedent(comma: Int) -> Range<Int>? {
        func nameRun(endingBefore end: Int) -> Range<Int>? {
            var start = end
            while start - 1 >= a, toks[start - 1].isCapitalized || EnglishMentions.isNameParticle(toks[start - 1].lower)
                    && start - 2 >= a && toks[start - 2].isCapitalized
                    || toks[start - 1].kind == .punctuation && np.isGlue(start - 1) && start - 2 >= a { start -= 1 }
            while start < end, !toks[start].isCapitalized { start += 1 }
            return start < end ? start..<end : nil
        }
        var k = comma - 1
        while k > max(a, comma - 14), toks[k].lower != ",", !isTerminator(k) { k -= 1 }
        if k > a, toks[k].lower == ",", k + 1 < comma,
           ["a", "an", "the"].contains(toks[k + 1].lower) || EnglishFrame.appositiveOpeners.contains(toks[k + 1].lower),
           let name = nameRun(endingBefore: k) {
            return name.lowerBound..<comma
        }
        if let name = nameRun(endingBefore: comma) { return name }
        guard let phrase = np.backward(endingBefore: comma), phrase.upperBound == comma,
              EnglishWords.determiners.contains(toks[phrase.lowerBound].lower) else { return nil }
        return phrase
    }

    /// Participles of an aside on how a speaker spoke ("speaking on condition of anonymity",
    /// "addressing parliament", "writing on Facebook").
    static let mannerParticiples: Set<String> = [
        "speaking", "talking", "writing", "addressing", "responding", "replying", "commenting", "testifying",
        "appearing", "briefing", "posting", "reacting", "explaining", "answering", "interviewed",
    ]

    /// The manner participles whose "to X" names who was told ("speaking to Minbar al-Jazira"; not
    /// "responding to questions").
    static let spokenToParticiples: Set<String> = ["speaking", "talking", "writing", "explaining"]

    /// Auxiliaries, negation and a few adverbs: a relative clause of only these has no verb of its own.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "not", "also", "never", "will",
        "would", "could", "can", "may", "might", "should", "did", "does", "do", "n’t", "n't",
    ]

    /// "An official who is familiar with the findings said", "A lawyer who represents the
    /// families told": the speaker before a relative clause that runs up to the cue.
    func relativeHead(endingBefore end: Int) -> Range<Int>? {
        var j = end - 1
        while j > a, j >= end - 14 {
            let w = toks[j].lower
            if toks[j].kind == .punctuation && w != "-" || par.quoteOfToken[j] >= 0 || cueMatch(at: j).map({ $0.precision >= 0.5 }) == true {
                return nil
            }
            if w == "who" || w == "whose" {
                // "a port source who was not named": the cue is the relative clause's own verb.
                guard ((j + 1)..<end).contains(where: { toks[$0].isWord && !EnglishFrame.auxiliaries.contains(toks[$0].lower) }),
                      let head = np.backward(endingBefore: j), head.upperBound == j,
                      EnglishWords.determiners.contains(toks[head.lowerBound].lower) || toks[head.lowerBound].isCapitalized
                else { return nil }
                return head
            }
            j -= 1
        }
        return nil
    }

    /// "The site’s three banking sources", "Tahrir Markets’ sources": the outlet whose sources
    /// they are relays them.
    func possessingOutlet(of source: SourceMention) -> SourceMention? {
        guard source.kind == .anonymous || source.kind == .unknown, let first = source.spans.first,
              let k = (a..<e).first(where: { par.span(tokens: $0..<($0 + 1)).start == first.span.start })
        else { return nil }
        var end = k
        var owner: Range<Int>?
        // (A possessor inside the phrase may open the sentence: "South Arabia Wire's residents describe".)
        if k - 1 > a, toks[k - 1].lower == "s", k - 2 > a, ["’", "'"].contains(toks[k - 2].lower), toks[k - 2].end == toks[k - 1].start {
            end = k - 2
        } else if k - 1 > a, ["’", "'"].contains(toks[k - 1].lower), toks[k - 2].lower.hasSuffix("s") {
            end = k - 1
        } else if k - 1 > a, toks[k - 1].lower == "whose", k - 2 > a, toks[k - 2].lower == "," {
            // "… comes from The Benghazi Dispatch, whose unnamed source … says": the capitalised
            // name before the comma.
            var start = k - 2
            while start - 1 >= a, toks[start - 1].isCapitalized || toks[start - 1].lower == "-" { start -= 1 }
            guard start < k - 2 else { return nil }
            owner = start..<(k - 2)
            end = k - 2
        } else if let last = source.spans.last?.span.end,
                  let apostrophe = (k..<min(e, k + 6)).first(where: { ["’", "'"].contains(toks[$0].lower) && $0 + 1 < e
                      && toks[$0 + 1].lower == "s" && par.span(tokens: ($0 + 1)..<($0 + 2)).end < last }), apostrophe > k {
            // "Al-Ufuq's sources said": the possessor inside the phrase.
            owner = k..<apostrophe
        } else {
            return nil
        }
        if owner == nil, let found = np.backward(endingBefore: end), found.upperBound == end { owner = found }
        guard let owner else { return nil }
        var m = mention(owner)
        // "Al-Ufuq's sources": whoever has sources of its own is a news outlet.
        if m.kind != .outlet, ["source", "sources"].contains(source.head), toks[owner.lowerBound].isCapitalized,
           m.kind == .person || m.kind == .unknown {
            m.kind = .outlet
        }
        return m.kind == .outlet ? m : nil
    }

    func make(_ source: SourceMention?, cue: Range<Int>, content: [Range<Int>], via: [SourceMention]) -> AttributionCandidate {
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
        var via = via
        if let source, let possessor = possessingOutlet(of: source) { via.insert(possessor, at: 0) }
        var spans = content.map(span)
        spans = extendThroughQuotation(spans, content: content)
        let all = content.flatMap { Array($0) }
        let inQuote = all.filter { toks[$0].isWord && par.quoteOfToken[$0] >= 0 }.count
        let total = all.filter { toks[$0].isWord }.count
        let quote: Claim.Quote = inQuote == 0 ? .indirect : (inQuote == total ? .direct : .mixed)
        return AttributionCandidate(source: source, cue: [span(cue)], content: spans, quote: quote,
                                    polarity: polarity, via: via, sentence: sentenceIndex)
    }
}
