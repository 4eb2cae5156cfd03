import Archives
import CorroborateModel
import HTMLTree

/// Pages → articles: decompress, decide the encoding, parse, extract; one failure per bad page,
/// never a stop.
///
/// Each page goes through named steps (`IngestFailure.Step`): `decompress` (gzip, by magic
/// number, with the page-size limit as a bomb guard), `decode` (`EncodingDetector`: empty and
/// binary inputs fail here), `parse` (libxml2 through `HTMLParser`, always given UTF-8) and
/// `extract` (`ArticleExtractor`). Warnings from every step land in `Article.warnings`.
public struct Ingestor: Sendable {
    public var limits: IngestLimits
    /// Pages processed at once (defaults to the number of cores).
    public var concurrency: Int
    public var extractor: ArticleExtractor

    public init(limits: IngestLimits = .default, concurrency: Int? = nil, extractor: ArticleExtractor = ArticleExtractor()) {
        self.limits = limits
        self.concurrency = max(1, concurrency ?? Ingestor.coreCount)
        self.extractor = extractor
    }

    /// One page → one article, or the step that failed and why.
    public func ingest(_ page: RawPage) -> Result<Article, IngestFailure> {
        let parsed: ParsedPage
        do {
            parsed = try parse(page)
        } catch {
            return .failure(error)
        }
        var article = extractor.extract(from: parsed.document, input: page.input, url: page.url)
        // The extractor already reports the parser's warnings (`document.warnings`); add only
        // what came before parsing.
        article.warnings = page.warnings + parsed.readWarnings + article.warnings
        return .success(article)
    }

    /// Decompresses, decodes and parses one page (everything but article extraction).
    public func parse(_ page: RawPage) throws(IngestFailure) -> ParsedPage {
        let fail = { (step: IngestFailure.Step, error: IngestError) in IngestFailure(input: page.input, step: step, error: error) }
        var bytes = page.bytes
        var warnings: [String] = []
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: limits.maxPageBytes)
            } catch {
                throw fail(.decompress, error == .tooLarge(limit: limits.maxPageBytes) ? .tooLarge(limit: limits.maxPageBytes)
                    : .compressed(error))
            }
        } else if bytes.count > limits.maxPageBytes {
            throw fail(.read, .tooLarge(limit: limits.maxPageBytes))
        }
        let decoded: DecodedPage
        do {
            decoded = try EncodingDetector.decode(bytes, contentType: page.contentType)
        } catch {
            throw fail(.decode, error)
        }
        warnings += decoded.warnings
        // UTF-8 can be up to three times the single-byte original; the page limit applies to the input.
        let parserLimits = HTMLParser.Limits(maxBytes: 3 * limits.maxPageBytes + 16, maxDepth: limits.maxDepth)
        let document: HTMLDocument
        do {
            document = try HTMLParser.parse(decoded.utf8, encoding: "UTF-8", url: page.url, limits: parserLimits)
        } catch {
            throw fail(.parse, .parser(error))
        }
        return ParsedPage(input: page.input, url: page.url, document: document, encoding: decoded.encoding,
                          encodingBasis: decoded.basis, readWarnings: warnings)
    }

    /// Every page of every source, processed `concurrency` at a time; results come back in
    /// source order (pages in their order within a source), failures in place.
    public func ingest(_ sources: [any PageSource]) async -> [Result<Article, IngestFailure>] {
        await withTaskGroup(of: (Int, Result<Article, IngestFailure>).self) { group in
            var results: [Result<Article, IngestFailure>?] = []
            var inFlight = 0
            for source in sources {
                let pages = source.pages(limits: limits)
                while let page = pages.next() {
                    let index = results.count
                    results.append(nil)
                    switch page {
                    case let .failure(failure):
                        results[index] = .failure(failure)
                    case let .success(raw):
                        if inFlight >= concurrency, let (done, result) = await group.next() {
                            results[done] = result
                            inFlight -= 1
                        }
                        group.addTask { (index, self.ingest(raw)) }
                        inFlight += 1
                    }
                }
            }
            for await (done, result) in group {
                results[done] = result
            }
            return results.map { $0! }
        }
    }

    static var coreCount: Int { ProcessorCount.active }
}
