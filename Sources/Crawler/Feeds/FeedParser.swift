import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a feed lists: article URLs and, for sitemap indexes, further sitemaps.
public struct FeedContents: Sendable, Equatable {
    public enum Kind: String, Sendable { case rss, atom, sitemap, sitemapIndex, unknown }
    public var kind: Kind
    /// Article URLs in document order (as written; resolve against the feed URL).
    public var articles: [String]
    /// Child sitemaps of a sitemap index.
    public var sitemaps: [String]
    /// Set when the XML was malformed; what was read before the error is kept.
    public var warning: String?
}

/// Reads RSS 2.0, Atom, sitemaps and news sitemaps, and sitemap indexes with Foundation's
/// `XMLParser` (external entities are not resolved).
public enum FeedParser {
    public static func parse(_ bytes: [UInt8]) -> FeedContents {
        let delegate = FeedDelegate()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let ok = parser.parse()
        var contents = FeedContents(kind: delegate.kind, articles: delegate.articles, sitemaps: delegate.sitemaps)
        if let error = delegate.error {
            contents.warning = "malformed XML (\(error)) at line \(parser.lineNumber)"
        } else if !ok {
            contents.warning = "malformed XML (\(parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error")) at line \(parser.lineNumber)"
        }
        return contents
    }
}

private final class FeedDelegate: NSObject, XMLParserDelegate {
    var kind: FeedContents.Kind = .unknown
    var articles: [String] = []
    var sitemaps: [String] = []
    var error: String?
    private var stack: [String] = []
    private var text = ""
    private var seen = Set<String>()

    private static func local(_ name: String) -> String {
        (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let name = Self.local(elementName)
        if stack.isEmpty {
            switch name {
            case "rss", "rdf": kind = .rss
            case "feed": kind = .atom
            case "urlset": kind = .sitemap
            case "sitemapindex": kind = .sitemapIndex
            default: break
            }
        }
        if kind == .atom, name == "link", stack.last == "entry" {
            let rel = attributes["rel"]?.lowercased() ?? "alternate"
            if rel == "alternate", let href = attributes["href"] { add(href, to: &articles) }
        }
        stack.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil { error = "\((parseError as NSError).code)" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        let name = Self.local(elementName)
        let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch (kind, name, parent) {
        case (.rss, "link", "item"): add(value, to: &articles)
        case (.sitemap, "loc", "url"): add(value, to: &articles)
        case (.sitemapIndex, "loc", "sitemap"): add(value, to: &sitemaps)
        default: break
        }
        stack.removeLast()
        text = ""
    }

    private func add(_ url: String, to list: inout [String]) {
        guard !url.isEmpty, seen.insert(url).inserted else { return }
        list.append(url)
    }
}
