import ArgumentParser
import Corroborate
import Foundation

/// `corroborate report INPUT... [--format md|html|json] [--output FILE]`: who said what, and how
/// many independent origins stand behind each claim.
///
/// Inputs as for `ingest` (HTML files, `.html.gz`, `.warc` / `.warc.gz`, folders such as
/// `Corpora/<story>`, `-`), or one JSON file from `corroborate claims` / `corroborate report
/// --format json`. The format defaults to the `--output` extension, else Markdown. Exit status: 0 when every input was read, 1 when any
/// failed (the report is still written from the rest), 2 for usage errors.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report claims, their independent origins, findings, copying and the timeline (md, html, json)."
    )

    @Option(help: "Output format: md, html or json (default: from --output's extension, else md).")
    var format: String?

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Argument(help: ArgumentHelp(InputHelp.pages + " Or, alone, one JSON file from 'corroborate claims' or 'report --format json'."))
    var inputs: [String] = []

    func run() async throws {
        guard !inputs.isEmpty else { try usageError("no input given (\(InputHelp.short), or one claims/report JSON file)") }
        let chosen = format ?? output.map { ($0 as NSString).pathExtension.lowercased() }.flatMap {
            ["md", "html", "json"].contains($0) ? $0 : nil
        } ?? "md"
        guard let fmt = ReportFormat(rawValue: chosen == "markdown" ? "md" : chosen) else {
            try usageError("--format must be md, html or json, not '\(chosen)'")
        }
        var failed = false
        let report: Report
        if inputs.count == 1, inputs[0].lowercased().hasSuffix(".json") {
            do {
                guard let r = try Pipeline.report(json: URL(fileURLWithPath: inputs[0])) else {
                    printError("corroborate report: \(inputs[0]): not a ClaimSet or Report JSON file")
                    throw ExitCode(1)
                }
                report = r
            } catch let error as ExitCode { throw error } catch {
                printError("corroborate report: \(inputs[0]): cannot read: \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            let (r, failures) = await Pipeline.report(inputs)
            for f in failures { printError("corroborate: \(f)") }
            failed = !failures.isEmpty
            report = r
        }
        let text = Pipeline.render(report, as: fmt)
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                printError("corroborate report: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if failed { throw ExitCode(1) }
    }

    private func usageError(_ message: String) throws -> Never {
        printError("corroborate report: \(message)\nUsage: corroborate report INPUT... [--format md|html|json] [--output FILE]")
        throw ExitCode(2)
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
