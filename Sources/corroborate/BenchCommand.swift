import ArgumentParser

/// `corroborate bench ...`: release-build benchmarks (quality and speed) on the shared data.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: run in a release build (swift run -c release corroborate bench ...).",
        subcommands: [IngestBench.self, ClaimsBench.self, ReportBench.self, WARCBench.self]
    )
}
