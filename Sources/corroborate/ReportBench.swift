import ArgumentParser

// Placeholder: the owner of this benchmark replaces this file.
struct ReportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(not yet available)")

    func run() async throws {
        throw ValidationError("'bench report' is not available yet")
    }
}
