/// One URL waiting to be fetched, with how it was reached.
public struct CrawlItem: Sendable {
    public enum Kind: String, Sendable, Codable {
        /// An article page (HTML kept).
        case page
        /// An RSS/Atom feed or a sitemap: read for article URLs, not kept as a page.
        case feed
    }

    public var url: CrawlURL
    public var kind: Kind
    /// Link distance from a seed (feeds' articles count as depth 0).
    public var depth: Int
    /// True when the URL came from a page, feed or redirect rather than from the user.
    public var discovered: Bool
    /// Redirect hops so far, oldest first (for the redirect limit and loop detection).
    public var redirectChain: [CrawlURL] = []
    /// Attempts made so far (retries of 429/5xx and connection errors).
    public var attempt = 0
    /// Nesting of sitemap indexes, to bound it.
    public var feedNesting = 0

    public init(url: CrawlURL, kind: Kind, depth: Int, discovered: Bool) {
        self.url = url
        self.kind = kind
        self.depth = depth
        self.discovered = discovered
    }
}
