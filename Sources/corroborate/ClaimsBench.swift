import ArgumentParser
import Corroborate
import Foundation

/// `corroborate bench claims`: extraction speed and quality on the PolNeAR dev texts.
///
/// Runs the extractor single-threaded over every document (`--repeat` times for timing),
/// prints MB/s of text, documents/s, peak RSS, and the attribution detection P/R/F1 and
/// source accuracy computed with the scorer's attribution-level alignment.
struct ClaimsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Claim-extraction throughput and attribution quality on PolNeAR dev (release build)."
    )

    @Option(help: "Benchmark JSONL (doc_id, text, attributions).")
    var data: String = "../shared/benchmarks/attribution/polnear_dev.jsonl"

    @Option(help: "Passes over the data for timing.")
    var `repeat`: Int = 3

    func run() async throws {
        guard `repeat` > 0 else { throw ValidationError("--repeat must be positive") }
        let docs: [BenchmarkDocument]
        do { docs = try BenchmarkDocument.read(URL(fileURLWithPath: data)) } catch {
            FileHandle.standardError.write(Data("corroborate bench claims: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let extractor = ClaimExtractor()
        let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        var predictions: [[BenchmarkDocument.Attribution]] = []
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000_000)
        var bestCPU = Double.infinity
        for _ in 0..<`repeat` {
            let start = clock.now
            let cpuStart = threadCPUSeconds()
            let pass = docs.map { $0.predict(with: extractor) }
            bestCPU = min(bestCPU, threadCPUSeconds() - cpuStart)
            best = min(best, clock.now - start)
            predictions = pass
        }
        var scorer = AttributionScorer()
        for (doc, predicted) in zip(docs, predictions) {
            scorer.add(text: doc.text, gold: doc.attributions ?? [], predicted: predicted)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        print("documents         \(docs.count) (\(String(format: "%.2f", Double(bytes) / 1e6)) MB of text)")
        print("throughput        \(String(format: "%.2f", Double(bytes) / 1e6 / seconds)) MB/s, "
            + "\(String(format: "%.0f", Double(docs.count) / seconds)) docs/s (single thread, best of \(`repeat`))")
        print("CPU throughput    \(String(format: "%.2f", Double(bytes) / 1e6 / bestCPU)) MB per CPU-second "
            + "(thread CPU time: the per-core figure on a shared machine)")
        print("peak RSS          \(peakRSSMiB()) MiB")
        print("AR detection      P=\(pct(scorer.precision)) R=\(pct(scorer.recall)) F1=\(pct(scorer.f1)) "
            + "(aligned \(scorer.aligned), predicted \(scorer.predicted), gold \(scorer.gold))")
        print("source exact acc  \(pct(scorer.sourceAccuracy)) on aligned")
    }

    private func pct(_ x: Double) -> String { String(format: "%.1f", 100 * x) }

    private func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    private func peakRSSMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024
    }
}
