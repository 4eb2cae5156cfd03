import Foundation

/// When to try again after a 429/5xx or a connection error: exponential backoff, or the
/// server's `Retry-After` (seconds or an HTTP date), capped.
public struct RetryPolicy: Sendable {
    /// Further attempts after the first.
    public var retries: Int
    /// Backoff before retry n (1-based): `base × 2^(n−1)`.
    public var baseDelay: Double
    /// No wait is longer than this, whatever Retry-After says.
    public var maxDelay: Double

    public init(retries: Int = 2, baseDelay: Double = 1, maxDelay: Double = 60) {
        self.retries = retries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// True for the statuses worth retrying.
    public static func isRetryable(status: Int) -> Bool { status == 429 || (500...599).contains(status) }

    /// The wait in seconds before attempt `attempt` (1 = first retry).
    public func delay(attempt: Int, retryAfter: String?, now: Date = Date()) -> Double {
        let backoff = baseDelay * pow(2, Double(max(0, attempt - 1)))
        let wanted = retryAfter.flatMap { Self.parseRetryAfter($0, now: now) } ?? backoff
        return min(max(0, wanted), maxDelay)
    }

    /// `Retry-After: 120` or `Retry-After: Fri, 31 Dec 1999 23:59:59 GMT` → seconds from `now`.
    public static func parseRetryAfter(_ value: String, now: Date = Date()) -> Double? {
        let trimmed = value.trimmingSpaces()
        if let seconds = Int(trimmed) { return Double(max(0, seconds)) }
        guard let date = HTTPDate.parse(trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// HTTP dates (RFC 9110 §5.6.7): IMF-fixdate, plus the obsolete RFC 850 and asctime forms.
enum HTTPDate {
    private static let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]

    static func parse(_ text: String) -> Date? {
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
