import Archives
import Foundation
import Ingest

extension Pipeline {
    /// What reading the pages of a WARC produced.
    public struct WARCReadStats: Sendable {
        public var pages = 0
        /// Bytes of HTML (decoded payloads).
        public var htmlBytes = 0
        /// Pages ingest failed on (undecodable, unparsable, ...).
        public var unparsable = 0
        /// Records passed over, by reason.
        public var skipped: [String: Int] = [:]
        /// Set when the file ended early (truncated or damaged); the pages before it were read.
        public var error: String?
    }

    /// Streams the HTML pages of a `.warc` / `.warc.gz` file through ingest (decode, parse,
    /// extract) on `jobs` worker threads, for multi-GB archives.
    ///
    /// One reader thread decodes records into a bounded window of pages: at most `4 × jobs`
    /// pages are read but not yet delivered, so memory stays flat however large the file, and a
    /// slow page holds the reader back instead of letting results pile up (backpressure).
    /// `visit` is called on one thread, in record order, whatever the number of jobs.
    public static func articles(fromWARC path: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                                limits: IngestLimits = .default,
                                visit: @escaping @Sendable (Result<Article, IngestFailure>) -> Void = { _ in }) throws(WARCError) -> WARCReadStats {
        let pages = try WARCPages(path: path, maxBodyBytes: limits.maxPageBytes)
        let ingestor = Ingestor(limits: limits, concurrency: 1)
        let stats = LockedStats()
        let pool = OrderedWorkPool<WARCPage, Result<Article, IngestFailure>>(jobs: jobs, window: 4 * max(1, jobs)) { page in
            if page.oversized {
                return .failure(IngestFailure(input: page.url, step: .read, error: .tooLarge(limit: limits.maxPageBytes)))
            }
            return ingestor.ingest(RawPage(input: page.url, url: page.url, bytes: page.body, contentType: page.contentType,
                                   warnings: page.warnings))
        } deliver: { page, result in
            stats.add(page: page, failed: { if case .failure = result { true } else { false } }())
            visit(result)
        }
        for page in pages { pool.submit(page) }
        pool.finish()
        var result = stats.value
        result.skipped = pages.skipped
        result.error = pages.error.map { "\($0)" }
        return result
    }
}

private final class LockedStats: @unchecked Sendable {
    private let lock = NSLock()
    private var stats = Pipeline.WARCReadStats()
    var value: Pipeline.WARCReadStats { lock.withLock { stats } }

    func add(page: WARCPage, failed: Bool) {
        lock.withLock {
            stats.pages += 1
            stats.htmlBytes += page.body.count
            if failed { stats.unparsable += 1 }
        }
    }
}
