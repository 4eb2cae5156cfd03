/// Why the crawl (or one URL of it) could not be done.
public enum CrawlError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL text cannot be read as an absolute http(s) URL.
    case badURL(String, reason: String)
    /// `file:`, `data:`, `ftp:`, ... are refused: the crawler only speaks HTTP.
    case unsupportedScheme(String, url: String)
    /// The output folder cannot be used.
    case output(String)
    /// Another crawl holds the output folder's lock.
    case locked(String)
    /// A list or feed given on the command line could not be read.
    case input(String)

    public var description: String {
        switch self {
        case let .badURL(url, reason): return "'\(url)' is not a usable URL: \(reason)"
        case let .unsupportedScheme(scheme, url):
            return "'\(url)': the '\(scheme):' scheme is refused; only http and https URLs are crawled"
        case let .output(message): return "output folder: \(message)"
        case let .locked(path): return "another crawl is writing into \(path) (lock held); wait for it or use another --into"
        case let .input(message): return message
        }
    }
}
