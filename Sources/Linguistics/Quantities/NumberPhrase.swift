/// One number phrase read from a token sequence (digits and/or number words).
struct NumberPhrase {
    var value: Double
    /// For vague plurals, the range they stand for.
    var vague: ClosedRange<Double>?
    /// Index one past the last token of the phrase.
    var end: Int
    /// Whether a digit token used grouping separators.
    var grouped: Bool

    /// Reads the longest number phrase starting at `start`, or nil.
    static func parse(_ tokens: [TextToken], from start: Int) -> NumberPhrase? {
        var total = 0.0
        var current = 0.0
        var hasCurrent = false
        var lastScale: Double?
        var vague: ClosedRange<Double>?
        var grouped = false
        var fromDigits = false
        var end = start
        var j = start

        func roleAt(_ k: Int) -> NumberWords.Role? {
            guard k < tokens.count, tokens[k].kind == .word else { return nil }
            return wordRole(tokens[k].text)
        }

        while j < tokens.count {
            let t = tokens[j]
            if t.kind == .number {
                guard j == start, let (v, g) = DigitNumber.parse(t.text) else { break }
                current = v
                hasCurrent = true
                grouped = g
                fromDigits = true
                j += 1
                end = j
                continue
            }
            guard t.kind == .word else { break }
            let seen = hasCurrent || total > 0 || vague != nil
            // Joiners: "و" / "and" between number words, "of" in "hundreds of thousands".
            if t.text == "و" || t.text == "and" || t.text == "of" {
                guard seen, let next = roleAt(j + 1) else { break }
                if t.text == "of" {
                    guard vague != nil, case .vagueScale = next else { break }
                } else if case .vague = next { break }
                j += 1
                continue
            }
            guard let role = wordRole(t.text) else { break }
            switch role {
            case .add(let v):
                guard !fromDigits, vague == nil else { return finish() }
                current += v
                hasCurrent = true
            case .weakUnit(let v):
                guard !seen, let next = roleAt(j + 1) else { return finish() }
                switch next {
                case .teen, .hundred, .scale, .scaleAccusative: current = v; hasCurrent = true
                default: return finish()
                }
            case .teen:
                guard !fromDigits, vague == nil else { return finish() }
                current = (hasCurrent && current < 10) ? current + 10 : current + 10
                hasCurrent = true
            case .hundred:
                guard vague == nil else { return finish() }
                current = (hasCurrent ? current : 1) * 100
                hasCurrent = true
            case .scale(let v, let dual):
                guard vague == nil else { return finish() }
                if dual && !hasCurrent { total += 2 * v } else { total += (hasCurrent ? current : 1) * v }
                current = 0
                hasCurrent = false
                lastScale = v
            case .scaleAccusative(let v):
                guard vague == nil else { return finish() }
                total += (hasCurrent ? current : 2) * v
                current = 0
                hasCurrent = false
                lastScale = v
            case .vagueScale(let range, let scale):
                if let v = vague {
                    vague = v.lowerBound * scale ... v.upperBound * scale
                } else if hasCurrent {
                    total += current * scale
                    current = 0
                    hasCurrent = false
                    lastScale = scale
                } else if !seen {
                    vague = range
                } else {
                    return finish()
                }
            case .vague(let range):
                guard !seen else { return finish() }
                vague = range
            case .fraction(let f):
                let joined = t.text.unicodeScalars.first == "\u{0648}"
                    || j > 0 && ["و", "and", "a"].contains(tokens[j - 1].text)
                guard let scale = lastScale, j > start, joined else { return finish() }
                total += f * scale
            }
            j += 1
            end = j
        }
        return finish()

        func finish() -> NumberPhrase? {
            guard end > start else { return nil }
            if let vague { return NumberPhrase(value: vague.lowerBound, vague: vague, end: end, grouped: false) }
            guard hasCurrent || total > 0 || fromDigits else { return nil }
            return NumberPhrase(value: total + current, vague: nil, end: end, grouped: grouped)
        }
    }

    /// The role of a word, including English hyphenated tens ("twenty-five").
    static func wordRole(_ word: String) -> NumberWords.Role? {
        if let r = NumberWords.role(of: word) { return r }
        guard word.contains("-") else { return nil }
        var sum = 0.0
        for part in word.split(separator: "-") {
            guard case .add(let v)? = NumberWords.english[String(part)] else { return nil }
            sum += v
        }
        return .add(sum)
    }
}
