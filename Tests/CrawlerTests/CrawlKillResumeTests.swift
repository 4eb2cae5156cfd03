import Archives
import Foundation
import NIOConcurrencyHelpers
import Testing
import TestSupport

/// Kills a running `corroborate crawl` (SIGKILL: no chance to clean up; SIGINT: Ctrl-C) in the
/// middle of a crawl against the loopback server, runs it again, and checks the WARC: every
/// page exactly once, every record complete and readable to the end of the file.
@Suite(.serialized) struct CrawlKillResumeTests {
    static let executable = SharedData.repo(".build/debug/corroborate")
    static var built: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    /// Page responses in the WARC (robots.txt aside), and whether it reads cleanly to its end.
    static func scan(_ path: String) -> (pages: [String], clean: Bool) {
        guard let reader = try? WARCReader(path: path) else { return ([], false) }
        var pages: [String] = []
        do {
            while let record = try reader.next() {
                if record.type == .response, let uri = record.targetURI, !uri.hasSuffix("/robots.txt") { pages.append(uri) }
            }
        } catch {
            return (pages, false)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
        return (pages, reader.lastCompleteOffset == size)
    }

    static func crawl(_ urlFile: String, into dir: String) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["crawl", "--urls", urlFile, "--into", dir, "--delay", "0", "--concurrency", "2",
                             "--timeout", "10", "--allow-private"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(.enabled(if: built), arguments: [SIGKILL, SIGINT])
    func killedCrawlResumesIntoACompleteWARCWithoutDuplicates(signal: Int32) async throws {
        // The server itself kills the crawler when the 12th page is asked for, so the cut falls
        // mid-crawl (that page's response never arrives) whatever the machine's speed.
        let victim = NIOLockedValueBox<pid_t>(0)
        let server = try TestHTTPServer { path, _, _ in
            if path == "/robots.txt" { return nil }
            if path == "/story-12.html" {
                let pid = victim.withLockedValue { pid in defer { pid = 0 }; return pid }
                if pid > 0 { kill(pid, signal) }
            }
            return .html("<html><head><title>\(path)</title></head><body><p>Story \(path).</p></body></html>")
        }
        defer { server.stop() }
        let dir = CrawlTests.tempDir()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let urls = (1...40).map { "\(server.base)/story-\($0).html" }
        let urlFile = dir + "/urls.txt"
        try urls.joined(separator: "\n").write(toFile: urlFile, atomically: true, encoding: .utf8)
        let warc = dir + "/crawl.warc.gz"

        let first = try Self.crawl(urlFile, into: dir)
        victim.withLockedValue { $0 = first.processIdentifier }
        while first.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        #expect(first.terminationReason == .uncaughtSignal || first.terminationStatus != 0)
        let interrupted = Self.scan(warc).pages
        #expect(interrupted.count >= 10 && interrupted.count < urls.count)
        #expect(!interrupted.contains("\(server.base)/story-12.html"))

        let second = try Self.crawl(urlFile, into: dir)
        while second.isRunning { try await Task.sleep(for: .milliseconds(50)) }
        #expect(second.terminationStatus == 0)
        let (pages, clean) = Self.scan(warc)
        #expect(clean)
        #expect(pages.count == urls.count)
        #expect(Set(pages) == Set(urls))
        // Only what the first run had not archived was fetched again.
        let fetched = server.requests.filter { $0 != "/robots.txt" }
        #expect(fetched.count == urls.count + 1)  // story-12 twice: the request the kill cut off
    }
}
