import CorroborateModel
import Foundation
import Testing
import TestSupport

/// `corroborate ingest` end to end: runs the built executable (`swift build` puts it in
/// `.build/debug`); skipped when it has not been built.
@Suite struct IngestCommandTests {
    static let executable = SharedData.repo(".build/debug/corroborate")
    static var built: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let page = "<html><head><title>Hello</title></head><body><p>One.</p><h2>Sub</h2><p>Two.</p></body></html>"

    @Test(.enabled(if: built))
    func oneInputGivesOneJSONObject() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("a/page.html", Self.page)
        let result = try Self.run(["ingest", path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let article = try JSONDecoder().decode(Article.self, from: Data(result.stdout.utf8))
        #expect(article.input == path)
        #expect(article.headline == "Hello")
        #expect(result.stdout.contains("\"input\" : \"\(path)\""))  // slashes unescaped
        #expect(result.stdout.hasPrefix("{"))
    }

    @Test(.enabled(if: built))
    func failuresGoToStderrAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("good.html", Self.page)
        let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]
        let png = try folder.write("bad.html", pngBytes)
        let missing: String = folder.path + "/missing.html"
        let result = try Self.run(["ingest", png, good, missing])
        #expect(result.status == 1)
        let articles = try JSONDecoder().decode([Article].self, from: Data(result.stdout.utf8))
        let inputs: [String] = articles.map { $0.input }
        #expect(inputs == [good])
        let expected: [String] = [
            "corroborate: \(png): decode: not an HTML page: binary data (PNG image)",
            "corroborate: \(missing): read: cannot read: no such file or directory",
        ]
        let lines: [String] = result.stderr.split(separator: "\n").map { (line: Substring) -> String in String(line) }
        #expect(lines == expected)
    }

    @Test(.enabled(if: built))
    func standardInputAndTextFormat() throws {
        let result = try Self.run(["ingest", "--format", "text", "-"], stdin: Array(Self.page.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Hello\ninput: -\n"))
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("One.") && lines.contains("Two."))
    }

    @Test(.enabled(if: built))
    func pageSizeLimitOption() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let big = try folder.write("big.html", "<html><body><p>" + String(repeating: "x", count: 1_100_000) + "</p></body></html>")
        let refused = try Self.run(["ingest", "--max-page-mib", "1", big])
        #expect(refused.status == 1)
        #expect(refused.stderr == "corroborate: \(big): read: page larger than the 1 MiB limit\n")
        let accepted = try Self.run(["ingest", "--max-page-mib", "2", big])
        #expect(accepted.status == 0)
    }

    @Test(.enabled(if: built), arguments: [[String](), ["--format", "xml", "x.html"], ["--bogus", "x.html"],
                                           ["--max-page-mib", "0", "x.html"], ["--max-page-mib", "1.5", "x.html"],
                                           ["--max-page-mib", "abc", "x.html"], ["x.html", "--max-page-mib"]])
    func usageErrorsExitWithStatus2(arguments: [String]) throws {
        let result = try Self.run(["ingest"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage: corroborate ingest"))
    }

    /// ArgumentParser's own usage errors in the other subcommands exit with 2 as well (not its 64).
    @Test(.enabled(if: built), arguments: [["report", "--bogus", "x.html"], ["report", "x.html", "--format"],
                                           ["claims", "--cue-threshold", "high", "x.html"], ["nonsense"]])
    func parserUsageErrorsExitWithStatus2(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("Usage: corroborate"))
    }

    /// The three page-reading subcommands say that they read WARC files too.
    @Test(.enabled(if: built), arguments: ["ingest", "claims", "report"])
    func helpNamesEveryKindOfInput(command: String) throws {
        let result = try Self.run([command, "--help"])
        #expect(result.status == 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for kind in [".warc.gz", ".html", "folders", "'-'"] {
            #expect(help.contains(kind), "\(command) --help does not mention \(kind)")
        }
        #expect(help.contains("JSON file") == (command == "report"))
    }
}
