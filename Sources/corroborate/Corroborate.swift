import ArgumentParser

/// `corroborate`: who actually said what, and how many independent sources stand behind each claim.
@main
struct CorroborateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Claim verification and source attribution across the coverage of one story.",
        subcommands: [
            IngestCommand.self, ClaimsCommand.self, ReportCommand.self, CrawlCommand.self,
            EvalCommand.self, BenchCommand.self,
        ]
    )
}
