import ArgumentParser

// Placeholder: the owner of this benchmark replaces this file.
struct IngestBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'bench ingest' is not available yet")
    }
}
