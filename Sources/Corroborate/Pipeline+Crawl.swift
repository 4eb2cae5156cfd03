@_exported import Crawler
import Archives
import Foundation
import Ingest

extension Pipeline {
    /// Crawls the configured URLs and feeds into `configuration.outputDirectory/crawl.warc.gz`
    /// (resuming an earlier, interrupted crawl into the same folder).
    public static func crawl(_ configuration: CrawlConfiguration,
                             onEvent: @escaping @Sendable (CrawlEvent) -> Void = { _ in }) async throws(CrawlError) -> CrawlSummary {
        try await Crawler(configuration).run(onEvent: onEvent)
    }
}

