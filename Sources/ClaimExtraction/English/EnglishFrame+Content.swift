import CorroborateModel

/// Where what was said begins and ends around a cue: addressees, relays, tails about the saying,
/// closing attributions.
extension EnglishFrame {
    /// Sentence-final punctuation, not the period of a title ("Dr.", "Col.").
    func isTerminator(_ k: Int) -> Bool {
        guard toks[k].kind == .punctuation, EnglishFrame.terminators.contains(toks[k].lower) else { return false }
        return !(toks[k].lower == "." && k > a && SentenceSegmenter.titles.contains(toks[k - 1].lower))
    }

    /// Content after the cue: skips an addressee ("told reporters"), relays ("citing X") and
    /// modifiers before "that" ("said Friday that").
    func rightContent(_ cue: Range<Int>, relay: inout [SourceMention], cited: inout SourceMention) -> Range<Int>? {
        var j = cue.upperBound
        guard j < e else { return nil }
        if EnglishFrame.tellVerbs.contains(toks[cue.upperBound - 1].lower), let phrase = np.forward(from: j), !quoted(phrase) {
            let addressee = phrase.lowerBound..<addresseeEnd(phrase)
            let m = mention(addressee)
            // "told the agency / the newspaper": the outlet in play (resolved later); "told the
            // Sudanese site Darfur Now": an outlet named after a news noun.
            // "told The Saleroom Standard": a capitalised "The" opens the name of a publication, not a person.
            if m.kind == .outlet || m.reference == .description && m.isDefinite && EnglishFrame.newsNouns.contains(m.head)
                || addressee.dropLast().contains(where: { EnglishFrame.newsNouns.contains(toks[$0].lower) })
                || par.string(toks[addressee.lowerBound].span) == "The" && addressee.count >= 2
                && addressee.allSatisfy({ toks[$0].isCapitalized }) {
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
           let object = quotedObject(after: j..<j), let saying = asSaying(after: object), !quoted(object) {
            cited = mention(object)
            j = saying + 1
        }
        // "the Chronicle quotes the Egyptologist Amal Sorour, who thinks the pieces are genuine":
        // the object speaks in the relative clause.
        if ["quoted", "quotes", "quoting", "cited", "cites"].contains(toks[cue.lowerBound].lower), cue.count == 1,
           let object = np.forward(from: j), object.upperBound + 3 < e, toks[object.upperBound].lower == ",",
           ["who", "which"].contains(toks[object.upperBound + 1].lower),
           EnglishFrame.relativeSpeechVerbs.contains(toks[object.upperBound + 2].lower), !quoted(object) {
            cited = mention(object)
            j = object.upperBound + 3
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
            if toks[k].kind == .punctuation || coordinatedCue(at: k) { break }
            k += 1
        }
        while j < e, toks[j].kind == .punctuation, [",", ":", "—", "–"].contains(toks[j].lower) { j += 1 }
        guard j < e, words(j..<e) >= 1 else { return nil }
        // "Nineteen had been discharged, she added; most had cuts": a semicolon right after the
        // cue closes the clause, and what was said is before it.
        if toks[j].lower == ";", par.quoteOfToken[j] < 0 { return nil }
        // "…; OCHA's spokesperson told The Red Sea Times that …": a semicolon outside quotes
        // closes what was said.
        var end = (j..<e).first { toks[$0].lower == ";" && par.quoteOfToken[$0] < 0 } ?? e
        // "X denied that A, and said B": the second reporting verb opens a statement of its own.
        if let k = (j..<end).first(where: { par.quoteOfToken[$0] < 0 && coordinatedCue(at: $0) }), k > j {
            end = k > j + 1 && toks[k - 1].lower == "," ? k - 1 : k
        }
        // "the ministry denied this, Aden Gate reported": an attribution of the whole sentence
        // at its end is not part of what was said.
        if let k = (j..<end).last(where: { toks[$0].lower == "," && par.quoteOfToken[$0] < 0 }), k > j,
           trailingAttribution(k + 1, end) { end = k }
        // "had put the number of evacuated families at about forty, citing a local official": a
        // closing relay names whose account it passes on.
        // (A source, not a reason: "suspended flights, citing security concerns" cites none.)
        if let k = (j..<end).last(where: { toks[$0].lower == "," && par.quoteOfToken[$0] < 0 }), k > j + 1, k + 2 < end,
           ["citing", "quoting"].contains(toks[k + 1].lower), let source = np.forward(from: k + 2), !quoted(source),
           ((source.upperBound)..<end).allSatisfy({ toks[$0].kind == .punctuation }), mention(source).kind != .unknown,
           // (Not "X denied A, Qamishli Today reported, quoting Y": the quoting is the outlet's.)
           !(j..<k).contains(where: { toks[$0].lower == "," && par.quoteOfToken[$0] < 0 && trailingAttribution($0 + 1, k) }) {
            cited = mention(source)
            end = k
        }
        // "A post by Black Box Maroc, which claimed that Lamrani had fainted, had by then been
        // shared …": a relative clause's statement ends where the main clause's verb goes on.
        // (Not at the comma that closes an inner clause: "who said the dam, which was built in
        // 1978, had been opened without warning".)
        if relativePronoun(before: cue.lowerBound) != nil,
           let k = (j..<end).first(where: { toks[$0].lower == "," && par.quoteOfToken[$0] < 0 && $0 + 1 < end
               && EnglishFrame.mainClauseVerbs.contains(toks[$0 + 1].lower)
               && !(j..<$0).contains { i in ["which", "who"].contains(toks[i].lower) && i > j && toks[i - 1].lower == "," } }), k > j {
            end = k
        }
        // "spoke of about 40 in an interview with Al Wakra News": the outlet it was said to.
        if let (k, outlet) = interviewTail(j, end) {
            relay.append(outlet)
            end = k
        }
        return words(j..<end) >= 1 ? j..<end : j..<e
    }

    /// A closing "in an interview with X", "in comments to X", "in a statement to X", "speaking
    /// to X" whose X is a publication (an outlet's name, "the paper", "the Arabic site"): where the
    /// phrase starts, and the outlet.
    func interviewTail(_ from: Int, _ to: Int) -> (Int, SourceMention)? {
        var k = to - 1
        while k > from, toks[k].kind == .punctuation { k -= 1 }
        let last = k + 1
        for start in stride(from: last - 2, through: max(from + 1, last - 14), by: -1) where par.quoteOfToken[start] < 0 {
            let w = toks[start].lower
            var n = start
            if w == "in", n + 2 < last, ["a", "an", "his", "her", "its", "their"].contains(toks[n + 1].lower),
               EnglishFrame.interviewNouns.contains(toks[n + 2].lower) {
                n += 3
            } else if w == "in", n + 1 < last, EnglishFrame.interviewNouns.contains(toks[n + 1].lower) {
                n += 2
            } else if w == "speaking" {
                n += 1
            } else {
                continue
            }
            guard n < last, ["with", "to"].contains(toks[n].lower), let phrase = np.forward(from: n + 1),
                  phrase.upperBound == last, !quoted(phrase) else { continue }
            let m = mention(phrase)
            let publication = m.kind == .outlet || EnglishFrame.newsNouns.contains(m.head)
                || par.string(toks[phrase.lowerBound].span) == "The" && phrase.count >= 2 && phrase.allSatisfy { toks[$0].isCapitalized }
            guard publication else { return nil }
            var cut = start
            if cut - 1 > from, toks[cut - 1].lower == "," { cut -= 1 }
            return (cut, m)
        }
        return nil
    }

    /// Finite auxiliaries that carry a sentence's main clause on after a comma.
    static let mainClauseVerbs: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "will", "would"]

    /// The ", who" / ", which" right before a cue (an adverb between allowed: ", who later said"):
    /// the relative pronoun's index.
    func relativePronoun(before cueStart: Int) -> Int? {
        var w = cueStart - 1
        if w > a, np.isAdverb(w) { w -= 1 }
        guard w - 1 >= a, ["who", "which"].contains(toks[w].lower), toks[w - 1].lower == ",", par.quoteOfToken[w] < 0 else { return nil }
        return w
    }

    static let interviewNouns: Set<String> = ["interview", "interviews", "comments", "remarks", "statement", "email", "call", "phone"]

    /// "and" (or ", and") before a reporting verb in the past tense that shares the subject of the
    /// statement before it ("… and added that …", "…, and said all 25 crew were safe").
    func coordinatedCue(at k: Int) -> Bool {
        guard toks[k].lower == "and", k + 1 < e else { return false }
        var v = k + 1
        while v < e, np.isAdverb(v) { v += 1 }
        return v < e && EnglishFrame.coordinatedVerbs.contains(toks[v].lower)
    }

    static let coordinatedVerbs: Set<String> = [
        "said", "added", "told", "denied", "confirmed", "warned", "insisted", "stressed", "noted", "argued",
        "acknowledged", "claimed", "declared", "explained", "rejected", "dismissed", "announced", "urged",
    ]

    /// Whether `from..<to` is a short attribution that closes a sentence: "…, according to the
    /// Aden Herald", "…, Aden Gate reported", "…, said the ministry".
    func trailingAttribution(_ from: Int, _ to: Int) -> Bool {
        guard from < to, to - from <= 10, par.quoteOfToken[from] < 0 else { return false }
        if toks[from].lower == "according", from + 1 < to, toks[from + 1].lower == "to" { return true }
        if toks[from].lower == "per", perSource(at: from) { return true }
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
    func addresseeEnd(_ r: Range<Int>) -> Int {
        // "told Boubyan Post the reserve margin had been …", "told The Saleroom Standard it had
        // never …": a name ends where a determiner or a pronoun opens the statement's subject.
        if toks[r.lowerBound].isCapitalized,
           let k = ((r.lowerBound + 1)..<r.upperBound).first(where: { EnglishFrame.subjectDeterminers.contains(toks[$0].lower) }),
           ((r.lowerBound + 1)..<k).allSatisfy({ toks[$0].isCapitalized }) {
            return k
        }
        // "told reporters the talks would resume", "told journalists it was": a bare plural noun
        // ends before the subject of what was said.
        if r.count > 1, toks[r.lowerBound].isWord, !toks[r.lowerBound].isCapitalized, toks[r.lowerBound].lower.hasSuffix("s"),
           !EnglishFrame.subjectDeterminers.contains(toks[r.lowerBound].lower),
           EnglishFrame.subjectDeterminers.contains(toks[r.lowerBound + 1].lower) {
            return r.lowerBound + 1
        }
        for k in (r.lowerBound + 1)..<r.upperBound where EnglishFrame.addresseeTails.contains(toks[k].lower) {
            guard k + 1 < r.upperBound else { return k }
            let next = toks[k + 1]
            if !next.isCapitalized || NounPhrase.weekdays.contains(next.lower) { return k }
        }
        return r.upperBound
    }

    static let relativeSpeechVerbs: Set<String> = [
        "says", "said", "thinks", "believes", "argues", "argued", "warns", "warned", "insists", "insisted",
        "estimates", "estimated", "claims", "claimed", "maintains", "maintained",
    ]

    static let subjectDeterminers: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "this", "these", "those",
                                                  "it", "he", "she", "they", "we", "there"]

    static let addresseeTails: Set<String> = ["on", "in", "at", "during", "late", "early", "by", "via", "over", "shortly", "from",
                                              "anonymously", "speaking"]

    /// A clause after "X said," that is about the saying, not more of what was said: "…, the
    /// official said, speaking on condition of anonymity", "…, he said, because …", "…, he said
    /// on Monday".
    func opensTail(_ r: Range<Int>) -> Bool {
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
    func readsAsContent(_ r: Range<Int>) -> Bool {
        let first = toks[r.lowerBound]
        if first.lower == "that" || par.quoteOfToken[r.lowerBound] >= 0 { return true }
        if r.lowerBound > 0, toks[r.lowerBound - 1].lower == ":" { return true }
        if opensTail(r) { return false }
        return !addresseeEndsSentence(r)
    }

    func addresseeEndsSentence(_ r: Range<Int>) -> Bool {
        r.lowerBound > a && EnglishFrame.tellVerbs.contains(toks[r.lowerBound - 1].lower) && np.forward(from: r.lowerBound)?.upperBound == e
    }

    /// Drops trailing commas and dashes (closing quotes stay: they belong to the content).
    func trimmed(_ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo, toks[hi - 1].kind == .punctuation, [",", "—", "–", "-", ":"].contains(toks[hi - 1].lower) { hi -= 1 }
        while lo < hi, toks[lo].kind == .punctuation, [",", "—", "–", "-"].contains(toks[lo].lower) { lo += 1 }
        return lo < hi ? lo..<hi : nil
    }
}
