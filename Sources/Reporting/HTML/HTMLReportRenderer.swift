import CorroborateModel

/// One self-contained HTML page: inline CSS and SVG, no script, no external request (a
/// Content-Security-Policy forbids both), readable offline. The verdict comes first; then the
/// origins, the attribution graph, the timeline, copying, conflicts, and a row per claim.
///
/// Every string from a page (text, names, URLs, ids) goes through `HTMLEscaping`; each text cell
/// carries `dir="auto"` and the article's `lang`, so Arabic reads right to left.
public struct HTMLReportRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: Report) -> String {
        let digest = ReportDigest(report)
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Corroborate report</title><style>\(HTMLStyles.css)</style></head><body><main>
        <h1>Corroborate report</h1>

        """
        let weak = digest.origins.count <= 1 || report.clusters.allSatisfy { !$0.findings.contains(.corroborated) }
        out += "<p class=\"verdict\(weak ? " weak" : "")\" dir=\"auto\">\(HTMLEscaping.escape(digest.verdict))</p>\n"
        out += facts(digest)
        out += origins(digest)
        out += "<h2>Attribution chains</h2>\n<p class=\"note\">Articles on the left, the outlets they cite in the middle, the origins on the right. Edge width grows with the number of claims.</p>\n"
        out += AttributionGraph(digest: digest).svg() + "\n"
        out += "<h2>Timeline</h2>\n<p class=\"note\">Green: first publisher. Red dashed arrows: uncredited copying, from the copied article to the copier.</p>\n"
        out += PublicationTimeline(digest: digest).svg() + "\n"
        out += reuse(digest) + conflicts(digest)
        out += "<h2>Claims</h2>\n" + HTMLClaimTable(digest: digest).html()
        return out + "</main></body></html>\n"
    }

    private func facts(_ d: ReportDigest) -> String {
        let story = d.report.story
        var items: [String] = []
        if !story.outlets.isEmpty {
            items.append("<b>Outlets:</b> " + story.outlets.map { "<bdi>\(HTMLEscaping.escape($0, limit: 60))</bdi>" }.joined(separator: ", "))
        }
        if let first = story.firstPublisher {
            let when = d.documents[first]?.article.published ?? ""
            items.append("<b>First published:</b> <bdi>\(HTMLEscaping.escape(d.outlet(first), limit: 60))</bdi> \(HTMLEscaping.escape(when))")
        }
        if let span = story.timeSpan {
            items.append("<b>Span:</b> \(HTMLEscaping.escape(span.start)) → \(HTMLEscaping.escape(span.end))")
        }
        if !story.noOwnSourcing.isEmpty {
            let names = story.noOwnSourcing.map { "<bdi>\(HTMLEscaping.escape(d.outlet($0), limit: 60))</bdi> (\(HTMLEscaping.escape($0)))" }
            items.append("<b>No sourcing of their own:</b> " + names.joined(separator: ", "))
        }
        guard !items.isEmpty else { return "" }
        return "<ul class=\"facts\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
    }

    private func origins(_ d: ReportDigest) -> String {
        guard !d.origins.isEmpty else { return "" }
        var out = "<div class=\"origins\">"
        for o in d.origins.prefix(12) {
            out += "<div class=\"origin\"><div class=\"n\">\(o.claimCount)</div><div dir=\"auto\"><b>\(HTMLEscaping.escape(o.name, limit: 120))</b></div>"
            out += "<div class=\"note\">\(HTMLEscaping.escape(o.kind.rawValue))"
            if !o.relays.isEmpty {
                out += " · relayed by " + o.relays.prefix(4).map { "<bdi>\(HTMLEscaping.escape($0, limit: 40))</bdi>" }.joined(separator: ", ")
            }
            out += "</div></div>"
        }
        if d.origins.count > 12 { out += "<div class=\"origin note\">and \(d.origins.count - 12) more origins</div>" }
        return out + "</div>\n"
    }

    private func reuse(_ d: ReportDigest) -> String {
        guard !d.report.reuse.isEmpty else { return "<h2>Copying</h2>\n<p class=\"note\">No shared text between articles.</p>\n" }
        var out = "<h2>Copying</h2>\n<table><thead><tr><th>Copier (later)</th><th>Copied from (earlier)</th><th>Shared text</th><th>Credit</th></tr></thead><tbody>"
        for r in d.report.reuse {
            out += "<tr><td dir=\"auto\">\(HTMLEscaping.escape(d.outlet(r.to), limit: 60)) · \(HTMLEscaping.escape(r.to))</td>"
            out += "<td dir=\"auto\">\(HTMLEscaping.escape(d.outlet(r.from), limit: 60)) · \(HTMLEscaping.escape(r.from))</td>"
            out += "<td>\(Int((r.sharedText * 100).rounded()))%</td>"
            out += "<td><span class=\"badge \(r.credited ? "b-credited\">credited" : "b-uncredited\">uncredited")</span></td></tr>"
        }
        return out + "</tbody></table>\n"
    }

    private func conflicts(_ d: ReportDigest) -> String {
        let all = d.report.clusters.flatMap { c in c.conflicts.map { (c.id, $0) } }
        guard !all.isEmpty else { return "" }
        var out = "<h2>Conflicts</h2>\n<table><thead><tr><th>Group</th><th>Kind</th><th>Why</th><th>Claims</th></tr></thead><tbody>"
        for (id, conflict) in all {
            let texts = conflict.claims.prefix(4).compactMap { d.claims[$0] }.map {
                "<div dir=\"auto\"\(HTMLEscaping.langAttribute(d.language($0.document)))>\(HTMLEscaping.escape($0.text, limit: 200))</div>"
            }.joined()
            out += "<tr><td class=\"gid\">\(HTMLEscaping.escape(id))</td><td><span class=\"badge b-contested\">\(conflict.kind.rawValue)</span></td>"
            out += "<td dir=\"auto\">\(HTMLEscaping.escape(conflict.reason, limit: 200))</td><td>\(texts)</td></tr>"
        }
        return out + "</tbody></table>\n"
    }
}
