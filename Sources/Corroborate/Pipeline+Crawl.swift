@_exported import Crawler
import Archives
import Foundation
import HTMLTree
import Ingest

extension Pipeline {
    /// Crawls the configured URLs and feeds into `configuration.outputDirectory/crawl.warc.gz`
    /// (resuming an earlier, interrupted crawl into the same folder).
    public static func crawl(_ configuration: CrawlConfiguration,
                             onEvent: @escaping @Sendable (CrawlEvent) -> Void = { _ in }) async throws(CrawlError) -> CrawlSummary {
        try await Crawler(configuration).run(onEvent: onEvent)
    }
}


extension Pipeline {
    /// What reading the pages of a WARC produced.
    public struct WARCReadStats: Sendable {
        public var pages = 0
        /// Bytes of HTML (decoded payloads).
        public var htmlBytes = 0
        /// Pages whose HTML could not be parsed at all.
        public var unparsable = 0
        /// Records passed over, by reason.
        public var skipped: [String: Int] = [:]
        /// Set when the file ended early (truncated or damaged); the pages before it were read.
        public var error: String?
    }

    /// Streams the HTML pages of a `.warc` / `.warc.gz` file into articles on `workers` threads
    /// (one reader thread feeds a bounded queue, so memory stays flat on multi-GB files).
    ///
    /// The page's WARC-Target-URI becomes `Article.input`; the HTTP charset (else UTF-8) is the
    /// encoding. `visit` is called from worker threads, in no particular order.
    public static func articles(fromWARC path: String, workers: Int = 1,
                                visit: @escaping @Sendable (Article, WARCPage) -> Void = { _, _ in }) throws(WARCError) -> WARCReadStats {
        let pages = try WARCPages(path: path)
        let queue = BoundedQueue<WARCPage>(capacity: max(4, workers * 4))
        let totals = LockedStats()
        let extractor = ArticleExtractor()
        let work: @Sendable () -> Void = {
            var local = WARCReadStats()
            while let page = queue.pop() {
                local.pages += 1
                local.htmlBytes += page.body.count
                let encoding = page.contentType.flatMap(MediaType.charset(of:)) ?? "UTF-8"
                guard let document = try? HTMLParser.parse(page.body, encoding: encoding, url: page.url) else {
                    local.unparsable += 1
                    continue
                }
                visit(extractor.extract(from: document, input: page.url, url: page.url), page)
            }
            totals.add(local)
        }
        let done = DispatchGroup()
        for _ in 0..<max(1, workers) {
            done.enter()
            Thread.detachNewThread {
                work()
                done.leave()
            }
        }
        for page in pages { queue.push(page) }
        queue.close()
        done.wait()
        var stats = totals.value
        stats.skipped = pages.skipped
        stats.error = pages.error.map { "\($0)" }
        return stats
    }
}

/// A blocking FIFO with a capacity (producer waits when full, consumers when empty).
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func push(_ item: Element) {
        condition.lock()
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        if head == items.count { return nil }
        let item = items[head]
        head += 1
        if head > 1024 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

private final class LockedStats: @unchecked Sendable {
    private let lock = NSLock()
    private var stats = Pipeline.WARCReadStats()
    var value: Pipeline.WARCReadStats { lock.withLock { stats } }

    func add(_ s: Pipeline.WARCReadStats) {
        lock.withLock {
            stats.pages += s.pages
            stats.htmlBytes += s.htmlBytes
            stats.unparsable += s.unparsable
        }
    }
}
