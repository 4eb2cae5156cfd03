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
                let doc = try Ingestor(concurrency: 1).parse(page.raw).document
                print(page.id, extractor.explainRoot(of: doc), doc.warnings, doc.nodeCount)
                for p in extractor.extract(from: doc, input: page.id).paragraphs {
                    print("  [\(p.kind.rawValue)] \(p.text.prefix(110))")
                }
            }
            return
        }

        // Ingest's own reading path (gunzip, encoding decision, libxml2) once, then time it and
        // extraction separately (best of `repeats`).
        let ingestor = Ingestor(concurrency: 1)
        var documents: [HTMLDocument] = []
        for page in pages { documents.append(try ingestor.parse(page.raw).document) }
        var articles: [String: Article] = [:]
        var bestParse = Double.infinity, bestExtract = Double.infinity
        var cpuParse = Double.infinity, cpuExtract = Double.infinity
        for _ in 0..<max(1, repeats) {
            var start = DispatchTime.now().uptimeNanoseconds
            var cpu = BenchPages.threadCPUSeconds()
            for page in pages { _ = try ingestor.parse(page.raw) }
            bestParse = min(bestParse, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpuParse = min(cpuParse, BenchPages.threadCPUSeconds() - cpu)
            start = DispatchTime.now().uptimeNanoseconds
            cpu = BenchPages.threadCPUSeconds()
            for (page, doc) in zip(pages, documents) {
                articles[page.id] = extractor.extract(from: doc, input: page.id, url: nil)
            }
            bestExtract = min(bestExtract, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpuExtract = min(cpuExtract, BenchPages.threadCPUSeconds() - cpu)
        }
        let best = bestParse + bestExtract

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
        let bytes = pages.reduce(0) { $0 + $1.size }
        let s = score.shingle4, t = score.tokens
        print("pages \(pages.count)  (\(folder.path))")
        print(String(format: "body shingle4 (benchmark metric): F1 %.3f  P %.3f  R %.3f  exact %.3f",
                     s.f1, s.precision, s.recall, score.accuracy))
        print(String(format: "body token (bag of words):        F1 %.3f  P %.3f  R %.3f", t.f1, t.precision, t.recall))
        print("metadata: canonical URL = ground-truth url on \(canonicalHits)/\(canonicalKnown) pages "
              + "(the ground truth has no other metadata fields)")
        print(String(format: "speed: %.0f pages/s, %.1f MB/s (read + decode + parse + extract, best of %d, 1 thread); peak RSS %.0f MB",
                     Double(pages.count) / best, Double(bytes) / 1e6 / best, max(1, repeats), BenchPages.peakRSSMegabytes()))
        print(String(format: "speed on CPU time (this thread's, immune to other processes on the machine): %.0f pages/s, %.1f MB/s",
                     Double(pages.count) / (cpuParse + cpuExtract), Double(bytes) / 1e6 / (cpuParse + cpuExtract)))
        print(String(format: "  CPU time: gunzip + encoding + libxml2 tree %.0f pages/s; extraction alone %.0f pages/s (%.1f MB/s)",
                     Double(pages.count) / cpuParse, Double(pages.count) / cpuExtract, Double(bytes) / 1e6 / cpuExtract))
        print(String(format: "  of which gunzip + encoding + libxml2 tree: %.0f pages/s (%.1f MB/s); extraction alone: %.0f pages/s (%.1f MB/s)",
                     Double(pages.count) / bestParse, Double(bytes) / 1e6 / bestParse,
                     Double(pages.count) / bestExtract, Double(bytes) / 1e6 / bestExtract))
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
        /// The page as stored (gzip), read the way `corroborate ingest` reads files.
        var raw: RawPage
        /// Decompressed size, for MB/s.
        var size: Int
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
            let bytes = [UInt8](data)
            let size = try Gzip.decompress(bytes).count
            return Page(id: id, raw: RawPage(input: file.path, bytes: bytes), size: size)
        }
    }

    /// The body as the scorer sees it: the article's prose blocks (captions excluded: they are
    /// not article text for the benchmark either) joined by newlines.
    static func body(_ article: Article) -> String {
        article.paragraphs.filter { $0.kind != .caption }.map(\.text).joined(separator: "\n")
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

    /// CPU seconds consumed by the calling thread (the bench runs on one thread).
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
