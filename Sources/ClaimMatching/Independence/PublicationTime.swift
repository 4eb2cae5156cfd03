import CorroborateModel
import Linguistics
/// Parses the ISO-8601 timestamps ingest writes (`2026-01-29T14:05:00+03:00`, `...Z`, a bare date)
/// into seconds since 1970 UTC, so articles from different time zones order correctly.
///
/// Hand-written to stay free of Foundation's formatter objects (not `Sendable`, slow to build);
/// anything unreadable gives `nil` and the article simply has no known time.
public enum PublicationTime {
    /// When an article appeared, for putting articles in order: `published` in seconds, and for
    /// an article dated by day only the end of that day (it may have appeared at any time of it,
    /// so it is not taken to precede an article of the same day that states its time).
    public static func ordering(_ article: Article) -> Int? {
        span(article)?.upperBound
    }

    /// The seconds an article may have appeared in: one moment, or its whole day when it is
    /// dated by day only.
    public static func span(_ article: Article) -> ClosedRange<Int>? {
        guard let t = article.published.flatMap(seconds) else { return nil }
        return t...(article.publishedIsDayOnly ? t + 86_399 : t)
    }

    public static func seconds(_ text: String) -> Int? {
        let s = Array(text.trimmingSpaces.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= s.count else { return nil }
            var v = 0
            for k in i..<(i + digits) {
                guard s[k] >= 48 && s[k] <= 57 else { return nil }
                v = v * 10 + Int(s[k] - 48)
            }
            i += digits
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < s.count, s[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var secs = CivilCalendar.days(year: year, month: month, day: day) * 86_400
        guard i < s.count else { return secs }
        guard s[i] == 84 || s[i] == 116 || s[i] == 32 else { return nil }     // T, t, space
        i += 1
        guard let hour = number(2), expect(58), let minute = number(2), hour < 25, minute < 60 else { return nil }
        secs += hour * 3600 + minute * 60
        if expect(58) {
            guard let second = number(2), second < 61 else { return nil }
            secs += second
            if expect(46) || expect(44) { while i < s.count, s[i] >= 48 && s[i] <= 57 { i += 1 } }
        }
        guard i < s.count else { return secs }                               // no offset: read as UTC
        if s[i] == 90 || s[i] == 122 { return i + 1 == s.count ? secs : nil } // Z
        guard s[i] == 43 || s[i] == 45 else { return nil }
        let sign = s[i] == 43 ? 1 : -1
        i += 1
        guard let oh = number(2) else { return nil }
        _ = expect(58)
        let om = number(2) ?? 0
        guard i == s.count else { return nil }
        return secs - sign * (oh * 3600 + om * 60)
    }
}

extension String {
    var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
