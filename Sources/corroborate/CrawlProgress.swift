import Corroborate
import Foundation

/// The crawl's output: a live progress line on a terminal's stderr, JSON lines with `--json`,
/// failures on stderr otherwise, and a summary at the end.
final class CrawlProgress: @unchecked Sendable {
    private let json: Bool
    private let terminal = isatty(2) == 1
    private let lock = NSLock()
    private var counts: [CrawlEvent.Kind: Int] = [:]
    private var bytes = 0
    private let started = Date()
    private var lastDraw = Date.distantPast
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    init(json: Bool) { self.json = json }

    func record(_ event: CrawlEvent) {
        lock.lock()
        defer { lock.unlock() }
        counts[event.kind, default: 0] += 1
        bytes += event.bytes ?? 0
        if json, let data = try? encoder.encode(event) {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        if terminal {
            if event.kind == .failed { writeErr("\r\u{1B}[K" + "failed \(event.url): \(event.reason ?? "")\n") }
            if Date().timeIntervalSince(lastDraw) > 0.2 { draw() }
        } else if !json && event.kind == .failed {
            writeErr("failed \(event.url): \(event.reason ?? "")\n")
        }
    }

    private func draw() {
        lastDraw = Date()
        let seconds = max(0.001, lastDraw.timeIntervalSince(started))
        let done = counts[.fetched, default: 0]
        let line = "fetched \(done)  failed \(counts[.failed, default: 0])  skipped \(counts[.skipped, default: 0])"
            + "  resumed \(counts[.resumed, default: 0])  \(Self.megabytes(bytes))  "
            + String(format: "%.1f pages/s", Double(done) / seconds)
        writeErr("\r\u{1B}[K" + line)
    }

    func clearLine() { if terminal { writeErr("\r\u{1B}[K") } }

    func finish(_ summary: CrawlSummary) {
        clearLine()
        if json, let data = try? encoder.encode(summary.withoutRequests) {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        writeErr("""
            crawl done in \(String(format: "%.1f", summary.seconds)) s: \(summary.fetched) pages, \(summary.feeds) feeds, \
            \(summary.redirected) redirects, \(summary.resumed) resumed, \(summary.skipped) skipped, \
            \(summary.failed) failed, \(summary.retries) retries; \(Self.megabytes(summary.bytes)) received
            WARC: \(summary.warcPath) (+\(Self.megabytes(summary.warcBytesWritten)))\(summary.repairedBytes > 0 ? ", \(summary.repairedBytes) bytes of an interrupted record cut before resuming" : "")

            """)
    }

    private static func megabytes(_ n: Int) -> String { String(format: "%.1f MB", Double(n) / 1_048_576) }

    private func writeErr(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

extension CrawlSummary {
    /// The summary without the full request list (kept for tests and the library).
    var withoutRequests: CrawlSummary {
        var copy = self
        copy.requests = []
        return copy
    }
}
