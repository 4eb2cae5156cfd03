import ArgumentParser

// Placeholder: the owner of this benchmark replaces this file.
struct ClaimsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'bench claims' is not available yet")
    }
}
