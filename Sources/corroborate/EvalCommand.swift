import ArgumentParser

// Placeholder: the owner of this subcommand replaces this file.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'eval' is not available yet")
    }
}
