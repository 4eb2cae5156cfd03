import Archives
import CorroborateModel
import Foundation
import Testing
@testable import Ingest

/// Hostile and broken inputs through the full ingest path: each gives an article (with warnings)
/// or a failure naming the step and the reason; none crashes, hangs or stops the others.
@Suite struct AdversarialIngestTests {
    let ingestor = Ingestor()

    private func ingest(_ bytes: [UInt8], input: String = "page.html", limits: IngestLimits = .default) -> Result<Article, IngestFailure> {
        Ingestor(limits: limits).ingest(RawPage(input: input, bytes: bytes))
    }

    private func failure(_ result: Result<Article, IngestFailure>) -> IngestFailure? {
        if case let .failure(f) = result { return f }
        return nil
    }

    private func article(_ result: Result<Article, IngestFailure>) -> Article? {
        if case let .success(a) = result { return a }
        return nil
    }

    @Test func emptyInputIsAClearError() {
        let f = failure(ingest([]))
        #expect(f == IngestFailure(input: "page.html", step: .decode, error: .empty))
        #expect(f?.description == "page.html: decode: empty input")
    }

    @Test func randomBytesAreBinary() {
        var random = SeededBytes(seed: 42)
        let f = failure(ingest(random.next(100_000)))
        #expect(f?.step == .decode)
        #expect(f?.reason == "not an HTML page: binary data")
    }

    @Test func pngIsBinaryAndNamed() {
        var random = SeededBytes(seed: 7)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + random.next(2000)
        #expect(failure(ingest(png))?.reason == "not an HTML page: binary data (PNG image)")
    }

    @Test func truncatedHTMLKeepsWhatIsThere() throws {
        let page = "<html><head><title>Cut short</title></head><body><p>First paragraph is whole.</p><p>Second one stops mid-wo"
        let a = try #require(article(ingest(Array(page.utf8))))
        #expect(a.headline == "Cut short")
        #expect(a.paragraphs.map(\.text) == ["First paragraph is whole.", "Second one stops mid-wo"])
    }

    /// Documented choice: pages over the limit (default 32 MiB) are refused before decoding, so a
    /// 50 MB page costs nothing; lower limits work the same way.
    @Test func fiftyMegabytePageIsRefusedWithASizeError() {
        let paragraph = Array("<p>\(String(repeating: "word ", count: 200))</p>\n".utf8)
        var page = Array("<html><body>".utf8)
        page.reserveCapacity(50_000_100)
        while page.count < 50_000_000 { page += paragraph }
        let f = failure(ingest(page))
        #expect(f == IngestFailure(input: "page.html", step: .read, error: .tooLarge(limit: 32 << 20)))
        #expect(f?.reason == "page larger than the 32 MiB limit")
    }

