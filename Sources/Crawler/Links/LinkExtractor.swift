import Foundation

/// Finds the links of a page that look like articles, with a small byte-level tag scanner
/// (no full parse: only `<a href>`, `<base href>` and the regions to skip matter here).
///
/// Skipped: links inside `<nav>`, `<header>`, `<footer>`, `<aside>` (site chrome), inside
/// `<script>`, `<style>` and comments; `rel="nofollow"`; non-http(s) schemes; and URLs that
/// `ArticleLinkFilter` rejects (assets, feeds, tag/category/search pages, ...).
public enum LinkExtractor {
    /// Absolute, normalised article links of `html`, in document order, without duplicates.
    public static func articleLinks(in html: [UInt8], baseURL: CrawlURL) -> [CrawlURL] {
        var base = baseURL
        var out: [CrawlURL] = []
        var seen = Set<CrawlURL>()
        var chromeDepth = 0
        var i = 0
        let n = html.count
        while i < n {
            guard let lt = html[i...].firstIndex(of: UInt8(ascii: "<")) else { break }
            i = lt + 1
            if html[i...].starts(with: Array("!--".utf8)) {
                i = find(Array("-->".utf8), in: html, from: i + 3).map { $0 + 3 } ?? n
                continue
            }
            let closing = i < n && html[i] == UInt8(ascii: "/")
            if closing { i += 1 }
            var nameEnd = i
            while nameEnd < n, isNameByte(html[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: html[i..<nameEnd], as: UTF8.self).lowercased()
            guard let gt = tagEnd(html, from: nameEnd) else { break }
            let attributes = closing ? [:] : parseAttributes(html[nameEnd..<gt])
            i = gt + 1
            switch name {
            case "script", "style", "textarea", "template":
                if !closing { i = find(Array("</\(name)".utf8), in: html, from: i, caseInsensitive: true) ?? n }
            case "nav", "header", "footer", "aside":
                chromeDepth = max(0, chromeDepth + (closing ? -1 : 1))
            case "base":
                if let href = attributes["href"], let url = try? CrawlURL(href, relativeTo: baseURL) { base = url }
            case "a", "area":
                guard !closing, chromeDepth == 0, let href = attributes["href"] else { continue }
                if let rel = attributes["rel"]?.lowercased(), rel.contains("nofollow") { continue }
                guard let url = try? CrawlURL(decodeEntities(href), relativeTo: base),
                      ArticleLinkFilter.looksLikeArticle(url), seen.insert(url).inserted else { continue }
                out.append(url)
            default:
                break
            }
        }
        return out
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (65...90).contains(b) || (97...122).contains(b) || (48...57).contains(b) || b == UInt8(ascii: "-")
    }

    /// The `>` ending a tag, skipping quoted attribute values.
    private static func tagEnd(_ html: [UInt8], from: Int) -> Int? {
        var quote: UInt8 = 0
        var i = from
        while i < html.count {
            let b = html[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }

    static func parseAttributes(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var out: [String: String] = [:]
        var i = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace() { while i < end, bytes[i] <= 0x20 || bytes[i] == UInt8(ascii: "/") { i += 1 } }
        while i < end {
            skipSpace()
            let nameStart = i
            while i < end, bytes[i] > 0x20, bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: "/") { i += 1 }
            guard i > nameStart else { i += 1; continue }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            while i < end, bytes[i] <= 0x20 { i += 1 }
            var value = ""
            if i < end, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end, bytes[i] <= 0x20 { i += 1 }
                if i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let q = bytes[i]
                    i += 1
                    let vs = i
                    while i < end, bytes[i] != q { i += 1 }
                    value = String(decoding: bytes[vs..<i], as: UTF8.self)
                    i += 1
                } else {
                    let vs = i
                    while i < end, bytes[i] > 0x20 { i += 1 }
                    value = String(decoding: bytes[vs..<i], as: UTF8.self)
                }
            }
            if out[name] == nil { out[name] = value }
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            var j = 0
            while j < needle.count {
                let a = hay[i + j], b = needle[j]
                let same = caseInsensitive ? (a | 0x20) == (b | 0x20) : a == b
                if !same { break }
                j += 1
            }
            if j == needle.count { return i }
            i += 1
        }
        return nil
    }

    /// The entities that occur in hrefs in practice.
    private static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#38;", with: "&")
            .replacingOccurrences(of: "&#x26;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    }
}
