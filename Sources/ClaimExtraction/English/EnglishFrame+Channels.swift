import CorroborateModel

/// Channels between a speaker and its verb ("quoted by", "in a statement reported by",
/// "was quoted by … as saying"): relays, not cues or sources.
extension EnglishFrame {
    /// Participles that name the channel between a speaker and its verb: "quoted by", "in a
    /// statement carried by".
    static let channelParticiples: Set<String> = ["quoted", "cited", "reported", "carried", "published", "relayed",
                                                  "broadcast", "aired", "posted", "released"]
    /// Nouns of "in a statement / in remarks / in an interview" before a channel participle.
    static let utteranceNouns: Set<String> = ["statement", "statements", "remarks", "comments", "interview", "post",
                                              "message", "letter", "video", "briefing", "communique", "communiqué",
                                              "update", "note", "bulletin", "tweet", "broadcast", "report"]

    /// "quoted" in "The Arab diplomat quoted by Gulf Wire put …" is not the cue: a channel
    /// phrase modifying the subject of a later cue (not a passive "was quoted by … as saying").
    func channelParticiple(_ cue: Range<Int>) -> Bool {
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
    func passiveQuote(_ cue: Range<Int>) -> AttributionCandidate? {
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

    /// "The grounding was first reported on Monday by the news site Al Khor Today, which was told
    /// by an engineer … that 11 aircraft had been withdrawn": the agent of a passive report is
    /// the speaker (the subject is what it reported), and a relative "which was told by Y that …"
    /// after the agent is Y's statement passed on by the agent.
    func passiveReport(_ cue: Range<Int>) -> AttributionCandidate? {
        let last = cue.upperBound - 1
        guard EnglishFrame.passiveReportVerbs.contains(toks[last].lower), last > a else { return nil }
        var j = last - 1
        while j > a, np.isAdverb(j) || ["first", "also", "initially", "originally"].contains(toks[j].lower) { j -= 1 }
        guard j >= a, ["was", "were", "is", "are", "been"].contains(toks[j].lower) else { return nil }
        var aux = j
        while aux > a, ["has", "have", "had"].contains(toks[aux - 1].lower) { aux -= 1 }
        // Only a time phrase between the participle and "by" ("reported on Monday by"): never
        // another verb ("were reported killed by the army").
        guard let by = (cue.upperBound..<min(e, cue.upperBound + 7)).first(where: { toks[$0].lower == "by" }),
              (cue.upperBound..<by).allSatisfy({ EnglishFrame.timeWords.contains(toks[$0].lower) || NounPhrase.weekdays.contains(toks[$0].lower) }),
              var agent = np.forward(from: by + 1), !quoted(agent), aux > a,
              let subject = trimmed(a..<aux), words(subject) >= 2 else { return nil }
        // "by the ministry on Monday": the time is not the agent's.
        if let cut = (agent.lowerBound + 1..<agent.upperBound).first(where: { k in
            ["on", "in", "at", "late", "early"].contains(toks[k].lower) && k + 1 < agent.upperBound
                && (NounPhrase.weekdays.contains(toks[k + 1].lower) || EnglishFrame.timeWords.contains(toks[k + 1].lower))
        }) {
            agent = agent.lowerBound..<cut
        }
        let outlet = mention(agent)
        // ", which was told by Y that …"
        var k = agent.upperBound
        if k + 5 < e, toks[k].lower == ",", toks[k + 1].lower == "which", ["was", "had", "been"].contains(toks[k + 2].lower) {
            k += 3
            if toks[k].lower == "been" { k += 1 }
            if k + 2 < e, toks[k].lower == "told", toks[k + 1].lower == "by", let speaker = np.forward(from: k + 2),
               !quoted(speaker), let that = (speaker.upperBound..<min(e, speaker.upperBound + 12)).first(where: { toks[$0].lower == "that" }),
               that + 1 < e, words((that + 1)..<e) >= 2 {
                return make(mention(speaker), cue: k..<(k + 2), content: [(that + 1)..<e], via: [outlet])
            }
        }
        // "…, which had an engineer at Az-Zour South describing three units tripping …": the
        // statement in the relative clause, passed on by the agent.
        k = agent.upperBound
        if k + 4 < e, toks[k].lower == ",", toks[k + 1].lower == "which", ["had", "quoted", "cited"].contains(toks[k + 2].lower),
           let speaker = np.forward(from: k + 3), !quoted(speaker), speaker.upperBound + 1 < e,
           EnglishFrame.relativeParticiples.contains(toks[speaker.upperBound].lower) {
            let verb = speaker.upperBound
            var start = verb + 1
            if toks[start].lower == "that", start + 1 < e { start += 1 }
            if words(start..<e) >= 2 {
                return make(mention(speaker), cue: verb..<(verb + 1), content: [start..<e], via: [outlet])
            }
        }
        return make(outlet, cue: cue, content: [subject], via: [])
    }

    static let relativeParticiples: Set<String> = ["describing", "saying", "claiming", "warning", "confirming", "reporting"]

    static let timeWords: Set<String> = ["on", "in", "at", "early", "late", "last", "this", "that", "first", "the", "morning",
                                         "evening", "night", "afternoon", "day", "week", "yesterday", "today", "earlier",
                                         "overnight", "initially", "originally"]

    static let passiveReportVerbs: Set<String> = ["reported", "revealed", "disclosed", "broken", "published", "carried", "aired",
                                                  "announced", "confirmed", "acknowledged"]

    /// The speaker before a channel phrase ending right before `cueStart`, and the channel:
    /// "The Arab diplomat quoted by Gulf Wire | put …", "The ministry, in a statement reported by
    /// The Red Sea Times, | said …".
    func channelSpeaker(before cueStart: Int) -> (speaker: Range<Int>, channel: Range<Int>)? {
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
    func isChannel(_ r: Range<Int>) -> Bool {
        mention(r).kind == .outlet || toks[r.lowerBound].isCapitalized
            || r.contains { EnglishFrame.newsNouns.contains(toks[$0].lower) }
    }
}
