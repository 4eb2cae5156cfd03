/// The crawl's shared mutable state: counters, the request log, robots.txt per origin.
actor CrawlState {
    private(set) var summary = CrawlSummary()
    private var robots: [String: RobotsTxt] = [:]
    private var pagesQueued = 0
    private let onEvent: @Sendable (CrawlEvent) -> Void

    init(onEvent: @escaping @Sendable (CrawlEvent) -> Void) { self.onEvent = onEvent }

    func robots(for origin: String) -> RobotsTxt? { robots[origin] }
    func setRobots(_ r: RobotsTxt, for origin: String) { robots[origin] = r }

    func requested(_ url: CrawlURL) { summary.requests.append(url.description) }
    func received(bytes: Int) { summary.bytes += bytes }

    /// Counts one more page towards `--max-pages`; false when the limit is reached.
    func reservePage(limit: Int?) -> Bool {
        if let limit, pagesQueued >= limit { return false }
        pagesQueued += 1
        return true
    }

    func record(_ event: CrawlEvent) {
        switch event.kind {
        case .fetched: summary.fetched += 1
        case .feed: summary.feeds += 1
        case .redirected: summary.redirected += 1
        case .retrying: summary.retries += 1
        case .skipped: summary.skipped += 1
        case .failed: summary.failed += 1
        case .resumed: summary.resumed += 1
        }
        onEvent(event)
    }

    func finish(warcPath: String, written: Int, repaired: Int, seconds: Double) -> CrawlSummary {
        summary.warcPath = warcPath
        summary.warcBytesWritten = written
        summary.repairedBytes = repaired
        summary.seconds = seconds
        return summary
    }
}
