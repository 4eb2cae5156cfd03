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
