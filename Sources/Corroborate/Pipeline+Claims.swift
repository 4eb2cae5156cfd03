import ClaimExtraction
import Ingest
import Foundation

extension Pipeline {
    /// Articles → claims: who said what (source, cue, content, quote kind, polarity, relay chain).
    ///
    /// Documents, sources and claims are numbered `d1`, `s1`, `c1`, … in input and reading order.
    public static func claims(_ articles: [Article], options: ClaimExtractor.Options = .init()) -> ClaimSet {
        ClaimExtractor(options: options).extract(articles)
    }

    /// Pages (same inputs as `ingest`) → claims, plus the inputs that failed to ingest.
    public static func claims(_ inputs: [String], options: ClaimExtractor.Options = .init(),
                              limits: IngestLimits = .default) async -> (claims: ClaimSet, failures: [IngestFailure]) {
        var articles: [Article] = []
        var failures: [IngestFailure] = []
        for result in await ingest(inputs, limits: limits) {
            switch result {
            case let .success(article): articles.append(article)
            case let .failure(failure): failures.append(failure)
            }
        }
        return (claims(articles, options: options), failures)
    }

    /// Evaluation mode: a benchmark JSONL file (`doc_id`, `text`) → predicted attribution spans
    /// per document, in code-point offsets of `text` (the format `score_attrib.py` reads).
    public static func attributionSpans(jsonl url: URL, options: ClaimExtractor.Options = .init()) throws
        -> [PredictedDocument] {
        let extractor = ClaimExtractor(options: options)
        return try BenchmarkDocument.read(url).map {
            PredictedDocument(docID: $0.docID, attributions: $0.predict(with: extractor))
        }
    }
}

extension Pipeline {
    /// The standard rule sets with another English cue threshold (for tuning on train/dev).
    public static func standardRules(englishCueThreshold: Double) -> [any AttributionRules] {
        RuleRegistry.standard.map { rules in rules is EnglishRules ? EnglishRules(threshold: englishCueThreshold) : rules }
    }
}

/// Claim-extraction types the CLI names without importing ClaimExtraction.
public typealias ClaimExtractor = ClaimExtraction.ClaimExtractor
public typealias PredictedDocument = ClaimExtraction.PredictedDocument
public typealias BenchmarkDocument = ClaimExtraction.BenchmarkDocument
public typealias ClaimDump = ClaimExtraction.ClaimDump
public typealias AttributionRules = ClaimExtraction.AttributionRules
