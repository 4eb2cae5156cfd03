import Archives
import Corroborate
import Foundation
import Synchronization
import Testing

/// WARC files as ingest inputs: one article per successful HTML response, named by its URL.
@Suite struct WARCIngestTests {
    /// A WARC holding: a UTF-8 English page, a windows-1256 Arabic page whose charset is only in
    /// the HTTP header, a gzip-encoded page, a 404, an image, a redirect and a robots.txt.
    static func archive(compress: Bool = true) throws -> String {
        let path = WARCRoundTripTests.temp(compress ? "in.warc.gz" : "in.warc")
        let writer = try WARCWriter(path: path, compress: compress)
        try writer.write([WARCRecordFactory.warcinfo(filename: "in", fields: [])])
        func add(_ uri: String, _ head: String, _ body: [UInt8]) throws {
            let pair = WARCRecordFactory.exchange(uri: uri, date: WARCRecordFactory.now(), ip: nil,
                                                  requestHead: Array("GET / HTTP/1.1\r\n\r\n".utf8),
                                                  responseHead: Array((head + "\r\n").utf8), payload: body)
            try writer.write([pair.request, pair.response])
        }
        try add("https://n.example/robots.txt", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n", Array("User-agent: *\n".utf8))
        try add("https://n.example/en", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n",
                Array("<html><head><title>Officials speak</title></head><body><p>The official said it.</p></body></html>".utf8))
        // "قال مسؤول رفيع" in windows-1256; no <meta>: only the HTTP header names the charset.
        let arabic: [UInt8] = [222, 199, 225, 32, 227, 211, 196, 230, 225, 32, 209, 221, 237, 218]
        try add("https://n.example/ar", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n",
                Array("<html><head><title>".utf8) + arabic + Array("</title></head><body><p>".utf8) + arabic + Array("</p></body></html>".utf8))
        try add("https://n.example/gz", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n",
                try Gzip.compress(Array("<html><head><title>Zipped</title></head><body><p>Compressed body.</p></body></html>".utf8)))
        try add("https://n.example/missing", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", Array("<p>no</p>".utf8))
        try add("https://n.example/pic.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n", [0x89, 0x50])
        try add("https://n.example/old", "HTTP/1.1 301 Moved\r\nLocation: /en\r\n", [])
        return path
    }

    @Test(arguments: [true, false]) func ingestReadsOnePagePerHTMLResponse(compress: Bool) async throws {
        let results = await Pipeline.ingest([try Self.archive(compress: compress)])
        let articles = results.compactMap { try? $0.get() }
        #expect(articles.count == results.count)
        #expect(articles.map(\.input) == ["https://n.example/en", "https://n.example/ar", "https://n.example/gz"])
        #expect(articles.map(\.headline) == ["Officials speak", "قال مسؤول رفيع", "Zipped"])
        #expect(!articles[1].warnings.contains { $0.contains("guessed") })  // the HTTP charset decided
    }

    /// What reading a record found (an encoding the reader cannot undo) reaches the article.
    @Test func recordWarningsReachTheArticle() async throws {
        let path = WARCRoundTripTests.temp("br.warc")
        let writer = try WARCWriter(path: path, compress: false)
        let html = Array("<html><head><title>Brotli page</title></head><body><p>A body that says little.</p></body></html>".utf8)
        let pair = WARCRecordFactory.exchange(uri: "https://n.example/br", date: WARCRecordFactory.now(), ip: nil,
                                              requestHead: Array("GET / HTTP/1.1\r\n\r\n".utf8),
                                              responseHead: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n".utf8),
                                              payload: html)
        try writer.write([pair.request, pair.response])
        let results = await Pipeline.ingest([path])
        let article = try #require(results.first.flatMap { try? $0.get() })
        #expect(article.warnings.contains { $0.contains("Content-Encoding br is not supported") })
    }

    @Test func aFolderWithACrawlIsIngestedToo() async throws {
        let path = try Self.archive()
        let results = await Pipeline.ingest([URL(fileURLWithPath: path).deletingLastPathComponent().path])
        #expect(results.compactMap { try? $0.get().input }.count == 3)
    }

    @Test func truncatedArchiveKeepsItsPagesAndReportsTheCut() async throws {
        let path = try Self.archive()
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        try FileHandle(forWritingTo: URL(fileURLWithPath: path)).truncate(atOffset: UInt64(size - 30))
        let results = await Pipeline.ingest([path])
        #expect(results.compactMap { try? $0.get().input } == ["https://n.example/en", "https://n.example/ar", "https://n.example/gz"])
        let failure = results.compactMap { if case let .failure(f) = $0 { f } else { nil } }
        #expect(failure.count == 1 && failure[0].input == path && failure[0].reason.contains("ends inside"))
    }

    @Test func parallelReaderSeesEveryPage() throws {
        let stats = try Pipeline.articles(fromWARC: try Self.archive(), jobs: 3)
        #expect(stats.pages == 3 && stats.unparsable == 0 && stats.error == nil)
        #expect(stats.skipped["request"] == 7 && stats.skipped["HTTP 404"] == 1 && stats.skipped["image/png"] == 1)
    }

    /// Parallel ingest hands results back in record order; big pages (slow) among small ones
    /// would overtake otherwise.
    @Test(arguments: [1, 3]) func parallelResultsComeInRecordOrder(jobs: Int) throws {
        let path = WARCRoundTripTests.temp("order.warc.gz")
        let writer = try WARCWriter(path: path)
        let filler = String(repeating: "<p>The ministry said the talks went on.</p>", count: 4000)
        for i in 0..<40 {
            try writer.write(WARCRoundTripTests.exchange("https://n.example/\(i)",
                                                         body: "<html><head><title>Page \(i)</title></head><body>\(i % 7 == 0 ? filler : "<p>Short \(i).</p>")</body></html>"))
        }
        let seen = Mutex<[String]>([])
        let stats = try Pipeline.articles(fromWARC: path, jobs: jobs) { result in
            seen.withLock { $0.append((try? result.get().headline) ?? "failed") }
        }
        #expect(stats.pages == 40)
        #expect(seen.withLock { $0 } == (0..<40).map { "Page \($0)" })
    }
}
