import Linguistics

/// A calendar date and time as a page states it, with the UTC offset when the page gives one.
struct PageDate: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    /// Minutes east of UTC; nil when the page does not say.
    var offsetMinutes: Int?
    /// False for a bare date ("18 November 2019").
    var hasTime = false

    var isValid: Bool {
        (1990...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
            && (offsetMinutes.map { abs($0) <= 14 * 60 } ?? true)
    }

    /// ISO-8601 with a numeric offset, always written out (`+00:00`, never `Z`, so that every
    /// date has one shape); `fallbackOffset` (minutes) is used when the date has none.
    func iso8601(fallbackOffset: Int = 0) -> String {
        let offset = offsetMinutes ?? fallbackOffset
        let a = abs(offset)
        let zone = (offset < 0 ? "-" : "+") + Self.two(a / 60) + ":" + Self.two(a % 60)
        return "\(year)-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))\(zone)"
    }

    /// Minutes since 1970-01-01 of the clock time as written (its offset not applied); nil when
    /// the date is not valid.
    var epochMinutes: Int? {
        guard isValid else { return nil }
        return (CivilCalendar.days(year: year, month: month, day: day) * 24 + hour) * 60 + minute
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension PageDate {
    /// The UTC date and time of a Unix time in seconds (1990–2100), e.g. a date element's
    /// `data-time="1784668500"` → 2026-07-21 21:15 +00:00.
    init?(unixSeconds: Int) {
        guard (631_152_000...4_102_444_800).contains(unixSeconds) else { return nil }
        let days = unixSeconds / 86_400, seconds = unixSeconds % 86_400
        // Days since 1970-01-01 → civil date, counting in 400-year eras from 0000-03-01.
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = seconds / 3600
        minute = seconds % 3600 / 60
        second = seconds % 60
        offsetMinutes = 0
        hasTime = true
    }
}
