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

    @Option(name: .customLong("size-mb"), help: "Megabytes of HTML to generate (1024 for the 1 GB test).")
    var sizeMB: Int = 200

    @Option(help: "Ingest jobs for the parallel pass (default: active cores); a jobs=1 pass always runs first.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

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
        print("pipeline per page: WARC record → HTTP decode → ingest (encoding decision, libxml2 parse, article extraction)")
        for workers in Set([1, max(1, jobs)]).sorted() {
            Memory.resetPeak()
            let started = Date(), cpuStart = Memory.cpuSeconds()
            let stats = try Pipeline.articles(fromWARC: path, jobs: workers)
            let seconds = Date().timeIntervalSince(started), cpu = Memory.cpuSeconds() - cpuStart
            let mb = Double(stats.htmlBytes) / 1_048_576
            print(String(format: "jobs=%d: %7d pages, %7.1f MB HTML in %6.1f s: %6.1f MB/s, %6.0f pages/s, peak RSS %4.0f MB; CPU %6.1f s (%5.1f MB per CPU-second)",
                         workers, stats.pages, mb, seconds, mb / seconds,
                         Double(stats.pages) / seconds, Double(Memory.peakRSS()) / 1_048_576, cpu, mb / cpu))
            if let error = stats.error { print("  stopped early: \(error)") }
            if stats.unparsable > 0 { print("  unparsable pages: \(stats.unparsable)") }
        }
        // The reader alone (gunzip, record framing, HTTP decoding), to separate it from ingest.
        Memory.resetPeak()
        let started = Date()
        let pages = try WARCPages(path: path)
        var count = 0, bytes = 0
        for page in pages {
            count += 1
            bytes += page.body.count
        }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "reader only: %7d pages, %7.1f MB HTML in %6.1f s: %6.1f MB/s, peak RSS %4.0f MB",
                     count, Double(bytes) / 1_048_576, seconds, Double(bytes) / 1_048_576 / seconds,
                     Double(Memory.peakRSS()) / 1_048_576))
        if keep, generatedDir != nil { print("kept \(path)") }
    }
}

/// Peak resident memory from /proc (Linux).
enum Memory {
    /// Resets VmHWM so each pass reports its own peak (Linux ≥ 4.0).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// User + system CPU time of the process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
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
