import Archives
import Foundation
import Testing
import TestSupport
@testable import HTMLTree

/// The SAX tree builder must give exactly the tree libxml2's own DOM gives (`DOMReference`):
/// same nodes in the same order, same merged text, same implied elements and attributes.
@Suite struct SAXEquivalenceTests {
    /// Constructs where libxml2's recovery or its DOM builder does something of its own.
    static let edgeCases: [String] = [
        "<html><head><title>T</title></head><body><p>a &amp; b &lt;c&gt; &copy; &#1575;&#x628; &bogus; end</p></body></html>",
        "just text, no tags at all",
        "<p>implied html and body",
        "   <!-- leading comment --> <!DOCTYPE html><html><!--in html--><body>x<!--c-->y</body></html><!--after-->",
        "<?xml version=\"1.0\"?><html><body>a<?php echo 1; ?>b</body></html>",
        "<html><body><script>var a = '<p>not a tag</p>'; if (a < b) {}</script><style>p { color: red }</style>t</body></html>",
        "<script>top-level script</script><p>then text</p>",
        "<body><p>one<p>two<div>three</p>four</div><li>five<li>six</body>",
        "<table><tr><td>a<td>b<tr><td>c</table><table><td>implied rows</td></table>",
        "<form><input disabled name=x><select multiple><option selected>o</select><input checked=checked></form>",
        "<div a=1 A=2 b=\"x\" b='y' c d=''>duplicate and empty attributes</div>",
        "<html lang=en><body><html lang=fr><body class=late><head><title>misplaced</title></head>text</body></html>",
        "<p>before</html> after html <b>bold</b></p>",
        "<html><body>a</body></html><p>b</p></html><div>c</div>",
        "<!--first--><p>a</html><p>b",
        "<?pi first?><p>a</html><p>b",
        "<!DOCTYPE html><p>a</html><p>b",
        "<p>a</html><!DOCTYPE html><p>b</html><p>c",
        "<div>unclosed <span>inline <b>bold <i>italic</div> after",
        "<ul><li>a</ul></li></ul></div></span>stray ends<p>x</p>",
        "<head> <meta charset=utf-8> <title> spaced </title> </head> <body> <div> <p> ws </p> </div> </body>",
        "<pre>\n  keep\n\tspaces\n</pre><textarea>  t <b>not bold</b></textarea>",
        "<p>br<br>line<br/>line<hr>rule</p><img src=a.png alt=\"x\"><p>done",
        "<svg><g><text>vector</text></g></svg><math><mi>x</mi></math><noscript><p>ns</p></noscript>",
        "<p>\u{0}nul\u{0}bytes</p>",
        "<p>bad utf8 \u{FFFD} and long words \(String(repeating: "x", count: 3000)) end</p>",
        "<a href='/x'>link<a href='/y'>nested link</a></a><center><font size=2>old</font></center>",
        "<title>a<b>c</title><frameset><frame src=x></frameset>",
        "<!-- unterminated comment <p>x</p>",
        "<p>text <![CDATA[ cdata? ]]> more</p>",
        "<p>a<![if !vml]><img src=x><![endif]>b wo<![if !supportLists]>rd<![endif]> <![CDATA[ c ]]> &lt;![endif]&gt;</p>",
        "<div>" + String(repeating: "<div>", count: 200) + "deep" + String(repeating: "</div>", count: 200) + "</div>",
    ]

    @Test(arguments: edgeCases)
    func edgeCaseMatchesLibxml2DOM(_ html: String) throws {
        try expectSameTree(Array(html.utf8), label: String(html.prefix(60)))
    }

    static let pad = "<!-- padding so that the page is long enough to take bodies out -->"
    /// Script and style bodies are taken out before libxml2 and put back: ends, case, controls.
    static let rawTextCases: [String] = [
        "<html><head><script>var s = '<p>x</p>' + \"</b>\";</script><style>p{}</style></head><body>t</body></html>",
        "<SCRIPT type=\"text/javascript\">upper</SCRIPT ><Style media='x>y'>a{}</STYLE\n>",
        "<script>a</scriptx>b</script>after",
        "<script></div>x</script><script><p>y</script><script/>z<p>w</p>",
        "<script>ctl\u{1}\u{8} nonchar \u{FFFE}\u{FFFF} tab\tcr\r\nend</script>",
        "<!-- <script>in comment</script> --><script>real</script><div title='<script>'>t</div><script>z</script>",
        "<script src=a/>x</script><script>unterminated",
        "<p>text<script type=\"application/ld+json\">{\"articleBody\": \"<b>x</b>\"}</script>more</p>",
    ].map { pad + $0 }

    @Test(arguments: rawTextCases)
    func rawTextCaseMatchesLibxml2DOM(_ html: String) throws {
        try expectSameTree(Array(html.utf8), label: String(html.dropFirst(Self.pad.count).prefix(60)))
    }

