/// Dates written for people, in English and Arabic (Egyptian/Gulf, Levantine and Maghrebi
/// month names): "November 18, 2019 at 5:30 p.m. ET", "18 Nov 2019 14:05 GMT",
/// "الاثنين 18 تشرين الثاني/نوفمبر 2019 - 10:30 م", "١٨ شباط ٢٠٢٦".
enum TextDateParser {
    static let englishMonths: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    /// Single-word Arabic month names (MSA transliterations, Levantine, Maghrebi), normalised
    /// (hamza-free alef, no diacritics).
    static let arabicMonths: [String: Int] = [
        "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6,
        "يونيه": 6, "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "جويلية": 7, "اغسطس": 8, "اوت": 8,
        "غشت": 8, "سبتمبر": 9, "شتنبر": 9, "اكتوبر": 10, "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12,
        "دجنبر": 12, "جانفي": 1, "فيفري": 2, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
        "تموز": 7, "اب": 8, "ايلول": 9,
    ]
    /// Two-word Levantine months: first word, then second word → month.
    static let arabicTwoWordMonths: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الاول": 12],
        "تشرين": ["الاول": 10, "الثاني": 11],
    ]
    /// US and common zone abbreviations (standard and daylight), minutes east of UTC.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
        "pdt": -420, "ast": 180, "ist": 330, "msk": 180, "غرينتش": 0, "غرينيتش": 0, "جرينتش": 0,
    ]

    static func parse(_ text: String) -> PageDate? {
        let tokens = tokenize(ArabicDigits.westernised(text))
        var month: Int?, day: Int?, year: Int?
        var hour: Int?, minute = 0, offset: Int?
        var pm: Bool?
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            let lower = normalisedArabic(t.lowercased())
            if month == nil, let m = englishMonths[lower] ?? arabicMonths[lower] {
                month = m
            } else if month == nil, let second = arabicTwoWordMonths[lower], i + 1 < tokens.count,
                      let m = second[normalisedArabic(tokens[i + 1])] {
                month = m
                i += 1
            } else if let colon = t.firstIndex(of: ":"), hour == nil,
                      let h = Int(t[..<colon]), let mm = Int(t[t.index(after: colon)...].prefix(2)), h < 24, mm < 60 {
                hour = h
                minute = mm
            } else if let n = Int(t) {
                if t.count == 4, (1990...2100).contains(n) { if year == nil { year = n } }
                else if t.count <= 2, (1...31).contains(n), day == nil { day = n }
            } else if ["pm", "p.m", "p.m.", "م", "مساء", "مساءا", "مساءً"].contains(lower) {
                pm = true
            } else if ["am", "a.m", "a.m.", "ص", "صباحا", "صباحاً"].contains(lower) {
                pm = false
            } else if let z = zones[lower], hour != nil || year != nil {
                offset = z
            } else if lower == "et" || lower == "pt" || lower == "ct" {
                offset = zones[lower == "et" ? "est" : lower == "pt" ? "pst" : "cst"]
            } else if lower.hasPrefix("gmt") || lower.hasPrefix("utc"), hour != nil || year != nil {
                // "(GMT+1)", "UTC+03:00": a signed zone, read as machine dates read it.
                let scalars = Array(t.unicodeScalars)
                var k = 0
                if let z = DateParser.zone(scalars, &k), k == scalars.count { offset = z }
            }
            i += 1
        }
        // All in figures: "2026/3/24 12:10:00", "24/03/2026" (day first, as Arabic and European
        // pages write it; "3/24/2026" only when the day cannot be the first figure).
        if month == nil, let (y, m, d) = numericDate(tokens, arabic: text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }) {
            (year, month, day) = (y, m, d)
        }
        guard let month, let day, let year else { return nil }
        if offset == nil, hour != nil { offset = numericZoneAfterTime(text) }
        var date = PageDate(year: year, month: month, day: day)
        if var h = hour {
            if pm == true, h < 12 { h += 12 }
            if pm == false, h == 12 { h = 0 }
            date.hour = h
            date.minute = minute
            date.hasTime = true
            date.offsetMinutes = offset
        }
        return date.isValid ? date : nil
    }

    /// RFC 2822's numeric zone after the time and a space ("Wed, 13 May 2026 17:05:00 +0300", "…
    /// 09:30 -0500"; not a range, "10:30-11:45"), which the tokens lose (a minus splits them), in
    /// minutes east of UTC.
    static func numericZoneAfterTime(_ text: String) -> Int? {
        guard let match = text.firstMatch(of: /\d{1,2}:\d{2}(?::\d{2})?\s+([+-])(\d{2}):?(\d{2})(?!\d)/),
              let h = Int(match.2), let m = Int(match.3), h <= 14, m < 60 else { return nil }
        return (match.1 == "-" ? -1 : 1) * (h * 60 + m)
    }

    /// The first three figures in a row that make a date: year first ("2026/3/24"), or year last
    /// with the day first ("24/3/2026"; month first only when the first figure exceeds 12 is
    /// impossible for a month and the second is, "3/24/2026").
    static func numericDate(_ tokens: [Substring], arabic: Bool) -> (Int, Int, Int)? {
        let figures = tokens.map { t -> Int? in t.allSatisfy(\.isNumber) && t.count <= 4 ? Int(t) : nil }
        for i in 0..<max(0, tokens.count - 2) {
            guard let x = figures[i], let y = figures[i + 1], let z = figures[i + 2] else { continue }
            if tokens[i].count == 4, (1990...2100).contains(x), (1...12).contains(y), (1...31).contains(z) { return (x, y, z) }
            guard tokens[i + 2].count == 4, (1990...2100).contains(z) else { continue }
            if (1...31).contains(x), (1...12).contains(y), x > 12 || arabic { return (z, y, x) }
            if (1...12).contains(x), (13...31).contains(y) { return (z, x, y) }
        }
        return nil
    }

    /// Words, numbers and `hh:mm` times; `/`, `,`, `-`, `|` and brackets separate, and so do the
    /// dots of a dotted date ("13.05.2026", "2026.05.13"; not a decimal "4.5").
    static func tokenize(_ text: String) -> [Substring] {
        text.split(whereSeparator: { c in
            c.isWhitespace || c == "," || c == "/" || c == "|" || c == "(" || c == ")" || c == "-" || c == "–"
                || c == "،" || c == "\u{200F}" || c == "\u{200E}"
        }).flatMap { t -> [Substring] in
            var t = t
            while let l = t.last, l == "." && !t.hasSuffix("m.") || l == "," { t = t.dropLast() }
            let parts = t.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }),
               parts[0].count == 4 || parts[2].count == 4 {
                return parts
            }
            return [t]
        }
    }

    /// Arabic letters folded for lookup: أإآ→ا, ى→ي, ة kept; harakat and tatweel removed;
    /// a leading "و"/"في" is not removed (month names never carry clitics in datelines).
    static func normalisedArabic<S: StringProtocol>(_ s: S) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c.value {
            case 0x0622, 0x0623, 0x0625, 0x0671: out.append("ا")
            case 0x0649: out.append("ي")
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            default: out.append(c)
            }
        }
        return String(out)
    }
}
