import ArgumentParser

// Placeholder: the owner of this subcommand replaces this file.
struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "crawl", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'crawl' is not available yet")
    }
}
