import ArgumentParser
import Foundation

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

    /// ArgumentParser's `main`, except that its usage errors (an unknown option, a value that is
    /// not a number, a failed validation) exit with status 2, the status every subcommand uses
    /// for its own usage errors, instead of ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            exit(withError: ExitCode(2))
        }
    }
}
