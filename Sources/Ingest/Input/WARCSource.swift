import Archives

/// The HTML pages of a `.warc` / `.warc.gz` file: one page per successful `text/html` or
/// `application/xhtml+xml` `response` record, read record by record with bounded memory.
///
/// Each page is named by the record's WARC-Target-URI (`RawPage.input` and `.url`) and carries
/// the HTTP `Content-Type` for the encoding decision. Requests, robots.txt, feeds, redirects,
/// errors and non-HTML responses are passed over; an HTML record over the page limit, and a
/// file that ends inside a record, become failures (the pages before them are kept).
public struct WARCSource: PageSource {
    public let input: String

    public init(path: String) { input = path }

    /// File names read as WARC archives (lowercase endings).
    public static let extensions = [".warc", ".warc.gz"]

    public static func isWARC(_ name: String) -> Bool {
        let lower = name.lowercased()
        return extensions.contains { lower.hasSuffix($0) }
    }

    public func pages(limits: IngestLimits) -> AnyIterator<Result<RawPage, IngestFailure>> {
        let path = input
        let opened: WARCPages
        do {
            opened = try WARCPages(path: path, maxBodyBytes: limits.maxPageBytes)
        } catch {
            return FailedSource(failure: IngestFailure(input: path, step: .read, error: .unreadable("\(error)")))
                .pages(limits: limits)
        }
        var finished = false
        return AnyIterator {
            guard !finished else { return nil }
            guard let page = opened.next() else {
                finished = true
                if let error = opened.error {
                    return .failure(IngestFailure(input: path, step: .read, error: .unreadable("\(error)")))
                }
                return nil
            }
            if page.oversized {
                return .failure(IngestFailure(input: page.url, step: .read, error: .tooLarge(limit: limits.maxPageBytes)))
            }
            return .success(RawPage(input: page.url, url: page.url, bytes: page.body, contentType: page.contentType,
                                   warnings: page.warnings))
        }
    }
}
