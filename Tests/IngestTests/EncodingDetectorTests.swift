import Foundation
import HTMLTree
import Testing
@testable import Ingest

@Suite struct EncodingDetectorTests {
    static func decode(_ bytes: [UInt8], contentType: String? = nil) throws -> DecodedPage {
        try EncodingDetector.decode(bytes, contentType: contentType)
    }

    static func text(_ page: DecodedPage) -> String { String(decoding: page.utf8, as: UTF8.self) }

    @Test(arguments: [
        ("cp1256", TextEncoding.windows1256), ("X-CP1256", .windows1256), (" windows-1256 ", .windows1256),
        ("arabic", .iso8859_6), ("asmo-708", .iso8859_6), ("csiso88596e", .iso8859_6), ("csiso88596i", .iso8859_6),
        ("csisolatinarabic", .iso8859_6), ("ecma-114", .iso8859_6), ("iso-8859-6-e", .iso8859_6),
        ("iso-8859-6-i", .iso8859_6), ("iso-ir-127", .iso8859_6), ("iso_8859-6:1987", .iso8859_6),
        ("utf8", .utf8), ("UTF-8", .utf8), ("unicode-1-1-utf-8", .utf8),
        ("latin1", .windows1252), ("iso-8859-1", .windows1252), ("us-ascii", .windows1252), ("cp1252", .windows1252),
        ("utf-16", .utf16LE), ("utf-16be", .utf16BE),
    ])
    func whatwgLabels(label: String, encoding: TextEncoding) {
        #expect(TextEncoding(label: label) == encoding)
    }

    @Test(arguments: ["windows1256", "ms-arab", "iso-8859-9", "koi8-r", ""])
    func labelsOutsideTheTableAreUnknown(label: String) {
        #expect(TextEncoding(label: label) == nil)
    }

    @Test(arguments: [
        ("<meta charset=\"windows-1256\">", "windows-1256"),
        ("<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=Windows-1256'>", "Windows-1256"),
        ("<meta content=\"text/html; charset=cp1256\" http-equiv=\"content-type\">", "cp1256"),
        ("<meta http-equiv=Content-Type content=text/html;charset=x-cp1256>", "x-cp1256"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset='arabic'\">", "arabic"),
        ("<meta data-react-helmet=\"true\" charSet=\"utf-8\" />", "utf-8"),
        ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><html>", "windows-1256"),
        ("<!-- <meta charset=\"utf-8\"> --><meta charset=\"windows-1256\">", "windows-1256"),
        ("<script>var s=\"<meta charset=utf-8>\";</script><meta charset=\"windows-1256\">", "windows-1256"),
        ("<title>a <meta charset=utf-8> b</title><meta charset=\"iso-8859-6\">", "iso-8859-6"),
        ("<meta charset=\"bogus\"><meta charset=\"utf-8\">", "utf-8"),
        ("<meta name=\"x\" content=\"charset=utf-8\"><meta charset=\"cp1256\">", "cp1256"),
        ("<div title=\"a>b\"><meta charset=\"latin1\">", "latin1"),
    ])
    func prescanFindsTheFirstKnownDeclaration(html: String, label: String) {
        let found = CharsetPrescan.declarations(in: Array(("<html><head>" + String(repeating: " ", count: 2000) + html).utf8),
                                                firstKnown: true)
        #expect(found.last?.label == label)
    }

    @Test func prescanIgnoresPagesWithoutDeclarations() {
        for html in ["", "<", "<meta", "<meta charset=", "<!--", "<script>", "<p>charset=utf-8</p>", "<meta http-equiv=refresh content=\"0;charset=utf-8\">"] {
            #expect(CharsetPrescan.declarations(in: Array(html.utf8), firstKnown: true).isEmpty, "\(html)")
        }
    }

    @Test func contentTypeCharsetParameter() {
        #expect(CharsetPrescan.charsetParameter(in: "text/html; charset=UTF-8") == "UTF-8")
        #expect(CharsetPrescan.charsetParameter(in: "text/html;charset = \"windows-1256\"; q=1") == "windows-1256")
        #expect(CharsetPrescan.charsetParameter(in: "text/html") == nil)
        #expect(CharsetPrescan.charsetParameter(in: "text/html; charset=\"unterminated") == nil)
    }

    @Test func utf16BigEndianWithBOM() throws {
        let text = "<html><head><meta charset=utf-16><title>قال</title></head></html>"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let page = try Self.decode(bytes)
        #expect(page.encoding == .utf16BE)
        #expect(page.basis == .byteOrderMark)
        #expect(Self.text(page) == text)
    }

    @Test func utf16WithoutBOMIsRecognisedByItsZeroBytes() throws {
        let text = "<html><head><title>قال المسؤول</title></head><body><p>نص</p></body></html>"
        let bytes: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let page = try Self.decode(bytes)
        #expect(page.encoding == .utf16LE)
        #expect(Self.text(page) == text)
        #expect(page.warnings == ["encoding guessed: utf-16le (no byte order mark)"])
    }

    @Test func byteOrderMarkOverridesADeclaration() throws {
        let page = try Self.decode([0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1256><p>نص".utf8))
        #expect(page.encoding == .utf8)
        #expect(page.warnings == ["declared charset windows-1256 overridden by the utf-8 byte order mark"])
        #expect(Self.text(page) == "<meta charset=windows-1256><p>نص")
    }

    @Test func asciiPagesAreUTF8WithoutWarnings() throws {
        let page = try Self.decode(Array("<meta charset=windows-1256><p>&#1602;&#1575;&#1604;</p>".utf8))
        #expect(page.encoding == .utf8)
        #expect(page.warnings.isEmpty)
    }

    @Test func singleByteTablesRoundTrip() {
        // Every mapped byte decodes to one scalar, and distinct bytes to distinct scalars.
        for encoding in [TextEncoding.windows1256, .iso8859_6, .windows1252] {
            let mapped: [UInt16] = encoding.highTable!.filter { $0 != 0xFFFD }
            #expect(Set(mapped).count == mapped.count, "\(encoding)")
        }
        let qaf: UInt16 = 0x0642, euro: UInt16 = 0x20AC
        #expect(SingleByteTables.windows1256[0x5E] == qaf)  // byte 0xDE
        #expect(SingleByteTables.iso8859_6[0x62] == qaf)    // byte 0xE2
        #expect(SingleByteTables.windows1252[0] == euro)    // byte 0x80
        let unmapped: Int = SingleByteTables.iso8859_6.filter { $0 == 0xFFFD }.count
        #expect(unmapped == 45)
    }

    /// libxml2 2.9.14 (and later) keeps an explicitly given encoding when the page's own `<meta>`
    /// names another, so the UTF-8 we hand it is never re-decoded. This guards that assumption
    /// (if a libxml2 upgrade broke it, the declaration would have to be rewritten before parsing).
    @Test func libxml2KeepsTheExplicitEncodingDespiteAContradictingMeta() throws {
        for meta in ["<meta charset=\"windows-1256\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
                     "<meta charset=\"utf-16\">"] {
            let html = "<html><head>\(meta)<title>قال المسؤول</title></head><body><p>«ستة آلاف»</p></body></html>"
            let document = try HTMLParser.parse(Array(html.utf8), encoding: "UTF-8")
            #expect(document.textContent(of: document.elements(named: "title")[0]) == "قال المسؤول", "\(meta)")
            #expect(document.textContent(of: document.elements(named: "p")[0]) == "«ستة آلاف»", "\(meta)")
        }
    }
}
