import ArgumentParser
import Corroborate
import Foundation

/// `corroborate claims INPUT...`: who said what in each article.
///
/// Inputs as for `ingest` (HTML files, `.html.gz`, `.warc` / `.warc.gz`, folders, `-`).
/// `--format json` (default) prints a ClaimSet (schema/corroborate.schema.json), `text` a stable
/// dump, `md` tables. Evaluation mode: `--from-jsonl FILE --format spans-jsonl` reads benchmark
/// JSONL (`doc_id`, `text`) and writes one line per document with attribution spans in code
/// points (for score_attrib.py).
/// Exit status: 0 when every input was read, 1 when any failed, 2 for usage errors.
struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Extract attributed claims: source, cue, content, quote kind, polarity, relay chain."
    )

    @Option(help: "Output format: json, text, md (articles) or spans-jsonl (with --from-jsonl).")
    var format: String?

    @Option(name: .customLong("from-jsonl"), help: "Benchmark JSONL file (doc_id, text) to read instead of pages.")
    var fromJSONL: String?

    @Flag(help: "Also list the article's own-voice factual sentences as claims (source: the outlet).")
    var includeUnattributed = false

    @Option(name: .customLong("cue-threshold"), help: ArgumentHelp("Minimum prior precision of an English cue (tuning).", visibility: .hidden))
    var cueThreshold: Double?

    @Flag(name: .customLong("dump-features"), help: ArgumentHelp("With --from-jsonl: write English candidates and their model features (training).", visibility: .hidden))
    var dumpFeatures = false

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(InputHelp.pages))
    var inputs: [String] = []

    func run() async throws {
        var options = ClaimExtractor.Options(includeUnattributed: includeUnattributed)
        if let t = cueThreshold { options.rules = Pipeline.standardRules(englishCueThreshold: t) }
        if let path = fromJSONL {
            guard inputs.isEmpty else { try usageError("give either --from-jsonl or inputs, not both") }
            if dumpFeatures {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var out = Data()
                for doc in try BenchmarkDocument.read(URL(fileURLWithPath: path)) {
                    let row: [String: [BenchmarkDocument.FeatureRow]] = [doc.docID: doc.featureRows()]
                    out.append(try encoder.encode(row))
                    out.append(UInt8(ascii: "\n"))
                }
                FileHandle.standardOutput.write(out)
                return
            }
            let fmt = format ?? "spans-jsonl"
            guard fmt == "spans-jsonl" else { try usageError("--from-jsonl writes --format spans-jsonl only") }
            let predicted: [PredictedDocument]
            do { predicted = try Pipeline.attributionSpans(jsonl: URL(fileURLWithPath: path), options: options) } catch {
                printError("corroborate claims: \(error)")
                throw ExitCode(1)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out = ""
            for doc in predicted {
                out += String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            return
        }
        let fmt = format ?? "json"
        guard ["json", "text", "md"].contains(fmt) else { try usageError("--format must be json, text or md, not '\(fmt)'") }
        let unknown = inputs.filter { $0.hasPrefix("-") && $0 != "-" }
        guard unknown.isEmpty else { try usageError("unknown option '\(unknown[0])'") }
        guard !inputs.isEmpty else { try usageError("no input given (\(InputHelp.short))") }
        let (set, failures) = await Pipeline.claims(inputs, options: options)
        for f in failures { printError("corroborate: \(f)") }
        switch fmt {
        case "text": print(ClaimDump.text(set))
        case "md": print(ClaimDump.markdown(set), terminator: "")
        default: print(ClaimDump.json(set))
        }
        if !failures.isEmpty { throw ExitCode(1) }
    }

    private func usageError(_ message: String) throws -> Never {
        printError("corroborate claims: \(message)\nUsage: corroborate claims [--format json|text|md] [--include-unattributed] INPUT...\n"
            + "       corroborate claims --from-jsonl FILE [--format spans-jsonl]")
        throw ExitCode(2)
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
