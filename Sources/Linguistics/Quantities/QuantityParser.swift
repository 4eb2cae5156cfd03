/// Finds numbers in English and Arabic text: digits of any script and grouping, number words
/// ("six thousand", "2.5 million", "ستة آلاف", "ألفين", "خمسة وعشرون"), vague plurals
/// ("dozens", "عشرات", "آلاف") and the hedges that qualify them ("about", "نحو", "أكثر من").
public enum QuantityParser {
    /// Every quantity in `text`, in order, with source code-point spans.
    public static func quantities(in text: some StringProtocol) -> [Quantity] {
        quantities(in: TextTokenizer.tokenize(text))
    }

    /// Every quantity in an already tokenised text.
    public static func quantities(in tokenized: TokenizedText) -> [Quantity] {
        let tokens = tokenized.tokens
        var result: [Quantity] = []
        var i = 0
        while i < tokens.count {
            guard let phrase = NumberPhrase.parse(tokens, from: i) else { i += 1; continue }
            var end = phrase.end
            var qualifier: Quantity.Qualifier = phrase.vague == nil ? .exact : .vague
            var start = i
            if let (length, q) = hedgeBefore(tokens, endingBefore: i) {
                start = i - length
                if qualifier == .exact || q != .approximate { qualifier = q }
            }
            var isPercent = false
            if end < tokens.count, tokens[end].text == "%" { isPercent = true; end += 1 }
            else if let length = percentWord(tokens, at: end) { isPercent = true; end += length }
            if qualifier == .exact, let (length, q) = hedgeAfter(tokens, at: end) {
                qualifier = q
                end += length
            }
            let value = phrase.vague?.lowerBound ?? phrase.value
            let interval: ClosedRange<Double>
            if let vague = phrase.vague {
                // A hedge on a vague plural ("أكثر من عشرات") keeps the plural's range.
                interval = vague
            } else {
                interval = Quantity.interval(for: value, qualifier: qualifier)
            }
            let numberRange = tokens[i].range.lowerBound..<tokens[phrase.end - 1].range.upperBound
            let isYear = phrase.end == i + 1 && tokens[i].kind == .number && !phrase.grouped
                && value == value.rounded() && (1800...2100).contains(value) && tokens[i].text.count == 4
            result.append(Quantity(value: value, low: interval.lowerBound, high: interval.upperBound,
                                   qualifier: qualifier, isPercent: isPercent,
                                   range: tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound,
                                   numberRange: numberRange, isLikelyYear: isYear))
            i = end
        }
        return result
    }

    static func hedgeBefore(_ tokens: [TextToken], endingBefore i: Int) -> (Int, Quantity.Qualifier)? {
        for (words, q) in Hedges.before where words.count <= i {
            let first = i - words.count
            var ok = true
            for (k, w) in words.enumerated() where !Hedges.matches(tokens[first + k].text, w, first: k == 0) {
                ok = false
                break
            }
            if ok { return (words.count, q) }
        }
        return nil
    }

    static func hedgeAfter(_ tokens: [TextToken], at i: Int) -> (Int, Quantity.Qualifier)? {
        for (words, q) in Hedges.after where i + words.count <= tokens.count {
            var ok = true
            for (k, w) in words.enumerated() where tokens[i + k].text != w {
                ok = false
                break
            }
            if ok { return (words.count, q) }
        }
        return nil
    }

    static func percentWord(_ tokens: [TextToken], at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        switch tokens[i].text {
        case "percent", "بالمئه", "بالمائه", "%": return 1
        case "per" where i + 1 < tokens.count && tokens[i + 1].text == "cent": return 2
        case "في" where i + 1 < tokens.count && (tokens[i + 1].text == "المئه" || tokens[i + 1].text == "المائه"):
            return 2
        default: return nil
        }
    }
}
