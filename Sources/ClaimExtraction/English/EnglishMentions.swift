import CorroborateModel

/// Describes an English source phrase: its kind (person, anonymous, organization, outlet,
/// document), how it refers (name, description, pronoun) and its head word.
enum EnglishMentions {
    static func mention(_ whole: Range<Int>, paragraph p: Int, in text: AnalyzedText) -> SourceMention {
        let par = text.paragraphs[p]
        let toks = par.tokens
        // "the interior ministry’s (assertion)": the possessor, without its ’s.
        var range = whole
        if range.count >= 3, toks[range.upperBound - 1].lower == "s", ["’", "'"].contains(toks[range.upperBound - 2].lower),
           toks[range.upperBound - 2].start == toks[range.upperBound - 3].end {
            range = range.lowerBound..<(range.upperBound - 2)
        }
        let words = range.filter { toks[$0].isWord }
        let spans = [TextSpan(paragraph: p, span: par.span(tokens: range))]
        let string = par.string(tokens: range)
        guard let firstWord = words.first else {
            return SourceMention(spans: spans, text: string, kind: .unknown, reference: .description, head: "",
                                 isDefinite: false)
        }
        let first = toks[firstWord].lower
        if words.count == 1, EnglishWords.pronouns.contains(first) {
            return SourceMention(spans: spans, text: string, kind: .unknown, reference: .pronoun, head: first,
                                 isDefinite: true)
        }
        // "the Yemeni site Taiz Online", "the Sudanese news agency SUNA", "the wire service
        // Northgate": an outlet named after a news noun is that name.
        if let n = nameAfterNoun(EnglishFrame.newsNouns, words, toks, allowing: "service") {
            var name = mention(words[n]..<range.upperBound, paragraph: p, in: text)
            name.kind = .outlet
            name.reference = .name
            name.isDefinite = true
            return name
        }
        // "British cybersecurity firm Ferrolith", "the armed group Liwa Hurras al-Badiya": an
        // organisation named after the noun that says what it is.
        if let n = nameAfterNoun(organizationNouns, words, toks), toks[words[n]].isCapitalized {
            var name = mention(words[n]..<range.upperBound, paragraph: p, in: text)
            if name.kind == .person || name.kind == .unknown { name.kind = .organization }
            return name
        }
        // Head: the last word before an attached prepositional phrase or relative clause.
        var headIndex = words.last!
        // "A ransomware gang calling itself VantaLock": what the source is, not what it calls itself.
        if let calling = words.first(where: { $0 > firstWord && ["calling", "known", "called"].contains(toks[$0].lower) }),
           let before = words.last(where: { $0 < calling }), organizationNouns.contains(toks[before].lower) {
            headIndex = before
        }
        // "The National Cyber Defence Centre (NCDC)": the name before its bracketed acronym.
        if let open = range.last(where: { toks[$0].lower == "(" }), open > firstWord,
           range.upperBound - open <= 4, let before = words.last(where: { $0 < open }) {
            headIndex = before
        }
        for w in words where w != firstWord {
            let l = toks[w].lower
            if (EnglishWords.attachingPrepositions.contains(l) || l == "who" || l == "which") && !toks[w].isCapitalized {
                if let prev = words.last(where: { $0 < w }) { headIndex = prev }
                break
            }
        }
        // "Majed al-Tarawneh, president of …": a name before an appositive is the head.
        if let comma = range.first(where: { toks[$0].lower == "," }), comma > firstWord,
           words.filter({ $0 < comma }).allSatisfy({ toks[$0].isCapitalized || isNameParticle(toks[$0].lower) }) {
            headIndex = words.last { $0 < comma }!
        } else if let comma = range.last(where: { toks[$0].lower == "," }), comma > firstWord {
            // "Sudan’s plant-protection director for Northern State, Awad al-Karim al-Tayeb": a
            // name after the description is the head.
            let after = words.filter { $0 > comma }
            if let first = after.first, after.count <= 5, toks[first].isCapitalized,
               after.allSatisfy({ toks[$0].isCapitalized || isNameParticle(toks[$0].lower) }) {
                headIndex = after.last!
            }
        }
        // "documents seen by The Shatt Review": the document, not its participle, is the head.
        if NounPhrase.isParticiple(toks[headIndex].lower), let before = words.last(where: { $0 < headIndex }) {
            let doc = EnglishWords.documentWords.contains(toks[before].lower) ? before
                : words.last(where: { $0 < before }).flatMap { EnglishWords.documentWords.contains(toks[$0].lower) ? $0 : nil }
            if let doc { headIndex = doc }
        }
        // "Suhail, an Arabic-language satellite channel", "Liwa Hurras al-Badiya, an Iran-aligned
        // armed group that …": the appositive says what the named source is.
        var appositiveKind: Source.Kind?
        if let comma = range.first(where: { toks[$0].lower == "," }), comma > firstWord, headIndex < comma {
            let after = words.filter { $0 > comma }
            var last: Int?
            for w in after {
                let l = toks[w].lower
                // (The head comes before a place: "Faraj al-Ubaidi, a guard at the branch".)
                if EnglishWords.attachingPrepositions.contains(l) || ["who", "which", "that", "run", "at", "in", "for", "with", "from", "on"].contains(l) { break }
                last = w
            }
            if let last, after.first.map({ EnglishWords.indefinite.contains(toks[$0].lower) || toks[$0].lower == "the" }) == true {
                let l = toks[last].lower
                if EnglishFrame.newsNouns.contains(l) || ["television", "tv"].contains(l) {
                    appositiveKind = .outlet
                } else if organizationNouns.contains(l) || EnglishWords.organizationWords.contains(l),
                          !(l == "guard" && !toks[last].isCapitalized && toks[after[0]].lower != "the") {
                    // ("Faraj al-Ubaidi, a guard at the branch": a person who guards, not a National Guard.)
                    appositiveKind = .organization
                }
            }
        }
        let head = toks[headIndex].lower
        let commonNoun = EnglishWords.anonymousHeads.contains(head) || EnglishWords.documentWords.contains(head)
        let capitalizedHead = (toks[headIndex].isCapitalized && !(headIndex == firstWord && commonNoun))
            || toks[headIndex].kind == .number
        let lowers = Set(words.map { toks[$0].lower })
        let definite = ["the", "this", "that", "these", "those", "his", "her", "their", "its"].contains(first)
        let indefinite = EnglishWords.indefinite.contains(first)
        let anonymityPhrase = lowers.contains("familiar") || lowers.contains("anonymity")
            || lowers.contains("briefed") || lowers.contains("unnamed") || lowers.contains("anonymous")
            // "who asked that his name not be used", "who declined to be named", "asked not to be identified"
            || !lowers.isDisjoint(with: ["named", "identified", "name"]) && !lowers.isDisjoint(with: ["not", "declined", "withheld"])
        let kind: Source.Kind
        var reference: SourceMention.Reference = .description
        if let appositiveKind, capitalizedHead, !anonymityPhrase {
            kind = appositiveKind
            reference = .name
        } else if anonymityPhrase || (EnglishWords.anonymousHeads.contains(head) && !capitalizedHead) {
            kind = .anonymous
        } else if capitalizedHead && (EnglishWords.outletWords.contains(head) || lowers.contains("news")) {
            kind = .outlet
            reference = .name
        } else if !capitalizedHead && ["newspaper", "network", "outlet", "paper", "magazine", "broadcaster", "channel", "media", "site", "website", "portal", "newsletter"].contains(head) {
            kind = .outlet
        } else if !capitalizedHead && EnglishWords.documentWords.contains(head) {
            kind = .document
        } else if capitalizedHead, words.count <= 2, head.count >= 2, head.count <= 5,
                  par.string(toks[headIndex].span).unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0.properties.numericType != nil }) {
            // An acronym: "The SDF", "CENTCOM", "NATO".
            kind = .organization
            reference = .name
        } else if EnglishWords.organizationWords.contains(head) || organizationNouns.contains(head) {
            kind = .organization
            if capitalizedHead { reference = .name }
        } else if ["spokesman", "spokeswoman", "spokesperson", "representative", "aide"].contains(head) && !capitalizedHead {
            kind = indefinite ? .anonymous : .person
        } else if capitalizedHead && first == "the" && !string.contains(","),
                  words.dropFirst().allSatisfy({ toks[$0].isCapitalized || isNameParticle(toks[$0].lower) }) {
            // "The Shatt Review", "The Levant Institute": a person's name takes no article.
            kind = .organization
            reference = .name
        } else if capitalizedHead {
            kind = .person
            reference = .name
        } else {
            kind = .unknown
        }
        return SourceMention(spans: spans, text: string, kind: kind, reference: reference, head: head,
                             isDefinite: definite || (!indefinite && reference == .name))
    }

    /// Where a name starts after the last lower-case noun of `nouns` (and an optional `allowing`
    /// word after it: "wire service"), when only name words follow: the index into `words`.
    private static func nameAfterNoun(_ nouns: Set<String>, _ words: [Int], _ toks: [Token],
                                      allowing extra: String? = nil) -> Int? {
        guard var n = words.lastIndex(where: { !toks[$0].isCapitalized && nouns.contains(toks[$0].lower) }) else { return nil }
        if let extra, n + 1 < words.count, toks[words[n + 1]].lower == extra { n += 1 }
        guard n + 1 < words.count,
              words[(n + 1)...].allSatisfy({ toks[$0].isCapitalized || isNameParticle(toks[$0].lower) }) else { return nil }
        return n + 1
    }

    /// Common nouns that say a name is an organisation ("the rights group Amnesty", "the
    /// cybersecurity firm Ferrolith", "a ransomware gang").
    static let organizationNouns: Set<String> = [
        "group", "groups", "gang", "firm", "company", "organisation", "organization", "monitor", "observatory",
        "charity", "watchdog", "militia", "faction", "movement", "coalition", "alliance", "union", "association",
        "ministry", "agency", "authority", "council", "committee", "commission", "institute", "centre", "center",
    ]

    /// Lower-case parts of Arabic and European names ("al-Tarawneh", "bin", "van").
    static func isNameParticle(_ w: String) -> Bool {
        ["al", "el", "bin", "ibn", "abu", "bint", "de", "van", "von", "da", "der"].contains(w)
            || w.hasPrefix("al-") || w.hasPrefix("el-")
    }
}
