import Archives
import Corroborate
import Foundation
import Ingest
import Testing
@testable import Crawler
import TestSupport

/// `corroborate report crawl.warc.gz` must give the report the same pages give as saved files.
///
/// Each Corpora story's pages go into a WARC the way a crawler stores them: request + response
/// records under the page's canonical URL, HTTP headers a real server sends (the charset in
/// `Content-Type` for some pages, none for others, gzip + chunked for others), robots.txt, a
/// redirect and a 404 in between. Only `Article.input` may differ (a path against a URL).
@Suite(.serialized) struct WARCReportTests {
    static let stories = ["isis-prison-break", "tobruk-shipwreck", "halabja-earthquake"]

    /// The story's page files, sorted as `InputResolver` sorts a folder.
    static func pages(of story: String) throws -> [URL] {
        let folder = SharedData.repo("Corpora/\(story)")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "html" }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Writes the story into a `.warc.gz`; `order` permutes the pages (crawl order differs from
    /// file order). Returns the path.
    /// `mislabel`: the server calls every page UTF-8, whatever it is (a common misconfiguration).
    static func archive(_ story: String, order: (([URL]) -> [URL])? = nil, mislabel: Bool = false) throws -> String {
        let path = WARCRoundTripTests.temp("\(story).warc.gz")
        let writer = try WARCWriter(path: path)
        try writer.write([WARCRecordFactory.warcinfo(filename: "\(story).warc.gz", fields: [("software", "test")])])
        let files = try pages(of: story)
        for (index, file) in (order?(files) ?? files).enumerated() {
            let bytes = Array(try Data(contentsOf: file))
            let parsed = try Ingestor().parse(RawPage(input: file.path, bytes: bytes))
            let url = try Ingestor().ingest(RawPage(input: file.path, bytes: bytes)).map(\.canonicalURL).get()
                ?? "https://\(file.deletingPathExtension().lastPathComponent).example/story"
            let host = URL(string: url)?.host ?? "example.org"
            try writer.write(exchange("https://\(host)/robots.txt", head: "Content-Type: text/plain", body: Array("User-agent: *\nAllow: /\n".utf8)))
            if index == 1 {
                try writer.write(exchange(url + "?utm_source=feed", head: "Location: \(url)\r\nContent-Length: 0",
                                          status: "301 Moved Permanently", body: []))
            }
            let charset = mislabel ? "utf-8" : parsed.encoding.rawValue
            var head = "Server: nginx\r\nDate: Thu, 29 Jan 2026 12:00:00 GMT\r\nLast-Modified: Thu, 29 Jan 2026 11:00:00 GMT\r\n"
            let body: [UInt8]
            switch index % 3 {
            case 0:  // the charset the page is in, named by the server
                head += "Content-Type: text/html; charset=\(charset)\r\nContent-Length: \(bytes.count)"
                body = bytes
            case 1:  // no charset from the server: the page's own <meta> decides
                head += "Content-Type: text/html\(mislabel ? "; charset=utf-8" : "")\r\nContent-Length: \(bytes.count)"
                body = bytes
            default:  // compressed and chunked, as stored by crawlers that keep the transfer coding
                let zipped = try Gzip.compress(bytes)
                head += "Content-Type: text/html; charset=\(charset)\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked"
                body = chunked(zipped)
            }
            try writer.write(exchange(url, head: head, body: body))
            if index == 2 {
                try writer.write(exchange(url + "/comments", head: "Content-Type: text/html", status: "404 Not Found",
                                          body: Array("<p>not found</p>".utf8)))
            }
        }
        return path
    }

    static func exchange(_ uri: String, head: String, status: String = "200 OK", body: [UInt8]) -> [WARCRecord] {
        let host = URL(string: uri)?.host ?? "example.org"
        let path = URL(string: uri).map { $0.path.isEmpty ? "/" : $0.path } ?? "/"
        let pair = WARCRecordFactory.exchange(
            uri: uri, date: "2026-01-30T12:00:00Z", ip: "192.0.2.10",
            requestHead: Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: corroborate\r\nAccept-Encoding: gzip\r\n\r\n".utf8),
            responseHead: Array("HTTP/1.1 \(status)\r\n\(head)\r\n\r\n".utf8), payload: body)
        return [pair.request, pair.response]
    }

    static func chunked(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 4000)
            out += Array((String(end - start, radix: 16) + "\r\n").utf8) + bytes[start..<end] + Array("\r\n".utf8)
            start = end
        }
        return out + Array("0\r\n\r\n".utf8)
    }

    /// `Pipeline.report(inputs)`, with claim extraction and matching (seconds of synchronous CPU
    /// in a debug build) on a thread of their own, so the crawl tests running beside these ones
    /// are not starved of the concurrency pool and do not time out.
    static func report(_ inputs: [String]) async -> (report: Report, failures: [IngestFailure]) {
        var articles: [Article] = []
        var failures: [IngestFailure] = []
        for result in await Pipeline.ingest(inputs) {
            switch result {
            case let .success(article): articles.append(article)
            case let .failure(failure): failures.append(failure)
            }
        }
        let found = articles
        let report = await withCheckedContinuation { (done: CheckedContinuation<Report, Never>) in
            Thread.detachNewThread {
                let claims = Pipeline.claims(found, options: ClaimExtractor.Options(includeUnattributed: true))
                done.resume(returning: Pipeline.report(claims))
            }
        }
        return (report, failures)
    }

    /// The report with every document's `input` blanked (a path for files, a URL for the WARC).
    static func comparable(_ report: Report) -> Report {
        var report = report
        for i in report.documents.indices { report.documents[i].article.input = "" }
        return report
    }

    @Test(arguments: stories) func warcGivesTheSameReportAsTheFiles(story: String) async throws {
        let (fromFiles, fileFailures) = await Self.report([SharedData.repo("Corpora/\(story)").path])
        let (fromWARC, warcFailures) = await Self.report([try Self.archive(story)])
        #expect(fileFailures.isEmpty && warcFailures.isEmpty)
        #expect(fromWARC.documents.count == fromFiles.documents.count)
        #expect(fromWARC.documents.allSatisfy { $0.article.input.hasPrefix("http") })
        let a = Self.comparable(fromFiles), b = Self.comparable(fromWARC)
        #expect(b.documents == a.documents)
        #expect(b.sources == a.sources)
        #expect(b.claims == a.claims)
        #expect(b.clusters == a.clusters)
        #expect(b.reuse == a.reuse)
        #expect(b.story == a.story)
        #expect(b == a)
    }

    /// A server that labels a windows-1256 or Latin-1 page as UTF-8 does not change the report:
    /// the bytes contradict the label, and ingest decodes them as the files are decoded.
    @Test func mislabelledCharsetsGiveTheSameReport() async throws {
        let story = "isis-prison-break"
        let (fromFiles, _) = await Self.report([SharedData.repo("Corpora/\(story)").path])
        let (fromWARC, failures) = await Self.report([try Self.archive(story, mislabel: true)])
        #expect(failures.isEmpty)
        var a = Self.comparable(fromFiles), b = Self.comparable(fromWARC)
        // The one difference allowed: the warning that names the contradicted label.
        for i in b.documents.indices {
            b.documents[i].article.warnings.removeAll { $0.contains("contradicted") }
            a.documents[i].article.warnings.removeAll { $0.contains("contradicted") }
        }
        #expect(fromWARC.documents.contains { $0.article.warnings.contains { $0.contains("declared charset utf-8 contradicted") } })
        #expect(b == a)
    }

    /// A crawl stores pages in fetch order. Documents are numbered in input order (record order
    /// for a WARC), so the WARC matches the files named in that same order.
    @Test func crawlOrderMatchesTheFilesInThatOrder() async throws {
        let story = "isis-prison-break"
        let shuffled: ([URL]) -> [URL] = { files in files.enumerated().sorted { ($0.offset * 5) % files.count < ($1.offset * 5) % files.count }.map(\.element) }
        let files = shuffled(try Self.pages(of: story)).map(\.path)
        #expect(files != (try Self.pages(of: story)).map(\.path))
        let (fromFiles, _) = await Self.report(files)
        let (fromWARC, _) = await Self.report([try Self.archive(story, order: shuffled)])
        #expect(fromWARC.documents.map(\.article.canonicalURL) == fromFiles.documents.map(\.article.canonicalURL))
        #expect(Self.comparable(fromWARC) == Self.comparable(fromFiles))
    }

    static let executable = SharedData.repo(".build/debug/corroborate")

    /// `corroborate report --format json` on the WARC and on the folder: the same JSON but for inputs.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: executable.path)))
    func commandLineReportOfAWARCMatchesTheFolder() async throws {
        let story = "tobruk-shipwreck"
        /// Runs the command on a thread of its own (waiting for a process must not hold a pool thread).
        func report(_ input: String) async throws -> Report {
            let (status, data) = await withCheckedContinuation { (done: CheckedContinuation<(Int32, Data), Never>) in
                Thread.detachNewThread {
                    let process = Process()
                    process.executableURL = Self.executable
                    process.arguments = ["report", "--format", "json", input]
                    let out = Pipe()
                    process.standardOutput = out
                    process.standardError = FileHandle.nullDevice
                    guard (try? process.run()) != nil else { return done.resume(returning: (-1, Data())) }
                    let data = out.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    done.resume(returning: (process.terminationStatus, data))
                }
            }
            #expect(status == 0)
            return try JSONDecoder().decode(Report.self, from: data)
        }
        let fromFolder = try await report(SharedData.repo("Corpora/\(story)").path)
        let fromWARC = try await report(try Self.archive(story))
        #expect(fromWARC.documents.count == 5)
        #expect(fromWARC.documents.allSatisfy { $0.article.input.hasPrefix("https://") })
        #expect(Self.comparable(fromWARC) == Self.comparable(fromFolder))
    }

    /// End to end: the crawler fetches the story's pages from a server and `report` reads its
    /// WARC. Seeds on one host are fetched in order, so documents come in file order.
    @Test func crawledStoryReportsAsItsFiles() async throws {
        let story = "halabja-earthquake"
        let files = try Self.pages(of: story)
        var served: [String: ([UInt8], String)] = [:]
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            let encoding = try Ingestor().parse(RawPage(input: file.path, bytes: bytes)).encoding
            served["/" + file.lastPathComponent] = (bytes, "text/html; charset=\(encoding.rawValue)")
        }
        let pages = served
        let server = try TestHTTPServer { path, _, _ in
            guard let (body, type) = pages[path] else { return nil }
            return .init(headers: [("Content-Type", type)], body: body)
        }
        defer { server.stop() }
        let dir = CrawlTests.tempDir()
        let summary = try await Crawler(CrawlConfiguration(seeds: files.map { "\(server.base)/\($0.lastPathComponent)" },
                                                           outputDirectory: dir, delay: 0, timeout: 10, allowPrivate: true)).run()
        #expect(summary.fetched == files.count)
        let (fromFiles, _) = await Self.report([SharedData.repo("Corpora/\(story)").path])
        let (fromWARC, failures) = await Self.report([summary.warcPath])
        #expect(failures.isEmpty)
        #expect(fromWARC.documents.map(\.article.input) == files.map { "\(server.base)/\($0.lastPathComponent)" })
        let a = Self.comparable(fromFiles), b = Self.comparable(fromWARC)
        #expect(b.documents == a.documents)
        #expect(b.clusters == a.clusters)
        #expect(b.reuse == a.reuse)
        #expect(b.story == a.story)
        #expect(b == a)
    }
}
