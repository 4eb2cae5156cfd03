/// One page's bytes as they came from a file, stdin, or an archive record, before decoding.
public struct RawPage: Sendable {
    /// The path, `-`, or URL that names this page in results and failures.
    public var input: String
    /// The page's own URL when known (a crawl or WARC record), for resolving links.
    public var url: String?
    /// The bytes, possibly gzip-compressed (detected by magic number).
    public var bytes: [UInt8]
    /// The HTTP `Content-Type` header value, when the page came over HTTP.
    public var contentType: String?
    /// What reading the record said about it ("Content-Encoding br is not supported"), carried
    /// into the article's warnings.
    public var warnings: [String]

    public init(input: String, url: String? = nil, bytes: [UInt8], contentType: String? = nil, warnings: [String] = []) {
        self.input = input
        self.url = url
        self.bytes = bytes
        self.contentType = contentType
        self.warnings = warnings
    }
}
