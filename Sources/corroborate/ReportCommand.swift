import ArgumentParser

// Placeholder: the owner of this subcommand replaces this file.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'report' is not available yet")
    }
}
