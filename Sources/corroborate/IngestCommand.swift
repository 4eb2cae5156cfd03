import ArgumentParser
import Corroborate

import Foundation

/// `corroborate ingest PATH...`: pages → clean articles with metadata.
///
/// Prints one JSON object for a single page, a JSON array otherwise (or a text dump with
/// `--format text`). Each failed input gets one line on stderr,
/// `corroborate: <input>: <step>: <reason>`; the run goes on. Exit status: 0 when every input
/// gave an article, 1 when any failed, 2 for usage errors.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read pages (HTML, .html.gz, .warc/.warc.gz, folders, '-' for stdin) and print clean articles."
    )

    @Option(help: "Output format: json or text.")
    var format: String = "json"

    @Option(name: .customLong("max-page-mib"), help: "Largest page accepted, in MiB of HTML after decompression.")
    var maxPageMiB: Int = 32

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(InputHelp.pages))
    var inputs: [String] = []

    func run() async throws {
        let unknown = inputs.filter { $0.hasPrefix("-") && $0 != "-" }
        guard unknown.isEmpty else { try usageError("unknown option '\(unknown[0])' (name a file starting with '-' as ./\(unknown[0]))") }
        guard !inputs.isEmpty else { try usageError("no input given (\(InputHelp.short))") }
        guard format == "json" || format == "text" else { try usageError("--format must be json or text, not '\(format)'") }
        guard maxPageMiB > 0 else { try usageError("--max-page-mib must be positive") }

        let results = await Pipeline.ingest(inputs, limits: IngestLimits(maxPageBytes: maxPageMiB << 20))
        var articles: [Article] = []
        for result in results {
            switch result {
            case let .success(article): articles.append(article)
            case let .failure(failure): printError("corroborate: \(failure)")
            }
        }
        if format == "text" {
            if !articles.isEmpty {
                print(articles.map { ArticleDump.text($0) }.joined(separator: "\n\n---\n\n"))
            }
        } else if results.count == 1 {
            if let article = articles.first { print(ArticleDump.json(article)) }
        } else {
            print(ArticleDump.json(articles))
        }
        if articles.count < results.count { throw ExitCode(1) }
    }

    /// Usage errors exit with status 2 (so do ArgumentParser's own: see `CorroborateCommand.main`).
    private func usageError(_ message: String) throws -> Never {
        printError("corroborate ingest: \(message)\nUsage: corroborate ingest [--format json|text] [--max-page-mib N] PATH...")
        throw ExitCode(2)
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
