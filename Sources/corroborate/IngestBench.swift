import Archives
import Corroborate
import ArgumentParser
import Foundation
import HTMLTree
import Ingest
#if canImport(Glibc)
import Glibc
#endif

/// `corroborate bench ingest`: body quality (the benchmark's shingle metric and a token metric),
/// canonical-URL accuracy, speed and peak memory on the article-extraction benchmark.
struct IngestBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extraction quality and speed on ../shared/benchmarks/extraction (single thread)."
    )

    @Option(help: "Benchmark folder holding ground-truth.json and html/<id>.html.gz.")
    var data = "../shared/benchmarks/extraction"

    @Option(help: "Also write one <id>.json ({\"articleBody\": ...}) per page here, for score_extraction.py.")
    var dump: String?

    @Option(help: "Print the N worst pages by shingle F1.")
    var worst = 0

    @Option(help: "Explain the content-root choice for pages whose id starts with this.")
    var explain: String?

    @Option(help: "Repeat the timed pass this many times (throughput is the best run).")
    var repeats = 3

    func run() async throws {
        let folder = URL(fileURLWithPath: data)
        let truthURL = folder.appendingPathComponent("ground-truth.json")
        guard FileManager.default.fileExists(atPath: truthURL.path) else {
            throw ValidationError("no benchmark at \(folder.path) (expected ground-truth.json there); pass --data DIR")
        }
        let truth = try BenchPages.loadTruth(truthURL)
        let pages = try BenchPages.load(ids: truth.keys.sorted(), from: folder.appendingPathComponent("html"))
        var extractor = ArticleExtractor()
        extractor.contentShare = Double(ProcessInfo.processInfo.environment["CS"] ?? "") ?? 0.75
        if let explain {
            for page in pages where page.id.hasPrefix(explain) {
                let doc = try HTMLParser.parse(page.bytes, encoding: page.encoding)
                print(page.id, extractor.explainRoot(of: doc), doc.warnings, doc.nodeCount)
                for p in extractor.extract(from: doc, input: page.id).paragraphs {
                    print("  [\(p.kind.rawValue)] \(p.text.prefix(110))")
                }
            }
            return
        }

        var articles: [String: Article] = [:]
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            for page in pages {
                let doc = try HTMLParser.parse(page.bytes, encoding: page.encoding)
                articles[page.id] = extractor.extract(from: doc, input: page.id, url: nil)
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }

        var score = ExtractionScore()
        var perPage: [(String, Double)] = []
        var canonicalHits = 0, canonicalKnown = 0
        for page in pages {
            let body = BenchPages.body(articles[page.id]!)
            perPage.append((page.id, score.add(truth: truth[page.id]!.body, predicted: body)))
            if let url = truth[page.id]!.url, !url.isEmpty {
                canonicalKnown += 1
                if let c = articles[page.id]!.canonicalURL, BenchPages.sameURL(c, url) { canonicalHits += 1 }
            }
            if let dump {
                let dir = URL(fileURLWithPath: dump)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                let json = try JSONSerialization.data(withJSONObject: ["articleBody": body])
                try json.write(to: dir.appendingPathComponent("\(page.id).json"))
            }
        }
        let bytes = pages.reduce(0) { $0 + $1.bytes.count }
        let s = score.shingle4, t = score.tokens
        print("pages \(pages.count)  (\(folder.path))")
        print(String(format: "body shingle4 (benchmark metric): F1 %.3f  P %.3f  R %.3f  exact %.3f",
                     s.f1, s.precision, s.recall, score.accuracy))
        print(String(format: "body token (bag of words):        F1 %.3f  P %.3f  R %.3f", t.f1, t.precision, t.recall))
        print("metadata: canonical URL = ground-truth url on \(canonicalHits)/\(canonicalKnown) pages "
              + "(the ground truth has no other metadata fields)")
        print(String(format: "speed: %.0f pages/s, %.1f MB/s (parse + extract, best of %d, 1 thread); peak RSS %.0f MB",
                     Double(pages.count) / best, Double(bytes) / 1e6 / best, max(1, repeats), BenchPages.peakRSSMegabytes()))
        if worst > 0 {
            for (id, f1) in perPage.sorted(by: { $0.1 < $1.1 }).prefix(worst) {
                print(String(format: "  %.3f  %@  %@", f1, id, truth[id]!.url ?? ""))
            }
        }
    }
}

/// Benchmark page loading (gzip, charset from `<meta>`) and small helpers.
enum BenchPages {
    struct Page {
        var id: String
        var bytes: [UInt8]
        var encoding: String
    }

    static func loadTruth(_ url: URL) throws -> [String: (body: String, url: String?)] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let items = object as? [String: Any] else { throw ValidationError("\(url.path): not a JSON object") }
        var out: [String: (body: String, url: String?)] = [:]
        for (id, value) in items {
            let item = value as? [String: Any]
            out[id] = ((item?["articleBody"] as? String) ?? "", item?["url"] as? String)
        }
        return out
    }

    static func load(ids: [String], from folder: URL) throws -> [Page] {
        try ids.map { id in
            let file = folder.appendingPathComponent("\(id).html.gz")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw ValidationError("missing page \(file.path)")
            }
            let bytes = try Gzip.decompress([UInt8](data))
            return Page(id: id, bytes: bytes, encoding: declaredCharset(bytes) ?? "UTF-8")
        }
    }

    /// The `charset=` of the first kilobytes, if any (interim until ingest-io's detector lands).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let r = head.range(of: "charset=") else { return nil }
        let name = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// The body as the scorer sees it: blocks joined by newlines.
    static func body(_ article: Article) -> String {
        article.paragraphs.map(\.text).joined(separator: "\n")
    }

    static func sameURL(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String {
            var s = s.lowercased()
            for p in ["https://", "http://"] where s.hasPrefix(p) { s.removeFirst(p.count) }
            if s.hasPrefix("www.") { s.removeFirst(4) }
            if let hash = s.firstIndex(of: "#") { s = String(s[..<hash]) }
            while s.hasSuffix("/") { s.removeLast() }
            return s
        }
        return key(a) == key(b)
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
