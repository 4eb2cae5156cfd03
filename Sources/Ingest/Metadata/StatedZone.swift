/// The UTC offset a page states in words for the clock time of its date: "آخر تحديث 06:15
/// صباحاً بتوقيت دمشق", "9:15 am Mecca time".
///
/// Used only for a machine date without an offset, and only when a date line on the page states
/// that same clock time (hour and minute) with a city's time: then the page itself says which
/// zone the time is in. Otherwise nothing is inferred (a page's language or country says
/// nothing reliable about the zone its CMS writes).
enum StatedZone {
    /// Cities (Arabic and English spellings) whose offset is the same all year, in minutes
    /// east of UTC (tzdata 2024–2026; Syria and Jordan dropped daylight saving in 2022, so
    /// older pages from them may be an hour off in winter). Cairo and Beirut keep daylight
    /// saving: `seasonalOffset` has their rules. Left out on purpose: Jerusalem/Gaza (Palestine
    /// moves its dates around Ramadan), Rabat (Morocco too), "عمان" (Amman or Oman, +3 or +4)
    /// and "طرابلس" (Libya or Lebanon), ambiguous without diacritics.
    static let cities: [(names: [String], minutes: Int)] = [
        (["غرينتش", "غرينيتش", "غرينيش", "greenwich", "gmt", "utc"], 0),
        (["دمشق", "damascus"], 180),          // Syria: permanent +03 since October 2022
        (["عمّان", "amman"], 180),            // Jordan: permanent +03 since October 2022
        (["بغداد", "baghdad"], 180),
        (["الرياض", "riyadh", "مكة", "mecca", "makkah", "السعودية"], 180),
        (["الكويت", "kuwait"], 180),
        (["الدوحة", "doha"], 180),
        (["المنامة", "manama", "البحرين", "bahrain"], 180),
        (["صنعاء", "sanaa", "عدن", "aden"], 180),
        (["مقديشو", "mogadishu"], 180),
        (["أبوظبي", "أبو ظبي", "abu dhabi", "دبي", "dubai", "الإمارات", "uae"], 240),
        (["مسقط", "muscat"], 240),
        (["الخرطوم", "khartoum"], 120),       // Sudan: +02 since November 2017
        (["الجزائر", "algiers"], 60),
        (["تونس", "tunis"], 60),
    ]

    /// Cities with daylight saving: Cairo (Egypt, again since 2023: +03 from the last Friday of
    /// April to the last Thursday of October, else +02) and Beirut (+03 from the last Sunday of
    /// March to the Saturday before the last Sunday of October, else +02).
    static let seasonal: [(names: [String], rule: Rule)] = [
        (["القاهرة", "cairo", "مصر"], .egypt),
        (["بيروت", "beirut", "لبنان"], .lebanon),
    ]

    enum Rule {
        case egypt, lebanon
    }

    /// The offset of the first city-time statement in `texts` that states `date`'s clock time.
    static func offset(for date: PageDate, in texts: [String]) -> Int? {
        guard date.hasTime, date.offsetMinutes == nil else { return nil }
        for raw in texts {
            let text = ArabicDigits.westernised(raw).lowercased()
            guard let minutes = cityOffset(in: text, on: date), statesClock(text, hour: date.hour, minute: date.minute)
            else { continue }
            return minutes
        }
        return nil
    }

    /// The offset of "بتوقيت <city>" or "<city> time" in a lowercased text, on that date. Arabic
    /// names are compared with hamza and harakat folded («ابوظبي» = «أبوظبي»), except «عمّان»,
    /// which folds to the ambiguous «عمان» and must keep its shadda.
    static func cityOffset(in text: String, on date: PageDate) -> Int? {
        let folded = TextDateParser.normalisedArabic(text)
        func states(_ name: String) -> Bool {
            let (hay, key) = name == "عمّان" ? (text, name) : (folded, TextDateParser.normalisedArabic(name))
            // «بتوقيت القاهرة», «(توقيت القاهرة)», "Cairo time".
            return hay.contains("توقيت " + key) || hay.contains(key + " time")
        }
        for (names, minutes) in cities where names.contains(where: states) { return minutes }
        for (names, rule) in seasonal where names.contains(where: states) { return seasonalOffset(rule, on: date) }
        return nil
    }

    /// The local offset under a daylight-saving rule on a local calendar date; nil for years
    /// the rule does not cover.
    static func seasonalOffset(_ rule: Rule, on date: PageDate) -> Int? {
        let day = (date.month, date.day)
        switch rule {
        case .egypt:
            guard date.year >= 2015 else { return nil }
            guard date.year >= 2023 else { return 120 } // no daylight saving 2015–2022
            let start = (4, lastWeekday(5, month: 4, year: date.year)), end = (10, lastWeekday(4, month: 10, year: date.year))
            return day >= start && day <= end ? 180 : 120
        case .lebanon:
            guard date.year >= 2000 else { return nil }
            let start = (3, lastWeekday(0, month: 3, year: date.year)), end = (10, lastWeekday(0, month: 10, year: date.year))
            return day >= start && day < end ? 180 : 120
        }
    }

    /// The day of the month of the last `weekday` (0 = Sunday) in March, April or October.
    static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> Int {
        let last = month == 4 ? 30 : 31
        let shift = (dayOfWeek(year: year, month: month, day: last) - weekday + 7) % 7
        return last - shift
    }

    /// 0 = Sunday (Sakamoto's method).
    static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    /// Whether the text holds "H:MM" or "HH:MM" equal to the clock time, on a 24- or 12-hour dial
    /// ("6:15 pm" is 18:15, never 06:15; without am/pm a 12-hour reading is allowed).
    static func statesClock(_ text: String, hour: Int, minute: Int) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x3A, i > 0, i + 2 < bytes.count else { i += 1; continue }
            let m = digits(bytes, from: i + 1, count: 2)
            var start = i
            while start > 0, start > i - 2, isDigit(bytes[start - 1]) { start -= 1 }
            let h = start < i ? digits(bytes, from: start, count: i - start) : nil
            if let h, let m, m == minute {
                switch meridiem(bytes, after: i + 3) {
                case true?: if h <= 12, h % 12 + 12 == hour { return true }
                case false?: if h <= 12, h % 12 == hour { return true }
                case nil: if h == hour || h <= 12 && h % 12 == hour % 12 { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// After a clock time: pm (true), am (false) or no marker (nil) within the next few bytes
    /// ("6:15 pm", "6:15 p.m.", "06:15 مساءً", "06:15 صباحاً").
    private static func meridiem(_ bytes: [UInt8], after i: Int) -> Bool? {
        let tail = String(decoding: bytes[min(i, bytes.count)..<min(bytes.count, i + 16)], as: UTF8.self)
            .drop { $0.isWhitespace }
        if tail.hasPrefix("pm") || tail.hasPrefix("p.m") || tail.hasPrefix("مساء") { return true }
        if tail.hasPrefix("am") || tail.hasPrefix("a.m") || tail.hasPrefix("صباح") { return false }
        return nil
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func digits(_ bytes: [UInt8], from start: Int, count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for b in bytes[start..<(start + count)] {
            guard isDigit(b) else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }
}
