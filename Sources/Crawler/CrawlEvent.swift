/// Something that happened to one URL, for progress lines and `--json` logs.
public struct CrawlEvent: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// An HTML page stored in the WARC.
        case fetched
        /// A feed or sitemap read for URLs.
        case feed
        /// A redirect recorded and its target queued.
        case redirected
        /// A 429/5xx or connection error; another attempt is queued.
        case retrying
        /// Not fetched by choice: robots.txt, non-HTML type, duplicate, limit.
        case skipped
        /// Could not be fetched: HTTP error, timeout, size cap, refused address, too many redirects.
        case failed
        /// Already in the WARC from an earlier run; not fetched again.
        case resumed
    }

    public var kind: Kind
    public var url: String
    public var status: Int?
    /// Body bytes received (as sent, before content decoding).
    public var bytes: Int?
    public var reason: String?
    public var depth: Int

    public init(kind: Kind, url: String, status: Int? = nil, bytes: Int? = nil, reason: String? = nil, depth: Int = 0) {
        self.kind = kind
        self.url = url
        self.status = status
        self.bytes = bytes
        self.reason = reason
        self.depth = depth
    }
}

/// The outcome of a crawl.
public struct CrawlSummary: Sendable, Codable, Equatable {
    public var fetched = 0
    public var feeds = 0
    public var redirected = 0
    public var retries = 0
    public var skipped = 0
    public var failed = 0
    public var resumed = 0
    /// Body bytes received over the network.
    public var bytes = 0
    /// Every request sent, in order (robots.txt included), as normalised URLs.
    public var requests: [String] = []
    public var warcPath = ""
    /// Bytes this run appended to the WARC.
    public var warcBytesWritten = 0
    /// Bytes cut from the end of an interrupted WARC before resuming (0 if none).
    public var repairedBytes = 0
    public var seconds = 0.0

    public init() {}
}
