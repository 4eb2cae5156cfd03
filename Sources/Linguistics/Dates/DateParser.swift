/// Finds dates in English and Arabic text and parses them to components.
///
/// Handles day–month–year in either order, month names of every Arabic region (including the
/// paired form "شباط/فبراير"), digits of every script, ISO `2026-01-29` and `29/01/2026`, the
/// parts of a month ("أوائل يناير", "late October") and bare years after a marker ("عام 2014").
public enum DateParser {
    /// Every date in `text`, in order.
    public static func dates(in text: some StringProtocol) -> [DateMention] {
        dates(in: TextTokenizer.tokenize(text))
    }

    /// Every date in a tokenised text.
    public static func dates(in tokenized: TokenizedText) -> [DateMention] {
        let t = tokenized.tokens
        var result: [DateMention] = []
        var i = 0
        while i < t.count {
            if let (mention, next) = numericDate(t, at: i) ?? namedDate(t, at: i) ?? bareYear(t, at: i) {
                result.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    static func int(_ token: TextToken) -> Int? {
        guard token.kind == .number, token.text.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else {
            return nil
        }
        return Int(token.text)
    }

    static func isYear(_ n: Int?) -> Bool { n.map { (1000...2200).contains($0) } ?? false }

    /// A month name (one or two words, optionally paired "شباط/فبراير" or "شباط (فبراير)") at
    /// `i`: the month and the index after it.
    static func month(_ t: [TextToken], at i: Int) -> (Int, Int)? {
        guard i < t.count, t[i].kind == .word else { return nil }
        var word = t[i].text
        if word.hasSuffix("."), word.count > 3 { word.removeLast() }
        var m: Int?
        var next = i + 1
        if let second = MonthNames.double[word], i + 1 < t.count, let v = second[t[i + 1].text] {
            m = v
            next = i + 2
        } else if let v = MonthNames.single[word] {
            m = v
        } else if let f = word.unicodeScalars.first, f == "ف" || f == "ب" || f == "و",
                  let v = MonthNames.single[String(word.unicodeScalars.dropFirst())] {
            // "فبراير" with a ب/ف proclitic: "بفبراير"
            m = v
        }
        guard let value = m else { return nil }
        if next < t.count, t[next].text == "." { next += 1 }
        // Paired names: "شباط/فبراير", "شباط (فبراير)".
        if next + 1 < t.count, t[next].text == "/" || t[next].text == "(" || t[next].text == "-",
           let (other, after) = month(t, at: next + 1), other == value {
            next = after
            if next < t.count, t[next].text == ")" { next += 1 }
        }
        return (value, next)
    }

    static func namedDate(_ t: [TextToken], at i: Int) -> (DateMention, Int)? {
        var start = i
        var part: DateMention.Part?
        var k = i
        if let p = MonthNames.parts[t[i].text] ?? MonthNames.parts[stripWa(t[i].text)] {
            part = p
            k += 1
            if k < t.count, t[k].text == "of" || t[k].text == "-" { k += 1 }
        }
        var day: Int?
        if part == nil, let d = int(t[k]), (1...31).contains(d), month(t, at: k + 1) != nil {
            day = d
            k += 1
        }
        guard let (m, afterMonth) = month(t, at: k) else { return nil }
        var end = afterMonth
        if day == nil, part == nil, end < t.count, let d = int(t[end]), (1...31).contains(d) {
            day = d  // "January 29"
            end += 1
        }
        var year: Int?
        var j = end
        if j < t.count, t[j].text == "," { j += 1 }
        if j < t.count, ["عام", "سنه", "من"].contains(t[j].text) { j += 1 }
        if j < t.count, let y = int(t[j]), isYear(y) { year = y; end = j + 1 }
        if day == nil, year == nil, part == nil, MonthNames.needsNumber.contains(t[k].text) { return nil }
        if part == nil { start = day != nil && t[i].kind == .number ? i : k }
        return (DateMention(year: year, month: m, day: day, part: part,
                            range: t[start].range.lowerBound..<t[end - 1].range.upperBound), end)
    }

    /// `2026-01-29`, `29/01/2026`, `29.01.2026`.
    static func numericDate(_ t: [TextToken], at i: Int) -> (DateMention, Int)? {
        guard i + 4 < t.count, let a = int(t[i]), let b = int(t[i + 2]), let c = int(t[i + 4]) else { return nil }
        let s1 = t[i + 1].text, s2 = t[i + 3].text
        guard s1 == s2, s1 == "-" || s1 == "/" else { return nil }
        // Adjacent tokens only: "2026 - 01" with spaces is a range, not a date.
        guard t[i].range.upperBound == t[i + 1].range.lowerBound,
              t[i + 3].range.upperBound == t[i + 4].range.lowerBound else { return nil }
        let (y, m, d): (Int, Int, Int) = isYear(a) ? (a, b, c) : (c, b, a)
        guard isYear(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (DateMention(year: y, month: m, day: d, range: t[i].range.lowerBound..<t[i + 4].range.upperBound), i + 5)
    }

    static func bareYear(_ t: [TextToken], at i: Int) -> (DateMention, Int)? {
        guard i + 1 < t.count, MonthNames.yearMarkers.contains(t[i].text), let y = int(t[i + 1]),
              (1800...2200).contains(y) else { return nil }
        return (DateMention(year: y, range: t[i + 1].range), i + 2)
    }

    static func stripWa(_ w: String) -> String {
        w.unicodeScalars.first == "و" ? String(String.UnicodeScalarView(w.unicodeScalars.dropFirst())) : w
    }
}
