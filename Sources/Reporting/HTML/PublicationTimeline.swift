import ClaimMatching
import CorroborateModel

/// The publication timeline as an inline SVG: one row per article in time order, a dot at its
/// publication time, and an arrow for each reuse from the copied article to the copier
/// (red and dashed when uncredited). Articles without a time are listed under the chart.
struct PublicationTimeline {
    let digest: ReportDigest
    var maxRows = 60

    func svg() -> String {
        let timed = digest.report.documents.compactMap { d -> (Int, Document)? in
            d.article.published.flatMap(PublicationTime.seconds).map { ($0, d) }
        }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.prefix(maxRows)
        guard let first = timed.first, let last = timed.last else {
            return "<p class=\"note\">No article has a publication time.</p>"
        }
        let width = 960, left = 300, right = 40, rowH = 24, top = 30
        let height = top + timed.count * rowH + 30
        let span = max(1, last.0 - first.0)
        func x(_ t: Int) -> Int { left + (t - first.0) * (width - left - right) / span }
        var row: [String: (x: Int, y: Int)] = [:]
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Publication timeline\">"
        out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"#9f1239\"/></marker></defs>"
        out += "<line x1=\"\(left)\" y1=\"\(top - 8)\" x2=\"\(width - right)\" y2=\"\(top - 8)\" stroke=\"#9aa5b1\"/>"
        out += "<text x=\"\(left)\" y=\"16\">\(HTMLEscaping.escape(first.1.article.published ?? "", limit: 25))</text>"
        if timed.count > 1 {
            out += "<text x=\"\(width - right)\" y=\"16\" text-anchor=\"end\">\(HTMLEscaping.escape(last.1.article.published ?? "", limit: 25))</text>"
        }
        for (i, (t, d)) in timed.enumerated() {
            let y = top + i * rowH + 8
            row[d.id] = (x(t), y)
            let outlet = digest.outlet(d.id)
            let label = HTMLEscaping.escape(outlet, limit: 28) + " · " + HTMLEscaping.escape(d.id, limit: 12)
            out += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - right)\" y2=\"\(y)\" stroke=\"#eef1f4\"/>"
            out += "<text x=\"\(left - 10)\" y=\"\(y + 4)\" text-anchor=\"end\"><title>\(HTMLEscaping.escape(d.article.headline ?? d.id, limit: 200))</title>\(label)</text>"
            let first = d.id == digest.report.story.firstPublisher
            out += "<circle cx=\"\(x(t))\" cy=\"\(y)\" r=\"\(first ? 7 : 5)\" fill=\"\(first ? "#1f7a3f" : "#3b6ea5")\"><title>\(HTMLEscaping.escape(d.article.published ?? "", limit: 40))</title></circle>"
        }
        for r in digest.report.reuse {
            guard let a = row[r.from], let b = row[r.to] else { continue }
            let bend = max(a.x, b.x) + 30
            let style = r.credited ? "stroke=\"#6b7280\"" : "stroke=\"#9f1239\" stroke-dasharray=\"5 3\""
            out += "<path d=\"M\(a.x) \(a.y) C\(bend) \(a.y) \(bend) \(b.y) \(b.x + 6) \(b.y)\" fill=\"none\" \(style) stroke-width=\"1.5\" marker-end=\"url(#arrow)\"><title>\(Int((r.sharedText * 100).rounded()))% shared, \(r.credited ? "credited" : "uncredited")</title></path>"
        }
        return out + "</svg>"
    }
}
