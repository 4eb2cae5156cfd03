import ArgumentParser

/// `corroborate ingest PATH...`: pages → clean articles with metadata.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read pages (HTML, .html.gz, folders, '-' for stdin) and print clean articles."
    )

    @Argument(help: "HTML files, .html.gz files, folders (recursive), or '-' for stdin.")
    var inputs: [String]

    func run() async throws {
        throw ValidationError("ingest is not wired yet")
    }
}
