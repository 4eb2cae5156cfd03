import Archives
import Foundation
import Testing
import TestSupport
@testable import Ingest

/// Double-encoded pages (UTF-8 once read as a legacy code page, then saved as UTF-8) are repaired;
/// real UTF-8 pages are never touched.
@Suite struct MojibakeRepairTests {
    /// What a CMS produces when it reads `text`'s UTF-8 bytes as `encoding` and saves the result as UTF-8.
    static func doubleEncode(_ text: String, readAs encoding: TextEncoding) -> String {
        let out = Transcoder.decode(Array(text.utf8)[...], from: encoding)
        return String(decoding: out.utf8, as: UTF8.self)
    }

    @Test(.enabled(if: SharedData.available), arguments: [TextEncoding.windows1256, .windows1252])
    func arabicMojibakeIsRepaired(readAs encoding: TextEncoding) throws {
        let lines = EncodingGuessTests.seedLines
        let html = EncodingGuessTests.page(paragraphs: lines, head: "<meta charset=\"utf-8\">")
        let mojibake = Self.doubleEncode(html, readAs: encoding)
        #expect(mojibake.contains(encoding == .windows1256 ? "ط§ظ„" : "Ø§Ù„"))
        let parsed = try Ingestor().parse(RawPage(input: "seed", bytes: Array(mojibake.utf8)))
        #expect(EncodingGuessTests.paragraphs(of: parsed) == lines)
        #expect(parsed.warnings == ["double-encoded text repaired: UTF-8 that had been read as \(encoding)"])
    }

    @Test(.enabled(if: SharedData.available))
    func latinMojibakeIsRepaired() throws {
        for (id, paragraphs) in EncodingGuessTests.latinBodies {
            let accents = paragraphs.joined().unicodeScalars.filter { $0.value >= 0xC0 && $0.value <= 0xFF }.count
            guard accents >= MojibakeRepair.minimumSequences else { continue }
            let mojibake = Self.doubleEncode(EncodingGuessTests.page(paragraphs: paragraphs), readAs: .windows1252)
            let parsed = try Ingestor().parse(RawPage(input: id, bytes: Array(mojibake.utf8)))
            #expect(EncodingGuessTests.collapsedParagraphs(of: parsed) == paragraphs, "\(id)")
            #expect(parsed.warnings == ["double-encoded text repaired: UTF-8 that had been read as windows-1252"], "\(id)")
        }
    }

    /// All 131 real pages of the extraction benchmark are UTF-8; none may be "repaired".
    @Test(.enabled(if: SharedData.available))
    func realUTF8PagesAreLeftAlone() throws {
        let folder = SharedData.url("benchmarks/extraction/html")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }.sorted()
        #expect(names.count >= 100)
        for name in names {
            let gz = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let decoded = try EncodingDetector.decode(try Gzip.decompress(gz))
            #expect(decoded.encoding == .utf8, "\(name)")
            #expect(!decoded.warnings.contains { $0.hasPrefix("double-encoded") }, "\(name): \(decoded.warnings)")
        }
    }

    @Test func arabicWithManyTahAndZahIsNotMojibake() throws {
        // ط and ظ are lead characters of windows-1256 mojibake; real words full of them must stay.
        let text = String(repeating: "ظهر الطالب في ظل الطقس وظن أن الطريق طويل ", count: 20)
        let page = try EncodingDetector.decode(Array("<p>\(text)</p>".utf8))
        #expect(page.warnings.isEmpty)
        #expect(String(decoding: page.utf8, as: UTF8.self) == "<p>\(text)</p>")
    }
}
