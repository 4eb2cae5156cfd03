import Foundation
import HTMLTree
import Testing
import TestSupport
@testable import Ingest

/// Every page in `../shared/benchmarks/encoding/` (top level, `labels/`, `more/`) must decode,
/// through the full ingest path (bytes → encoding decision → UTF-8 → libxml2), to the title and
/// body its `expected.json` gives.
///
/// `expected.json` is one file at the top, keyed by path relative to it. Its "title" is the
/// `<title>` text and its "body" the text of the page's `<p>` elements, whitespace-collapsed, with
/// invisible characters left out: the bidi marks of case 25 (U+200E/U+200F, written by the page as
/// windows-1256 bytes 0xFD/0xFE) and the U+FFFD that case 22's stray 0xFF byte becomes. The test
/// compares modulo exactly those and checks the warnings separately.
@Suite struct EncodingFixtureTests {
    struct Expected: Decodable {
        var title: String
        var body: String
    }

    static let folder = SharedData.url("benchmarks/encoding")

    @Test(.enabled(if: SharedData.available))
    func everyFixtureDecodesToItsExpectedTitleAndBody() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("expected.json"))
        let expected = try JSONDecoder().decode([String: Expected].self, from: data)
        #expect(expected.count >= 53)
        var failures: [String] = []
        for name in expected.keys.sorted() {
            let want = expected[name]!
            let path = Self.folder.appendingPathComponent(name).path
            let page = RawPage(input: name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            do {
                let parsed = try Ingestor().parse(page)
                let title = Self.visible(parsed.document.elements(named: "title").first.map { parsed.document.textContent(of: $0) } ?? "")
                let body = Self.visible(parsed.document.elements(named: "p").map { parsed.document.textContent(of: $0) }.joined(separator: " "))
                if title != want.title { failures.append("\(name): title \(title.debugDescription) (\(parsed.encoding)), expected \(want.title.debugDescription)") }
                if body != want.body { failures.append("\(name): body \(body.debugDescription) (\(parsed.encoding)), expected \(want.body.debugDescription)") }
            } catch {
                failures.append("\(name): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) fixture(s) wrong:\n\(failures.joined(separator: "\n"))")
    }

    /// How each kind of trap was decided, and what the article will say about it.
    @Test(.enabled(if: SharedData.available), arguments: [
        ("01_cp1256_meta_charset.html", TextEncoding.windows1256, DecodedPage.Basis.declaration, [String]()),
        ("03_cp1256_no_meta.html", .windows1256, .guess, ["encoding guessed: windows-1256"]),
        ("04_iso88596_meta_charset.html", .iso8859_6, .declaration, []),
        ("07_utf8_no_meta.html", .utf8, .utf8Validity, []),
        ("08_utf8_declared_cp1256.html", .utf8, .utf8Validity,
         ["declared charset windows-1256 contradicted by valid UTF-8; decoded as UTF-8"]),
        ("09_cp1256_declared_utf8.html", .windows1256, .guess,
         ["declared charset utf-8 contradicted by invalid UTF-8; decoded as windows-1256 (guessed)"]),
        ("10_cp1256_declared_iso88596.html", .windows1256, .guess,
         ["declared charset iso-8859-6 contradicted by the bytes; decoded as windows-1256 (guessed)"]),
        ("12_utf8bom_declared_cp1256.html", .utf8, .byteOrderMark,
         ["declared charset windows-1256 overridden by the utf-8 byte order mark"]),
        ("18_cp1256_meta_late_1500B.html", .windows1256, .declaration, []),
        ("20_cp1256_xml_decl.html", .windows1256, .declaration, []),
        ("21_utf16le_bom.html", .utf16LE, .byteOrderMark, []),
        ("22_utf8_invalid_byte_mid.html", .utf8, .declaration, ["1 invalid UTF-8 sequences replaced by U+FFFD"]),
        ("labels/win_ms-arab.html", .windows1256, .guess,
         ["unknown charset label \"ms-arab\" ignored", "encoding guessed: windows-1256"]),
        ("more/m4_script_string_then_meta.html", .windows1256, .declaration, []),
    ])
    func decisionAndWarnings(name: String, encoding: TextEncoding, basis: DecodedPage.Basis, warnings: [String]) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let parsed = try Ingestor().parse(RawPage(input: name, bytes: bytes))
        #expect(parsed.encoding == encoding)
        #expect(parsed.encodingBasis == basis)
        #expect(parsed.warnings == warnings)
    }

    /// Whitespace-collapsed text without U+FFFD and bidi controls.
    static func visible(_ text: String) -> String {
        let invisible: Set<Unicode.Scalar> = ["\u{FFFD}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{FEFF}",
                                               "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                               "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !invisible.contains($0) })
        return String(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
