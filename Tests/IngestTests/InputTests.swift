import Archives
import CorroborateModel
import Foundation
import Testing
@testable import Ingest

/// Files, folders and failures through `InputResolver` + `Ingestor` (what `Pipeline.ingest` runs).
@Suite struct InputTests {
    static func page(_ title: String) -> String {
        "<html><head><title>\(title)</title></head><body><p>Body of \(title).</p></body></html>"
    }

    @Test func folderMixingGoodAndBadFilesKeepsTheGoodAndNamesTheBad() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/second.htm", Self.page("Second"))
        try folder.write("a-first.html", Self.page("First"))
        try folder.write("c/third.html.gz", try Gzip.compress(Array(Self.page("Third").utf8)))
        try folder.write("empty.html", [])
        try folder.write("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        try folder.write("fourth.xhtml", Self.page("Fourth"))
        try folder.write("notes.json", "{\"not\": \"a page\"}")
        try folder.write(".hidden.html", Self.page("Hidden"))
        try folder.write(".git/inside.html", Self.page("Hidden too"))

        let results = await Ingestor(concurrency: 3).ingest(InputResolver.sources(for: [folder.path]))
        let root = folder.path + "/"
        let summary = results.map { result -> String in
            switch result {
            case let .success(article): return "\(article.input.dropFirst(root.count)) → \(article.headline ?? "-")"
            case let .failure(failure): return "\(failure.input.dropFirst(root.count)) ✗ \(failure.step): \(failure.reason)"
            }
        }
        #expect(summary == [
            "a-first.html → First",
            "b/second.htm → Second",
            "c/third.html.gz → Third",
            "empty.html ✗ decode: empty input",
            "fourth.xhtml → Fourth",
            "image.html ✗ decode: not an HTML page: binary data (PNG image)",
        ])
    }

    @Test func missingInputFailsAndTheRestStillRuns() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("good.html", Self.page("Good"))
        let empty = try folder.write("empty/readme.txt", "no pages here")
        let results = await Ingestor().ingest(InputResolver.sources(for: [folder.path + "/missing.html", good, folder.path + "/empty"]))
        #expect(results.count == 3)
        if case let .failure(f) = results[0] {
            #expect(f.description == folder.path + "/missing.html: read: cannot read: no such file or directory")
        } else {
            Issue.record("missing file should fail")
        }
        if case let .success(a) = results[1] { #expect(a.headline == "Good") } else { Issue.record("good page failed") }
        if case let .failure(f) = results[2] {
            #expect(f.reason == "cannot read: the folder holds no HTML files")
        } else {
            Issue.record("a folder without pages should be reported")
        }
        _ = empty
    }

    @Test func manyPagesComeBackInInputOrderWhateverTheConcurrency() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var paths: [String] = []
        for i in 0..<40 {
            // Uneven sizes so pages finish out of order.
            let filler = String(repeating: "<p>filler text</p>", count: (i * 37) % 400)
            paths.append(try folder.write("p\(i).html", "<html><head><title>T\(i)</title></head><body>\(filler)</body></html>"))
        }
        let shuffledNames = paths.reversed().map { $0 }
        let results = await Ingestor(concurrency: 4).ingest(InputResolver.sources(for: shuffledNames))
        let titles = results.compactMap { try? $0.get().headline }
        #expect(titles == (0..<40).reversed().map { "T\($0)" })
    }

    @Test func folderFilesAreFoundRecursivelySortedAndWithoutSymlinkLoops() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["z.html", "A.HTML", "m/b.htm", "m/a.html.gz", "m/n/c.xhtml", "x.txt", "y.html.bak", ".h/d.html"] {
            try folder.write(name, "x")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/m/n/loop", withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked.html", withDestinationPath: folder.path + "/z.html")
        let found = InputResolver.pageFiles(in: folder.path).map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(found == ["A.HTML", "linked.html", "m/a.html.gz", "m/b.htm", "m/n/c.xhtml", "z.html"])
    }

    @Test func httpContentTypeCharsetOutranksThePageDeclaration() throws {
        // "Mädchen" in windows-1252; the page claims windows-1256 (where 0xE4 is Arabic noon),
        // the HTTP header says iso-8859-1 (= windows-1252). The header wins without a contradiction.
        let bytes = Array("<html><head><meta charset=windows-1256><title>M".utf8) + [0xE4]
            + Array("dchen</title></head><body><p>x</p></body></html>".utf8)
        let parsed = try Ingestor().parse(RawPage(input: "u", url: "https://example.com/a", bytes: bytes,
                                                  contentType: "text/html; charset=ISO-8859-1"))
        #expect(parsed.encoding == .windows1252)
        #expect(parsed.encodingBasis == .httpHeader)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.document.textContent(of: parsed.document.elements(named: "title")[0]) == "Mädchen")
    }
}
