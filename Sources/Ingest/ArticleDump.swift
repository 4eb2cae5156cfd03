import CorroborateModel
import Foundation

/// The two renderings of `corroborate ingest`: the `Article` JSON contract and a readable text dump.
public enum ArticleDump {
    /// `Article`'s Codable form: sorted keys, pretty-printed, slashes unescaped.
    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain value types with string/array fields cannot fail.
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A stable, readable dump: the headline, one line per metadata field, warnings, then the body
    /// with non-paragraph blocks tagged (`[heading] …`, `[quote] …`).
    public static func text(_ article: Article) -> String {
        var lines = ["# " + (article.headline ?? "(no headline)")]
        lines.append("input: \(article.input)")
        let fields: [(String, String?)] = [
            ("outlet", article.outlet),
            ("authors", article.authors.isEmpty ? nil : article.authors.joined(separator: "; ")),
            ("published", article.published),
            ("modified", article.modified),
            ("canonical", article.canonicalURL),
            ("language", article.language),
            ("links", article.links.isEmpty ? nil : String(article.links.count)),
        ]
        for case let (name, value?) in fields {
            lines.append("\(name): \(value)")
        }
        for warning in article.warnings {
            lines.append("warning: \(warning)")
        }
        for paragraph in article.paragraphs {
            lines.append("")
            lines.append(paragraph.kind == .paragraph ? paragraph.text : "[\(tag(paragraph.kind))] \(paragraph.text)")
        }
        return lines.joined(separator: "\n")
    }

    private static func tag(_ kind: Paragraph.Kind) -> String {
        switch kind {
        case .paragraph: return "paragraph"
        case .heading: return "heading"
        case .quote: return "quote"
        case .listItem: return "list item"
        case .caption: return "caption"
        }
    }
}
