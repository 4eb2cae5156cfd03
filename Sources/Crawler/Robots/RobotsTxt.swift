/// A parsed robots.txt (RFC 9309) and the decision for one path.
///
/// Groups start with one or more `user-agent` lines; the group(s) naming the crawler's product
/// token (case-insensitive) apply, else the `*` group(s), else nothing is disallowed. Among the
/// matching `allow`/`disallow` rules the longest pattern wins, `allow` on a tie. Patterns support
/// `*` (any run of characters) and a trailing `$` (end of URL). `/robots.txt` is always allowed.
public struct RobotsTxt: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var allow: Bool
        public var pattern: String
    }

    struct Group: Sendable, Equatable {
        var agents: [String]
        var rules: [Rule]
        var crawlDelay: Double?
    }

    private var groups: [Group]
    /// A robots.txt that allows everything (missing file, 4xx).
    public static let allowAll = RobotsTxt(groups: [])
    /// A robots.txt that disallows everything (5xx, unreachable).
    public static let disallowAll = RobotsTxt(groups: [Group(agents: ["*"], rules: [Rule(allow: false, pattern: "/")])])

    private init(groups: [Group]) { self.groups = groups }

    /// Parses robots.txt text (only the first 500 KiB are considered, as RFC 9309 §2.5 allows).
    public init(parsing text: String) {
        var groups: [Group] = []
        var current: Group?
        var lastWasAgent = false
        for rawLine in text.utf8.prefix(512 * 1024).split(separator: 10, omittingEmptySubsequences: true) {
            var line = Substring(decoding: rawLine, as: UTF8.self)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            switch key {
            case "user-agent", "useragent", "user agent":
                if !lastWasAgent {
                    if let current { groups.append(current) }
                    current = Group(agents: [], rules: [])
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil else { continue }
                // An empty disallow allows everything: it adds no rule.
                if value.isEmpty { continue }
                current?.rules.append(Rule(allow: key == "allow", pattern: PercentEncoding.normalise(value, allowQuestionMark: true)))
            case "crawl-delay":
                lastWasAgent = false
                if let seconds = Double(value), seconds >= 0, seconds.isFinite { current?.crawlDelay = seconds }
            default:
                // sitemap and unknown keys do not end a group's agent list for RFC purposes.
                if key != "sitemap" { lastWasAgent = false }
            }
        }
        if let current { groups.append(current) }
        self.groups = groups
    }

    /// The product token of a User-Agent string: `Corroborate/0.1 (+url)` → `corroborate`.
    public static func productToken(of userAgent: String) -> String {
        let token = userAgent.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return token.lowercased()
    }

    private func applicable(to token: String) -> [Group] {
        let named = groups.filter { $0.agents.contains(token) }
        return named.isEmpty ? groups.filter { $0.agents.contains("*") } : named
    }

    /// Whether `pathAndQuery` may be fetched by the crawler whose product token is `token`.
    public func allows(_ pathAndQuery: String, token: String) -> Bool {
        if pathAndQuery == "/robots.txt" { return true }
        var best: Rule?
        for group in applicable(to: token) {
            for rule in group.rules where Self.matches(rule.pattern, pathAndQuery) {
                guard let current = best else { best = rule; continue }
                let (a, b) = (rule.pattern.utf8.count, current.pattern.utf8.count)
                if a > b || (a == b && rule.allow && !current.allow) { best = rule }
            }
        }
        return best?.allow ?? true
    }

    /// The Crawl-delay (seconds) for the crawler's group, when given.
    public func crawlDelay(token: String) -> Double? {
        applicable(to: token).compactMap(\.crawlDelay).max()
    }

    /// Pattern matching with `*` and a final `$`, linear in practice (greedy with backtracking
    /// to the last star only, the classic wildcard algorithm).
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var p = Array(pattern.utf8)
        let s = Array(path.utf8)
        var anchored = false
        if p.last == UInt8(ascii: "$") {
            anchored = true
            p.removeLast()
        }
        var i = 0, j = 0, star = -1, mark = 0
        while j < s.count {
            if i < p.count && p[i] == UInt8(ascii: "*") {
                star = i
                mark = j
                i += 1
            } else if i < p.count && p[i] == s[j] {
                i += 1
                j += 1
            } else if i >= p.count && !anchored {
                return true  // prefix match: the rest of the path is free
            } else if star >= 0 {
                i = star + 1
                mark += 1
                j = mark
            } else {
                return false
            }
        }
        while i < p.count && p[i] == UInt8(ascii: "*") { i += 1 }
        return i == p.count
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
        return String(s)
    }
}