    @Test func hundredThousandNestedDivsGiveAnArticleAndAWarning() throws {
        let depth = 100_000
        let page = "<html><head><title>Deep</title></head><body><p>Before the nest.</p>"
            + String(repeating: "<div>", count: depth) + "<p>Inside.</p>" + String(repeating: "</div>", count: depth)
            + "</body></html>"
        let a = try #require(article(ingest(Array(page.utf8))))
        #expect(a.headline == "Deep")
        #expect(a.paragraphs.first?.text == "Before the nest.")
        #expect(a.warnings.contains { $0.hasPrefix("parser stopped early") || $0.hasPrefix("nesting deeper than") },
                "warnings: \(a.warnings)")
    }

    /// Decoding, parsing and extraction warnings each appear once in the article (the parser's
    /// used to come twice: once from `Ingestor.parse`, once from `ArticleExtractor`).
    @Test func everyWarningAppearsOnce() throws {
        let paragraphs = ["قال مسؤول في وزارة الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.",
                          "وأضاف المتحدث أن الوفد سيضم خبراء في الطاقة والمياه والنقل من عدة دول عربية."]
        let nest = String(repeating: "<div>", count: 40) + "<p>عمق</p>" + String(repeating: "</div>", count: 40)
        let html = "<html><head><title>خبر</title></head><body>" + paragraphs.map { "<p>\($0)</p>" }.joined()
            + nest + "<p>تاريخ النشر: أمس</p></body></html>"
        let bytes = EncodingGuessTests.encode(html, as: .windows1256)
        let a = try #require(article(ingest(bytes, limits: IngestLimits(maxDepth: 16))))
        #expect(a.headline == "خبر")
        #expect(a.warnings.first == "encoding guessed: windows-1256")
        #expect(a.warnings.contains { $0.hasPrefix("nesting deeper than 16 elements flattened") }, "\(a.warnings)")
        #expect(Set(a.warnings).count == a.warnings.count, "repeated: \(a.warnings)")
    }

    @Test func lyingDeclarationLosesToValidUTF8() throws {
        let page = "<html><head><meta charset=\"windows-1256\"><title>قال المسؤول</title></head><body><p>نص عربي</p></body></html>"
        let a = try #require(article(ingest(Array(page.utf8))))
        #expect(a.headline == "قال المسؤول")
        #expect(a.warnings == ["declared charset windows-1256 contradicted by valid UTF-8; decoded as UTF-8"])
    }

    @Test func nulBytesBecomeReplacementCharactersAndTextAfterThemSurvives() throws {
        let page = Array("<html><head><title>Nul</title></head><body><p>before".utf8) + [0, 0]
            + Array("after</p><p>next paragraph</p></body></html>".utf8)
        let a = try #require(article(ingest(page)))
        #expect(a.paragraphs.map(\.text) == ["before\u{FFFD}\u{FFFD}after", "next paragraph"])
        #expect(a.warnings == ["2 NUL bytes replaced by U+FFFD"])
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let page = Array("<html><head><meta charset=utf-8><title>عنوان</title></head><body><p>نص ".utf8) + [0xC3, 0x28, 0xFF]
            + Array(" عربي صحيح هنا وهناك</p></body></html>".utf8)
        let a = try #require(article(ingest(page)))
        #expect(a.paragraphs.first?.text == "نص \u{FFFD}(\u{FFFD} عربي صحيح هنا وهناك")
        #expect(a.warnings == ["2 invalid UTF-8 sequences replaced by U+FFFD"])
    }

    @Test func gzipBombIsStoppedAtTheLimit() throws {
        let bomb = try Gzip.compress(Array("<html><body><p>".utf8) + [UInt8](repeating: 0x61, count: 8 << 20))
        #expect(bomb.count < 100_000)
        let f = failure(ingest(bomb, input: "bomb.html.gz", limits: IngestLimits(maxPageBytes: 1 << 20)))
        #expect(f == IngestFailure(input: "bomb.html.gz", step: .decompress, error: .tooLarge(limit: 1 << 20)))
        let odd = failure(ingest(bomb, input: "bomb.html.gz", limits: IngestLimits(maxPageBytes: 1_000_000)))
        #expect(odd?.description == "bomb.html.gz: decompress: page larger than the 1000000-byte limit")
    }

    @Test func corruptGzipIsADecompressError() throws {
        let gz = try Gzip.compress(Array(String(repeating: "<p>text</p>", count: 1000).utf8))
        let f = failure(ingest(Array(gz.prefix(gz.count / 2)), input: "cut.html.gz"))
        #expect(f?.step == .decompress)
        #expect(f?.reason == GzipError.truncated.description)
    }

    @Test func gzipPageIsReadByMagicNumber() throws {
        let gz = try Gzip.compress(Array("<html><head><title>Zipped</title></head><body><p>Hello.</p></body></html>".utf8))
        let a = try #require(article(ingest(gz, input: "page.html")))
        #expect(a.headline == "Zipped")
        #expect(a.paragraphs.map(\.text) == ["Hello."])
    }
}
