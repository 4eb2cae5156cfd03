import CorroborateModel
import HTMLTree

/// HTML tree → `Article` (body blocks and metadata).
///
/// INTERIM: title plus every `<p>`; the extraction work replaces the body of `extract`.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - document: the parsed page.
    ///   - input: the path or URL it came from (copied to `Article.input`).
    ///   - url: the page's own URL when known (from a crawl or WARC), for resolving links.
    public func extract(from document: HTMLDocument, input: String, url: String? = nil) -> Article {
        var article = Article(input: input)
        if let title = document.elements(named: "title").first {
            article.headline = normalise(document.textContent(of: title))
        }
        for p in document.elements(named: "p") {
            let text = normalise(document.textContent(of: p))
            if !text.isEmpty { article.paragraphs.append(Paragraph(kind: .paragraph, text: text)) }
        }
        return article
    }

    private func normalise(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
