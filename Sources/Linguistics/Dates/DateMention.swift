/// A calendar date (or part of one) written in text: "29 January 2026", "٢٩ كانون الثاني ٢٠٢٦",
/// "أواخر أكتوبر", "عام 2014".
public struct DateMention: Sendable, Hashable {
    /// Which part of a month a vague date points at ("early January", "أواخر أكتوبر").
    public enum Part: String, Sendable, Hashable, Codable {
        case early, mid, late
    }

    public var year: Int?
    /// 1...12.
    public var month: Int?
    /// 1...31.
    public var day: Int?
    public var part: Part?
    /// Code-point offsets `[start, end)` in the source text.
    public var range: Range<Int>

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, part: Part? = nil, range: Range<Int>) {
        self.year = year
        self.month = month
        self.day = day
        self.part = part
        self.range = range
    }

    /// ISO-8601 text for the known components: `2026-01-29`, `2026-01`, `2026`, `--01-29`.
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(y)-\(two(m))-\(two(d))"
        case let (y?, m?, nil): return "\(y)-\(two(m))"
        case let (y?, nil, _): return "\(y)"
        case let (nil, m?, d?): return "--\(two(m))-\(two(d))"
        case let (nil, m?, nil): return "--\(two(m))"
        default: return ""
        }
    }
}
