import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`).
///
/// Looks through arrays and `@graph` for the first object whose `@type` is an article kind
/// (NewsArticle, Article, ReportageNews, BlogPosting, ...), falling back to a WebPage.
struct JSONLDArticle {
    var headline: String?
    var articleBody: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var inLanguage: String?

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "scholarlyarticle", "techarticle", "report", "review",
    ]

    /// Parses every block; nil when none holds an article or a web page.
    init?(blocks: [String]) {
        var objects: [[String: Any]] = []
        for block in blocks {
            guard let data = Self.cleaned(block).data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.flatten(json, into: &objects)
        }
        // Every schema.org subtype of Article ends so: ReportageNewsArticle, SatiricalArticle, …
        let article = objects.first { Self.types(of: $0).contains { Self.articleTypes.contains($0) || $0.hasSuffix("article")
            || $0.hasSuffix("posting") } }
            ?? objects.first { Self.types(of: $0).contains { $0.hasSuffix("page") } }
        guard let article else { return nil }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        articleBody = Self.string(article["articleBody"]) ?? Self.string(article["text"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        dateModified = Self.string(article["dateModified"])
        authors = Self.names(article["author"]) + Self.names(article["creator"])
        if authors.isEmpty, let by = objects.first(where: { Self.types(of: $0).contains("person") }) {
            authors = Self.names(by)
        }
        publisher = Self.names(article["publisher"]).first ?? Self.names(article["sourceOrganization"]).first
        if publisher == nil, let org = objects.first(where: {
            Self.types(of: $0).contains { $0 == "newsmediaorganization" || $0 == "organization" }
        }) {
            publisher = Self.names(org).first
        }
        url = [Self.string(article["url"]), Self.string(article["mainEntityOfPage"])]
            .compactMap { $0 }.first { $0.hasPrefix("http") }
        inLanguage = Self.string(article["inLanguage"])
    }

    /// Removes HTML comment wrappers and control characters some CMSs leave in JSON-LD.
    private static func cleaned(_ raw: String) -> String {
        var s = raw.trimmingWhitespace()
        if s.hasPrefix("<!--") { s.removeFirst(4) }
        if s.hasSuffix("-->") { s.removeLast(3) }
        if s.hasSuffix(";") { s.removeLast() }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
    }

    private static func flatten(_ json: Any, into out: inout [[String: Any]]) {
        if let array = json as? [Any] {
            for item in array { flatten(item, into: &out) }
        } else if let object = json as? [String: Any] {
            out.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &out) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = s.trimmingWhitespace()
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        if let o = value as? [String: Any] { return string(o["@value"]) ?? string(o["@id"]) }
        return nil
    }

    /// Names from a string, a Person/Organization object, or a list of them.
    private static func names(_ value: Any?) -> [String] {
        if let s = value as? String {
            let t = s.trimmingWhitespace()
            return t.isEmpty ? [] : [t]
        }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        if let o = value as? [String: Any] {
            if let n = string(o["name"]) { return [n] }
        }
        return []
    }
}
