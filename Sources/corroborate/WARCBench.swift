import ArgumentParser

// Placeholder: the owner of this benchmark replaces this file.
struct WARCBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "warc", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'bench warc' is not available yet")
    }
}
