import Ingest

extension Pipeline {
    /// Reads pages (HTML files, `.html.gz`, folders recursively, `-` for stdin) into articles.
    ///
    /// One result per page, in input order (a folder's pages sorted by path): an `Article`, or a
    /// failure naming the input, the step and the reason. A bad input never stops the run.
    /// - Parameters:
    ///   - limits: page-size and nesting limits.
    ///   - concurrency: pages processed at once; defaults to the number of cores.
    public static func ingest(_ inputs: [String], limits: IngestLimits = .default,
                              concurrency: Int? = nil) async -> [Result<Article, IngestFailure>] {
        await ingest(sources: InputResolver.sources(for: inputs), limits: limits, concurrency: concurrency)
    }

    /// Like `ingest(_:)`, for sources built by the caller (e.g. WARC archives or crawled pages).
    public static func ingest(sources: [any PageSource], limits: IngestLimits = .default,
                              concurrency: Int? = nil) async -> [Result<Article, IngestFailure>] {
        await Ingestor(limits: limits, concurrency: concurrency).ingest(sources)
    }
}

/// Ingest types that callers of the facade need (the CLI names them without importing Ingest).
public typealias IngestLimits = Ingest.IngestLimits
public typealias IngestFailure = Ingest.IngestFailure
public typealias RawPage = Ingest.RawPage
public typealias PageSource = Ingest.PageSource
public typealias ArticleDump = Ingest.ArticleDump
