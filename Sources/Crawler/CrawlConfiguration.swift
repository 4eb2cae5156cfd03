/// Everything `corroborate crawl` can be told.
public struct CrawlConfiguration: Sendable {
    /// Page URLs to fetch (depth 0).
    public var seeds: [String]
    /// RSS/Atom feeds, sitemaps or sitemap indexes whose article URLs are fetched (depth 0).
    public var feeds: [String]
    /// The output folder; the crawl writes only `crawl.warc.gz` and `.crawl.lock` inside it.
    public var outputDirectory: String
    public var userAgent: String
    /// Minimum seconds between the end of one request and the start of the next on the same
    /// host (robots.txt Crawl-delay raises it, up to `maxCrawlDelay`).
    public var delay: Double
    public var maxCrawlDelay: Double
    /// Requests in flight at once, across hosts (one per host at a time).
    public var concurrency: Int
    /// Seconds for one request: connecting, headers and body.
    public var timeout: Double
    public var retry: RetryPolicy
    /// Redirect hops followed from one URL.
    public var maxRedirects: Int
    /// Bodies larger than this are aborted while streaming (also the decompression limit).
    public var maxBytes: Int
    /// Follow article links this many levels from the seeds (0 = fetch only the seeds and feeds).
    public var maxDepth: Int
    /// When following links, stay on the host of the page holding the link.
    public var sameHost: Bool
    /// Allow discovered URLs that resolve to loopback/private/link-local addresses.
    public var allowPrivate: Bool
    /// Stop queuing new pages after this many (nil: no limit).
    public var maxPages: Int?

    public init(seeds: [String] = [], feeds: [String] = [], outputDirectory: String,
                userAgent: String = CrawlConfiguration.defaultUserAgent, delay: Double = 1,
                maxCrawlDelay: Double = 30, concurrency: Int = 4, timeout: Double = 30,
                retry: RetryPolicy = RetryPolicy(), maxRedirects: Int = 5, maxBytes: Int = 20 << 20,
                maxDepth: Int = 0, sameHost: Bool = false, allowPrivate: Bool = false, maxPages: Int? = nil) {
        self.seeds = seeds
        self.feeds = feeds
        self.outputDirectory = outputDirectory
        self.userAgent = userAgent
        self.delay = delay
        self.maxCrawlDelay = maxCrawlDelay
        self.concurrency = concurrency
        self.timeout = timeout
        self.retry = retry
        self.maxRedirects = maxRedirects
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.sameHost = sameHost
        self.allowPrivate = allowPrivate
        self.maxPages = maxPages
    }

    public static let defaultUserAgent = "Corroborate/0.1 (+https://github.com/corroborate/corroborate)"
}
