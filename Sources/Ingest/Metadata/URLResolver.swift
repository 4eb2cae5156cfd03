import Foundation

/// Resolves link targets against the page's base URL (`<base href>`, the page URL, canonical).
struct URLResolver {
    let base: URL

    init?(_ base: String?) {
        guard let base, let url = URL(string: base.trimmingCharacters(in: .whitespacesAndNewlines)),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        self.base = url
    }

    /// The absolute form of `href`, or `href` unchanged when it cannot be resolved.
    func resolve(_ href: String) -> String {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        if let url = URL(string: trimmed, relativeTo: base) { return Self.unarchived(url.absoluteString) }
        if let escaped = trimmed.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["%", "#"])),
           let url = URL(string: escaped, relativeTo: base) {
            return Self.unarchived(url.absoluteString)
        }
        return trimmed
    }

    /// A Wayback Machine capture's rewritten address is the page it archived:
    /// "https://web.archive.org/web/20260825083512/https://www.qanal-tv.com/news/88127" (and the
    /// "…id_/", "…im_/" forms) → "https://www.qanal-tv.com/news/88127".
    static func unarchived(_ url: String) -> String {
        guard let r = url.range(of: "://web.archive.org/web/") else { return url }
        let rest = url[r.upperBound...]
        guard let slash = rest.firstIndex(of: "/"), rest[..<slash].first?.isNumber == true else { return url }
        let inner = rest[rest.index(after: slash)...]
        guard inner.hasPrefix("http://") || inner.hasPrefix("https://") else { return url }
        return String(inner)
    }

    /// The host without a leading "www.", e.g. "aljazeera.net".
    static func domain(of url: String) -> String? {
        guard let host = URL(string: url.trimmingCharacters(in: .whitespacesAndNewlines))?.host?.lowercased(),
              !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
