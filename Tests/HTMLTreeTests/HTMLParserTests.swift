import Testing
@testable import HTMLTree

@Suite struct HTMLParserTests {
    @Test func buildsTreeWithAttributesAndText() throws {
        let html = Array("<html><head><title>T</title></head><body><div id=a class='x y'><p>Hello <b>big</b> world</p><script>var x=1</script></div></body></html>".utf8)
        let doc = try HTMLParser.parse(html)
        let ps = doc.elements(named: "p")
        #expect(ps.count == 1)
        #expect(doc.textContent(of: ps[0]) == "Hello big world")
        let div = try #require(doc.elements(named: "div").first)
        #expect(doc.attribute("id", of: div) == "a")
        #expect(doc.attribute("class", of: div) == "x y")
        #expect(doc.textContent(of: div) == "Hello big world")
        #expect(doc.closest("div", from: ps[0]) == div)
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: HTMLParseError.empty) { try HTMLParser.parse([]) }
    }

    @Test func oversizedInputIsAnError() {
        let bytes = [UInt8](repeating: 0x61, count: 2000)
        #expect(throws: HTMLParseError.tooLarge(bytes: 2000, limit: 1000)) {
            try HTMLParser.parse(bytes, limits: .init(maxBytes: 1000, maxDepth: 100))
        }
    }

    @Test func hundredThousandNestedDivsAreFlattenedNotCrashed() throws {
        let n = 100_000
        var s = "<html><body><p>before</p>"
        s += String(repeating: "<div>", count: n)
        s += "deep text"
        s += String(repeating: "</div>", count: n)
        s += "<p>after</p></body></html>"
        let doc = try HTMLParser.parse(Array(s.utf8))
        let body = try #require(doc.elements(named: "body").first)
        let text = doc.textContent(of: body)
        #expect(text.contains("before"))
        #expect(doc.warnings.contains { $0.contains("stopped early") || $0.contains("flattened") })
        #expect(doc.descendants(of: doc.root).allSatisfy { doc.depth($0) <= HTMLParser.Limits.default.maxDepth + 1 })
    }

    @Test func descendantsCanSkipSubtrees() throws {
        let doc = try HTMLParser.parse(Array("<div><nav><a>menu</a></nav><p>body</p></div>".utf8))
        var it = doc.descendants(of: doc.root)
        var texts: [String] = []
        while let n = it.next() {
            if doc.name(n) == "nav" { it.skipChildren(of: n) }
            if doc.kind(n) == .text { texts.append(doc.text(n)) }
        }
        #expect(texts == ["body"])
    }
}