    /// A body libxml2 does not claim where it was taken out makes that parse give up (the caller
    /// then parses the page as it is).
    @Test func unclaimedBodyGivesUpTheElidedParse() throws {
        let page = Array((Self.pad + "<p>a</p><script>b</script>").utf8)
        let gaveUp = page.withUnsafeBufferPointer { original in
            let wrong = [RawTextElider.Body(tagEnd: 5, range: 0..<1)]
            let document = try? HTMLParser.run(original, original: original, bodies: wrong, encoding: "UTF-8", url: nil,
                                               maxDepth: 512, stopDepth: 2048)
            return document == nil
        }
        #expect(gaveUp)
        let document = try HTMLParser.parse(page)
        #expect(document.textContent(of: document.root) == "a")
        #expect(document.elements(named: "script").map { document.text(document.firstChild($0)!) } == ["b"])
    }

    @Test func scriptBodiesAreTakenOutOnRealPages() throws {
        let corpora = SharedData.repo("Corpora")
        let files = FileManager.default.enumerator(at: corpora, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "html" } ?? []
        var elided = 0
        var utf8 = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            // Ingest converts windows-1256 and other legacy pages to UTF-8 before parsing; the
            // raw bytes of those pages cannot take the UTF-8 fast path here.
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            utf8 += 1
            guard let fast = HTMLParser.elidedParse(bytes) else { continue }
            elided += 1
            let dom = try #require(DOMReference.parse(bytes))
            #expect(differences(fast, dom).isEmpty, "\(file.lastPathComponent)")
        }
        #expect(elided * 10 >= utf8 * 8, "only \(elided) of \(utf8) UTF-8 pages took the fast path")
    }

    @Test func windows1256InputMatchesLibxml2DOM() throws {
        // "قال" in windows-1256, with the encoding passed explicitly as Ingest does.
        let bytes = Array("<html><body><p>".utf8) + [0xE3, 0xC7, 0xE1] + Array("</p></body></html>".utf8)
        let sax = try HTMLParser.parse(bytes, encoding: "windows-1256")
        let dom = try #require(DOMReference.parse(bytes, encoding: "windows-1256"))
        #expect(differences(sax, dom).isEmpty)
        #expect(sax.textContent(of: sax.root) == "\u{645}\u{627}\u{644}")
    }

    @Test func corporaPagesMatchLibxml2DOM() throws {
        let corpora = SharedData.repo("Corpora")
        let files = FileManager.default.enumerator(at: corpora, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "html" } ?? []
        #expect(files.count >= 10)
        for file in files {
            try expectSameTree([UInt8](Data(contentsOf: file)), label: file.lastPathComponent)
        }
    }

    @Test(.enabled(if: SharedData.available))
    func extractionBenchmarkPagesMatchLibxml2DOM() throws {
        let folder = SharedData.url("benchmarks/extraction/html")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".html.gz") }
        #expect(files.count > 100)
        var elided = 0
        for file in files {
            let bytes = try Gzip.decompress([UInt8](Data(contentsOf: file)))
            try expectSameTree(bytes, label: file.lastPathComponent)
            if let fast = HTMLParser.elidedParse(bytes) {
                elided += 1
                let dom = try #require(DOMReference.parse(bytes))
                #expect(differences(fast, dom).isEmpty, "\(file.lastPathComponent) (script bodies taken out)")
            }
        }
        #expect(elided * 10 >= files.count * 9, "only \(elided) of \(files.count) pages took the fast path")
    }

    private func expectSameTree(_ bytes: [UInt8], label: String) throws {
        let sax = try HTMLParser.parse(bytes)
        let dom = try #require(DOMReference.parse(bytes), "libxml2 built no DOM for \(label)")
        let diff = differences(sax, dom)
        #expect(diff.isEmpty, "\(label): \(diff.prefix(3).joined(separator: "; "))")
    }

    /// The first few nodes where the trees part (empty when they are identical).
    private func differences(_ a: HTMLDocument, _ b: HTMLDocument) -> [String] {
        var out: [String] = []
        if a.nodeCount != b.nodeCount { out.append("node count \(a.nodeCount) vs \(b.nodeCount)") }
        if a.warnings != b.warnings { out.append("warnings \(a.warnings) vs \(b.warnings)") }
        for n in 0..<min(a.nodeCount, b.nodeCount) where out.count < 5 {
            let same = a.kind(n) == b.kind(n) && a.parent(n) == b.parent(n) && a.depth(n) == b.depth(n)
                && a.firstChild(n) == b.firstChild(n) && a.nextSibling(n) == b.nextSibling(n)
                && a.name(n) == b.name(n) && a.text(n) == b.text(n) && Array(a.attributes(n)) == Array(b.attributes(n))
            if !same {
                out.append("node \(n): \(a.kind(n)) <\(a.name(n))> \(a.text(n).prefix(40).debugDescription) \(Array(a.attributes(n))) "
                    + "vs \(b.kind(n)) <\(b.name(n))> \(b.text(n).prefix(40).debugDescription) \(Array(b.attributes(n)))")
            }
        }
        return out
    }
}
