import ArgumentParser

// Placeholder: the owner of this subcommand replaces this file.
struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'claims' is not available yet")
    }
}
