/// Reads dates from machine formats (ISO-8601 and its common variants, RFC 1123), from URLs
/// (`/2019/11/18/`), and from English and Arabic text ("Nov. 18, 2019 5:30 p.m. ET",
/// "الاثنين ١٨ تشرين الثاني/نوفمبر ٢٠١٩"). Arabic-Indic and Persian digits are read as digits.
enum DateParser {
    /// `2019-11-18`, `2019-11-18T12:30:00.000+03:00`, `2019/11/18 12:30`, `...Z`, `...+0300`.
    static func iso(_ text: String) -> PageDate? {
        let s = Array(ArabicDigits.westernised(text).unicodeScalars)
        var i = 0
        while i < s.count, s[i] == " " { i += 1 }
        if let basic = basicISO(s, from: i) { return basic }
        guard let year = number(s, &i, min: 4, max: 4), i < s.count, s[i] == "-" || s[i] == "/" else {
            return nil
        }
        i += 1
        guard let month = number(s, &i, min: 1, max: 2), i < s.count, s[i] == "-" || s[i] == "/" else { return nil }
        i += 1
        guard let day = number(s, &i, min: 1, max: 2) else { return nil }
        var date = PageDate(year: year, month: month, day: day)
        if i < s.count, s[i] == "T" || s[i] == " " || s[i] == "t" {
            var j = i + 1
            while j < s.count, s[j] == " " { j += 1 }
            if let hour = number(s, &j, min: 1, max: 2), j < s.count, s[j] == ":",
               case var k = j + 1, let minute = number(s, &k, min: 2, max: 2) {
                date.hour = hour
                date.minute = minute
                date.hasTime = true
                if k < s.count, s[k] == ":" {
                    k += 1
                    date.second = number(s, &k, min: 2, max: 2) ?? 0
                }
                if k < s.count, s[k] == "." || s[k] == "," {
                    k += 1
                    while k < s.count, s[k].properties.numericType != nil { k += 1 }
                }
                while k < s.count, s[k] == " " { k += 1 }
                date.offsetMinutes = zone(s, &k)
            }
        }
        return date.isValid ? date : nil
    }

    /// ISO-8601's basic format, `20260316T112500+0300` (or `20260316T1125Z`): eight digits, `T`,
    /// four or six digits, an optional zone and nothing after it.
    private static func basicISO(_ s: [Unicode.Scalar], from start: Int) -> PageDate? {
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count, s[range].allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return nil }
            return Int(String(String.UnicodeScalarView(s[range])))
        }
        guard let year = digits(start..<(start + 4)), let month = digits((start + 4)..<(start + 6)),
              let day = digits((start + 6)..<(start + 8)), start + 8 < s.count, s[start + 8] == "T",
              let hour = digits((start + 9)..<(start + 11)), let minute = digits((start + 11)..<(start + 13)) else { return nil }
        var k = start + 13
        var date = PageDate(year: year, month: month, day: day, hour: hour, minute: minute)
        date.hasTime = true
        if let second = digits(k..<(k + 2)) { date.second = second; k += 2 }
        date.offsetMinutes = zone(s, &k)
        guard k == s.count || s[k...].allSatisfy({ $0 == " " }) else { return nil }
        return date.isValid ? date : nil
    }

    /// A `[+-]hh[:]mm`, `Z`, `UTC` or `GMT` zone at `i`.
    static func zone(_ s: [Unicode.Scalar], _ i: inout Int) -> Int? {
        guard i < s.count else { return nil }
        if s[i] == "Z" || s[i] == "z" { i += 1; return 0 }
        let rest = String(String.UnicodeScalarView(s[i..<min(s.count, i + 3)])).uppercased()
        if rest == "UTC" || rest == "GMT" {
            i += 3
            if i < s.count, s[i] == "+" || s[i] == "-" { return zone(s, &i) }
            return 0
        }
        guard s[i] == "+" || s[i] == "-" || s[i] == "−" else { return nil }
        let sign = s[i] == "+" ? 1 : -1
        i += 1
        guard let hh = number(s, &i, min: 1, max: 2) else { return nil }
        var mm = 0
        if i < s.count, s[i] == ":" { i += 1 }
        if let m = number(s, &i, min: 2, max: 2) { mm = m }
        return sign * (hh * 60 + mm)
    }

    /// Reads `min...max` ASCII digits at `i`.
    static func number(_ s: [Unicode.Scalar], _ i: inout Int, min: Int, max: Int) -> Int? {
        var value = 0, count = 0
        while i < s.count, count < max, let d = s[i].asciiDigit {
            value = value * 10 + d
            count += 1
            i += 1
        }
        if count < min {
            i -= count
            return nil
        }
        // Reject a longer run of digits ("20191118" is not a 4-digit year followed by junk).
        if count == max, i < s.count, s[i].asciiDigit != nil, max >= 4 { return nil }
        return value
    }

    /// `/2019/11/18/`, `/2019-11-18`, `/20191118/` in a URL path (date only, no zone).
    static func fromURL(_ url: String) -> PageDate? {
        let s = Array(url.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "/" || s[i] == "-" || s[i] == "_" {
                var j = i + 1
                if let y = number(s, &j, min: 4, max: 4), (1995...2100).contains(y), j < s.count {
                    if s[j] == "/" || s[j] == "-" || s[j] == "_" {
                        var k = j + 1
                        let sep = s[j]
                        if let m = number(s, &k, min: 2, max: 2), k < s.count, s[k] == sep {
                            var l = k + 1
                            if let d = number(s, &l, min: 2, max: 2), l == s.count || s[l].asciiDigit == nil {
                                let date = PageDate(year: y, month: m, day: d)
                                if date.isValid { return date }
                            }
                        }
                    }
                }
                var j8 = i + 1, digits = 0
                while j8 < s.count, s[j8].asciiDigit != nil { j8 += 1; digits += 1 }
                if digits == 8, j8 == s.count || s[j8] == "/" || s[j8] == "-" || s[j8] == "." {
                    let v = Int(String(String.UnicodeScalarView(s[(i + 1)..<j8])))!
                    let date = PageDate(year: v / 10000, month: v / 100 % 100, day: v % 100)
                    if date.isValid && date.year >= 1995 { return date }
                }
            }
            i += 1
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// 0-9 for an ASCII digit.
    var asciiDigit: Int? {
        (48...57).contains(value) ? Int(value - 48) : nil
    }
}
