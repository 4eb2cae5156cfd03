import Archives
import ArgumentParser
import Corroborate
import Foundation

/// `corroborate bench warc`: WARC reading + ingest throughput and memory on a generated file.
struct WARCBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warc",
        abstract: "Generate a large WARC.gz of HTML pages and measure reading + ingest (MB/s, pages/s, peak RSS).",
        discussion: "Run in a release build. The file goes to a temporary folder and is deleted afterwards unless --keep."
    )

    @Option(name: .customLong("size-mb"), help: "Megabytes of HTML to generate.")
    var sizeMB: Int = 1024

    @Option(help: "Worker threads for the parallel pass (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Measure this existing .warc/.warc.gz instead of generating one.")
    var file: String?

    @Flag(help: "Keep the generated file (its path is printed).")
    var keep = false

    func run() async throws {
        let path: String
        var generatedDir: URL?
        if let file {
            path = file
        } else {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-bench-warc-\(getpid())")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            generatedDir = dir
            path = dir.appendingPathComponent("bench.warc.gz").path
            let started = Date()
            let made = try BenchCorpus.write(path: path, htmlBytes: sizeMB << 20)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print(String(format: "generated %d pages, %.0f MB of HTML, %.0f MB on disk, in %.1f s: %@",
                         made, Double(sizeMB), Double(size) / 1_048_576, Date().timeIntervalSince(started), path))
        }
        defer {
            if let generatedDir, !keep { try? FileManager.default.removeItem(at: generatedDir) }
        }
        print("pipeline per page: WARC record → HTTP decode → HTMLParser.parse (libxml2) → ArticleExtractor (interim ingest)")
        for workers in Set([1, max(1, threads)]).sorted() {
            Memory.resetPeak()
            let started = Date()
            let stats = try Pipeline.articles(fromWARC: path, workers: workers)
            let seconds = Date().timeIntervalSince(started)
            let mb = Double(stats.htmlBytes) / 1_048_576
            print(String(format: "%2d thread%@: %7d pages, %7.1f MB HTML in %6.1f s: %6.1f MB/s, %7.0f pages/s, peak RSS %4.0f MB",
                         workers, workers == 1 ? " " : "s", stats.pages, mb, seconds, mb / seconds,
                         Double(stats.pages) / seconds, Double(Memory.peakRSS()) / 1_048_576))
            if let error = stats.error { print("  stopped early: \(error)") }
            if stats.unparsable > 0 { print("  unparsable pages: \(stats.unparsable)") }
        }
        if keep, generatedDir != nil { print("kept \(path)") }
    }
}

/// Peak resident memory from /proc (Linux).
enum Memory {
    /// Resets VmHWM so each pass reports its own peak (Linux ≥ 4.0).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func peakRSS() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}
