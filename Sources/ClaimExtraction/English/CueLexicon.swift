import CorroborateModel

/// English attribution cues with their prior precision, mined from PolNeAR train
/// (`scripts/mine_cue_lexicon.py` → `scripts/data/cue-lexicon-en.tsv`, embedded in `Data/`), plus reporting-verb paradigms
/// for verbs the training text never showed.
struct CueLexicon: Sendable {
    struct Entry: Sendable {
        var words: [String]
        /// Smoothed share of occurrences annotated as a cue.
        var precision: Double
    }

    /// n-grams keyed by their words joined with a space.
    private var entries: [String: Entry] = [:]
    private(set) var maxLength = 1

    static let shared = CueLexicon()

    init() {
        for line in CueLexiconData.tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            guard cols.count == 3, let pos = Double(cols[1]), let occ = Double(cols[2]) else { continue }
            add(String(cols[0]), precision: pos / (occ + 1))
        }
        for phrase in CueLexicon.newsPhrases where entries[phrase] == nil { add(phrase, precision: 0.8) }
        for verb in CueLexicon.reportingVerbs {
            for form in CueLexicon.inflections(of: verb) where entries[form] == nil {
                add(form, precision: 0.55)
            }
        }
    }

    /// For each first word, the longest entry starting with it (most words never start a cue).
    private var longestFrom: [String: Int] = [:]

    private mutating func add(_ key: String, precision: Double) {
        let words = key.split(separator: " ").map(String.init)
        entries[key] = Entry(words: words, precision: precision)
        maxLength = max(maxLength, words.count)
        longestFrom[words[0]] = max(longestFrom[words[0]] ?? 0, words.count)
    }

    /// The best cue starting at token `i` (highest precision, longer on ties), as a token count.
    func match(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, precision: Double)? {
        guard let longest = longestFrom[tokens[i].lower] else { return nil }
        var best: (Int, Double)? = nil
        var key = tokens[i].lower
        var n = 1
        while true {
            if let e = entries[key], best == nil || e.precision >= best!.1 {
                best = (n, e.precision)
            }
            guard n < longest, i + n < limit else { break }
            key += " " + tokens[i + n].lower
            n += 1
        }
        return best
    }

    func precision(of key: String) -> Double? { entries[key]?.precision }

    /// "put the convoy at 120 trucks", "placed the number of displaced at nearly 9,000": a
    /// placing verb whose object (up to six words, not in `newsPhrases`) is set at a figure.
    /// The length reaches the object, so the verb alone becomes the cue (see `figureVerbs`).
    func placement(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, precision: Double)? {
        guard CueLexicon.placingVerbSet.contains(tokens[i].lower) else { return nil }
        var k = i + 1
        while k < min(limit, i + 8) {
            let t = tokens[k]
            if t.lower == "at" {
                var f = k + 1
                while f < min(limit, k + 4), CueLexicon.figureHedges.contains(tokens[f].lower) { f += 1 }
                return f < limit && tokens[f].kind == .number && k > i + 1 ? (k - i, 0.85) : nil
            }
            if t.kind == .punctuation && t.lower != "'" && t.lower != "’" { return nil }
            k += 1
        }
        return nil
    }

    /// Words that hedge or lead a figure ("at least", "nearly", "$"): "put the toll at nearly 40".
    static let figureHedges: Set<String> = [
        "about", "around", "nearly", "almost", "roughly", "some", "more", "less", "fewer", "than", "over", "under",
        "least", "at", "just", "up", "to", "$", "€", "£", "us", "usd",
    ]

    /// Lemmas from textacy's and rsyntax's reporting verbs plus news usage.
    static let reportingVerbs = [
        "accuse", "acknowledge", "add", "admit", "affirm", "agree", "allege", "announce", "argue", "assert",
        "attest", "avow", "believe", "blame", "brief", "caution", "charge", "claim", "comment", "complain",
        "concede", "conclude", "confirm", "contend", "declare", "deny", "disclose", "dispute", "emphasize",
        "estimate", "exclaim", "explain", "fear", "insist", "maintain", "mention", "note", "observe", "predict",
        "proclaim", "recall", "recount", "remark", "reply", "report", "respond", "reveal", "say", "state",
        "stress", "suggest", "tell", "testify", "tweet", "warn", "write", "reiterate", "concur", "underscore",
        "lament", "boast", "vow", "pledge", "promise", "speculate", "surmise", "theorize", "acknowledge",
        "reject", "refute",
    ]

    /// Reporting constructions of casualty and count news that PolNeAR's political text lacks:
    /// "He put the number of injured at 22", "officials put the death toll at 14".
    /// The verbs of `newsPhrases`, whose object belongs to the content.
    static let figureVerbs = Set(placingVerbs + measuringVerbs)
    static let placingVerbs = ["put", "puts", "putting", "placed", "places", "placing", "gave", "gives", "giving"]
    /// `placingVerbs` for the test at every token.
    static let placingVerbSet = Set(placingVerbs)
    private static let measuringVerbs = ["measured", "measures", "recorded", "records", "registered", "registers"]

    static let newsPhrases: [String] = {
        var phrases: [String] = []
        for verb in placingVerbs {
            for object in ["the toll", "the death toll", "the casualty toll", "the number of", "the number",
                           "the figure", "the count", "the total", "the final toll", "the overall toll",
                           "the crew", "the cost", "the damage", "the losses", "the size", "the number killed",
                           "the number dead", "the number injured", "the number missing"] {
                phrases.append(verb + " " + object)
            }
        }
        // Measuring agencies: "The USGS measured the quake at magnitude 6.1".
        for verb in measuringVerbs {
            for object in ["the quake", "the earthquake", "the tremor", "the magnitude", "its magnitude", "the aftershock",
                           "the rainfall", "the temperature", "the water level"] {
                phrases.append(verb + " " + object)
            }
        }
        return phrases
    }()

    static func inflections(of lemma: String) -> [String] {
        switch lemma {
        case "say": return ["say", "says", "said", "saying"]
        case "tell": return ["tell", "tells", "told", "telling"]
        case "write": return ["write", "writes", "wrote", "writing", "written"]
        case "deny": return ["deny", "denies", "denied", "denying"]
        case "reply": return ["reply", "replies", "replied", "replying"]
        case "testify": return ["testify", "testifies", "testified", "testifying"]
        default: break
        }
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            return [lemma, lemma + "s", lemma + "d", stem + "ing"]
        }
        let es = lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") ? "es" : "s"
        return [lemma, lemma + es, lemma + "ed", lemma + "ing"]
    }
}
