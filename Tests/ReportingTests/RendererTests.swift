import ClaimMatching
import CorroborateModel
import Foundation
@testable import Reporting
import Testing

@Suite("Renderers")
struct RendererTests {
    static let hostile = "He said \"<script>alert(1)</script>\" then <img src=x onerror=alert(2)> and \"><img src=x> | *bold* [link](javascript:x) & done"

    /// The port-fire story with page text, names, outlet, headline and ids made hostile.
    static var hostileReport: Report {
        var set = PortFireStory.claimSet
        set.claims[0].text = hostile
        set.sources[0].name = "an official <b onmouseover=alert(3)>"
        set.documents[3].article.outlet = "Bay \"Times\"><script>x()</script>"
        set.documents[3].article.headline = "<svg onload=alert(4)>"
        set.documents[4].article.published = "2026-03-01T18:00:00Z\"><script>"
        return StoryAnalyzer().analyze(set, groups: PortFireStory.groups)
    }

    @Test func htmlEscapesEverythingFromPages() {
        let html = HTMLReportRenderer().render(Self.hostileReport)
        for raw in ["<script", "<img", "<b onmouseover", "<svg onload", "\"><img", "onerror=alert(2)>", "Times\">"] {
            #expect(!html.contains(raw), "raw markup leaked: \(raw)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x&gt;"))
        #expect(html.contains("an official &lt;b onmouseover=alert(3)&gt;"))
        // Self-contained: no script element, no external reference.
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 3) // two SVG xmlns
        #expect(!html.contains("https://"))
        #expect(!html.lowercased().contains("<link"))
    }

    /// The escaper works on UTF-8 bytes: entities for the five markup characters, controls and bidi
    /// overrides dropped, every other character (Arabic, curly quotes, dashes, emoji) kept.
    @Test func escapingKeepsTextAndDropsControls() {
        #expect(HTMLEscaping.escape("plain text, no markup") == "plain text, no markup")
        #expect(HTMLEscaping.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLEscaping.escape("line\nnext\tcell\u{0}\u{1B}\u{7F}end") == "line next cellend")
        #expect(HTMLEscaping.escape("\u{202E}evil\u{202C} \u{2066}x\u{2069}") == "evil x")
        let kept = "“Quoted” — ‘single’ … €5 وقال «المسؤول» إن ٦٠٠٠ 🚢 \u{2065}\u{2029}\u{200F}"
        #expect(HTMLEscaping.escape(kept) == kept)
        #expect(HTMLEscaping.escape("« <script> »") == "« &lt;script&gt; »")
    }

    @Test func htmlMarksDirectionAndLanguage() {
        let html = HTMLReportRenderer().render(StoryAnalyzer().analyze(PortFireStory.claimSet, groups: PortFireStory.groups))
        #expect(html.contains("<td class=\"claim\" dir=\"auto\" lang=\"ar\">نقلت وكالة رويترز"))
        #expect(html.contains("<td class=\"claim\" dir=\"auto\" lang=\"en\">A port official"))
        #expect(html.contains("direction=\"rtl\""))          // Arabic labels in the SVG graph
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && html.contains("aria-label=\"Publication timeline\""))
    }

    @Test func verdictNamesTheOriginsAndRelays() {
        let set = PortFireStory.claimSet
        let groups = [ClaimGroupEvidence(claims: ["k1", "k4", "k6"]), ClaimGroupEvidence(claims: ["k2", "k5", "k7"])]
        var narrowed = set
        narrowed.claims = set.claims.filter { ["k1", "k2", "k4", "k5", "k6", "k7"].contains($0.id) }
        let md = MarkdownReportRenderer().render(StoryAnalyzer().analyze(narrowed, groups: groups))
        #expect(md.contains("**6 claims in 5 articles, 1 independent origin: a port official (anonymous), relayed by Reuters**"))
    }

    @Test func markdownEscapesTableBreakersAndMarkup() {
        let md = MarkdownReportRenderer().render(Self.hostileReport)
        let row = md.split(separator: "\n").first { $0.hasPrefix("| c1 |") }.map(String.init) ?? ""
        #expect(row.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(row.contains("\\| \\*bold\\* \\[link\\](javascript:x) \\& done"))
        // Exactly the five cell separators of the table survive unescaped.
        let separators = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
        #expect(separators == 6)
        #expect(!md.contains(" <img") && !md.contains("><img"))
    }

    @Test func jsonIsTheModelWithSortedKeys() throws {
        let report = StoryAnalyzer().analyze(PortFireStory.claimSet, groups: PortFireStory.groups)
        let json = JSONReportRenderer().render(report)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(json.contains("\"clusters\" : [") && json.hasSuffix("}\n"))
        let top = ["claims", "clusters", "documents", "reuse", "sources", "story"]
        let positions = top.map { json.range(of: "\n  \"\($0)\"")!.lowerBound }
        #expect(positions == positions.sorted())
    }
}
