/// One news article as ingest produces it: clean body structure plus metadata.
///
/// Field names are a contract (`corroborate ingest --format json`); keep them stable.
public struct Article: Codable, Sendable, Hashable {
    /// The path or URL the article came from.
    public var input: String
    public var headline: String?
    /// Outlet name (og:site_name, JSON-LD publisher, application-name, then the domain).
    public var outlet: String?
    public var authors: [String]
    /// ISO-8601 with offset, e.g. `2026-01-29T14:05:00+03:00`.
    public var published: String?
    public var modified: String?
    public var canonicalURL: String?
    /// BCP-47 primary language subtag (`ar`, `en`, ...).
    public var language: String?
    /// Links found inside the article body, with their anchor text.
    public var links: [Link]
    /// The body in reading order: paragraphs, headings, quotes, list items.
    public var paragraphs: [Paragraph]
    /// Non-fatal problems met while reading this article (e.g. "encoding guessed: windows-1256").
    public var warnings: [String]

    /// The warning ingest adds when the page dates the article by day only ("Thursday, 16 July
    /// 2026"): `published` then says midnight, which is not when it appeared.
    public static let dayOnlyWarning = "published date has no time of day"

    /// Whether `published` is a day, not a moment (see `dayOnlyWarning`).
    public var publishedIsDayOnly: Bool { warnings.contains(Self.dayOnlyWarning) }

    public init(input: String, headline: String? = nil, outlet: String? = nil, authors: [String] = [],
                published: String? = nil, modified: String? = nil, canonicalURL: String? = nil,
                language: String? = nil, links: [Link] = [], paragraphs: [Paragraph] = [],
                warnings: [String] = []) {
        self.input = input
        self.headline = headline
        self.outlet = outlet
        self.authors = authors
        self.published = published
        self.modified = modified
        self.canonicalURL = canonicalURL
        self.language = language
        self.links = links
        self.paragraphs = paragraphs
        self.warnings = warnings
    }

    /// The body as plain text, blocks separated by a blank line.
    public var bodyText: String {
        paragraphs.map(\.text).joined(separator: "\n\n")
    }
}

/// One block of an article body.
public struct Paragraph: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case paragraph
        /// A heading or subheading inside the body: never a claim.
        case heading
        /// A block quotation.
        case quote
        case listItem
        /// A figure or image caption: never a claim.
        case caption
    }

    public var kind: Kind
    /// Whitespace-normalised text.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A hyperlink inside the article body.
public struct Link: Codable, Sendable, Hashable {
    /// Absolute URL when the base is known, else as written.
    public var url: String
    /// Whitespace-normalised anchor text.
    public var text: String
    /// Index into `Article.paragraphs` of the block holding the link, when known.
    public var paragraph: Int?

    public init(url: String, text: String, paragraph: Int? = nil) {
        self.url = url
        self.text = text
        self.paragraph = paragraph
    }
}
