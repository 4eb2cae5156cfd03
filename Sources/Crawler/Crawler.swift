import Archives

/// Polite HTTP fetching of article pages into a WARC file.
///
/// ```swift
/// let summary = try await Crawler(configuration).run { event in print(event) }
/// ```
/// See `CrawlConfiguration` for the rules: robots.txt, per-host delay, concurrency, retries,
/// redirects, size cap, HTML only, de-duplication, depth, private-address refusal.
public final class Crawler: Sendable {
    let configuration: CrawlConfiguration
    let token: String
    /// The early name check on discovered hosts (tests replace it to act out DNS rebinding: a
    /// name that looks public when checked and connects to a private address).
    let hostCheck: @Sendable (String) -> String?

    public convenience init(_ configuration: CrawlConfiguration) {
        self.init(configuration, hostCheck: AddressGuard.refusal(host:))
    }

    init(_ configuration: CrawlConfiguration, hostCheck: @escaping @Sendable (String) -> String?) {
        self.configuration = configuration
        token = RobotsTxt.productToken(of: configuration.userAgent)
        self.hostCheck = hostCheck
    }

    /// Crawls until every queued URL is done; `onEvent` sees each URL's outcome as it happens.
    ///
    /// Throws only when the crawl cannot run at all (bad seed URL, unusable output folder).
    public func run(onEvent: @escaping @Sendable (CrawlEvent) -> Void = { _ in }) async throws(CrawlError) -> CrawlSummary {
        let started = ContinuousClock.now
        let seeds = try configuration.seeds.map { text throws(CrawlError) in try CrawlURL(text) }
        let feeds = try configuration.feeds.map { text throws(CrawlError) in try CrawlURL(text) }
        let archive = try CrawlArchive(directory: configuration.outputDirectory, info: [
            ("software", "Corroborate crawler"), ("format", "WARC File Format 1.1"),
            ("conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"),
            ("http-header-user-agent", configuration.userAgent),
            ("robots", "obey"), ("delay", "\(configuration.delay)"),
        ])
        let frontier = Frontier(delay: .milliseconds(Int64(configuration.delay * 1000)))
        let state = CrawlState(onEvent: onEvent)
        let fetcher = HTTPFetcher(userAgent: configuration.userAgent, timeout: configuration.timeout,
                                  maxBytes: configuration.maxBytes)
        let guarded = configuration.allowPrivate ? nil
            : HTTPFetcher(userAgent: configuration.userAgent, timeout: configuration.timeout,
                          maxBytes: configuration.maxBytes, publicOnly: true)
        let context = CrawlContext(crawler: self, frontier: frontier, state: state, archive: archive,
                                   fetcher: fetcher, guardedFetcher: guarded)
        for url in feeds { await frontier.add(CrawlItem(url: url, kind: .feed, depth: 0, discovered: false)) }
        for url in seeds {
            guard await state.reservePage(limit: configuration.maxPages) else { break }
            if !(await frontier.add(CrawlItem(url: url, kind: .page, depth: 0, discovered: false))) {
                await state.record(CrawlEvent(kind: .skipped, url: url.description, reason: "duplicate seed"))
            }
        }
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, configuration.concurrency) {
                group.addTask {
                    while let lease = await frontier.next() {
                        let release = await context.process(lease)
                        await frontier.release(lease.item.url.origin, pause: release.pause, usedNetwork: release.usedNetwork)
                    }
                }
            }
        }
        await fetcher.shutdown()
        await guarded?.shutdown()
        await archive.sync()
        let elapsed = ContinuousClock.now - started
        return await state.finish(warcPath: archive.path, written: await archive.bytesWritten,
                                  repaired: archive.repair?.removedBytes ?? 0,
                                  seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
