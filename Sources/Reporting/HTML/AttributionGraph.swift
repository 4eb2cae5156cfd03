import ClaimMatching
import CorroborateModel

/// The attribution chains as an inline SVG graph: articles → intermediaries → origins, one edge
/// per hop weighted by the number of claims that travel it.
struct AttributionGraph {
    let digest: ReportDigest
    /// Most article nodes drawn; the rest are summarised in a note.
    var maxArticles = 40

    private struct Node { var label: String; var column: Int; var weight: Int; var title: String }

    func svg() -> String {
        var nodes: [String: Node] = [:]
        var edges: [Pair: Int] = [:]
        // Claim → the origin it traces back to: through the story's merged sources when known,
        // else the cluster's only origin, else the claim's own source.
        var originOfSource: [String: String] = [:]
        for o in digest.report.story.origins ?? [] {
            for s in o.sources where originOfSource[s] == nil { originOfSource[s] = o.source }
        }
        var rootOf: [String: String] = [:]
        for cluster in digest.report.clusters {
            for id in cluster.claims {
                guard let c = digest.claims[id] else { continue }
                rootOf[id] = originOfSource[c.source] ?? (cluster.rootSources.count == 1 ? cluster.rootSources[0] : c.source)
            }
        }
        var articleWeight: [String: Int] = [:]
        for c in digest.report.claims { articleWeight[c.document, default: 0] += 1 }
        let shownArticles = Set(digest.report.documents.map(\.id)
            .sorted { (articleWeight[$0] ?? 0, $1) > (articleWeight[$1] ?? 0, $0) }.prefix(maxArticles))
        for c in digest.report.claims where shownArticles.contains(c.document) {
            var path = ["a:" + c.document]
            nodes[path[0], default: Node(label: digest.outlet(c.document), column: 0, weight: 0,
                                         title: digest.documents[c.document]?.article.headline ?? c.document)].weight += 1
            for v in c.via {
                let s = digest.sources[v]
                let key = "v:" + (s.map { $0.kind == .outlet ? EntityKey.outlet($0.name) : EntityKey.named($0.name) } ?? v)
                nodes[key, default: Node(label: s?.name ?? v, column: 1, weight: 0, title: s?.name ?? v)].weight += 1
                if let name = s?.name, ReportDigest.isLatin(name), !ReportDigest.isLatin(nodes[key]!.label) {
                    nodes[key]!.label = name
                }
                path.append(key)
            }
            let root = rootOf[c.id] ?? c.source
            let originKey = "o:" + root
            let name = digest.sources[root]?.name ?? root
            nodes[originKey, default: Node(label: name, column: 2, weight: 0, title: name)].weight += 1
            path.append(originKey)
            for (x, y) in zip(path, path.dropFirst()) where x != y { edges[Pair(x, y), default: 0] += 1 }
        }
        return draw(nodes: nodes, edges: edges, hidden: digest.report.documents.count - shownArticles.count)
    }

    private func draw(nodes: [String: Node], edges: [Pair: Int], hidden: Int) -> String {
        let width = 960, boxW = 250, rowH = 30, top = 40
        let columnX = [16, 355, 694]
        var position: [String: (x: Int, y: Int)] = [:]
        var rows = 0
        for column in 0..<3 {
            let keys = nodes.filter { $0.value.column == column }
                .sorted { ($1.value.weight, $0.key) < ($0.value.weight, $1.key) }.map(\.key)
            for (i, key) in keys.enumerated() { position[key] = (columnX[column], top + i * rowH) }
            rows = max(rows, keys.count)
        }
        let height = top + max(1, rows) * rowH + (hidden > 0 ? 24 : 8)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Attribution graph\">"
        for (i, title) in ["Articles", "Intermediaries", "Origins"].enumerated() {
            out += "<text x=\"\(columnX[i])\" y=\"22\" font-weight=\"700\">\(title)</text>"
        }
        for (pair, n) in edges.sorted(by: { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }) {
            guard let p = position[pair.a], let q = position[pair.b] else { continue }
            let x1 = p.x + boxW, y1 = p.y + 11, x2 = q.x, y2 = q.y + 11
            let stroke = 1 + Int(Double(n).squareRoot().rounded())
            let d = q.x > p.x
                ? "M\(x1) \(y1) C\((x1 + x2) / 2) \(y1) \((x1 + x2) / 2) \(y2) \(x2) \(y2)"
                : "M\(x1) \(y1) C\(x1 + 60) \(y1) \(x1 + 60) \(y2) \(x1) \(y2)"   // intermediary → intermediary
            out += "<path d=\"\(d)\" fill=\"none\" stroke=\"#8aa4c0\" stroke-opacity=\"0.7\" stroke-width=\"\(min(stroke, 12))\"><title>\(n) claim\(n == 1 ? "" : "s")</title></path>"
        }
        for (key, node) in nodes.sorted(by: { $0.key < $1.key }) {
            guard let p = position[key] else { continue }
            let fill = ["#e8f0fb", "#fdf3e1", "#f6e7ea"][node.column]
            out += "<g><title>\(HTMLEscaping.escape(node.title, limit: 200))</title>"
            out += "<rect x=\"\(p.x)\" y=\"\(p.y)\" width=\"\(boxW)\" height=\"22\" rx=\"5\" fill=\"\(fill)\" stroke=\"#9aa5b1\"/>"
            let label = HTMLEscaping.escape(node.label, limit: 30) + " (\(node.weight))"
            if ReportDigest.isRightToLeft(node.label) {
                out += "<text x=\"\(p.x + boxW - 8)\" y=\"\(p.y + 15)\" direction=\"rtl\">\(label)</text></g>"
            } else {
                out += "<text x=\"\(p.x + 8)\" y=\"\(p.y + 15)\">\(label)</text></g>"
            }
        }
        if hidden > 0 {
            out += "<text x=\"16\" y=\"\(height - 8)\" class=\"note\">\(hidden) more articles not drawn</text>"
        }
        return out + "</svg>"
    }

    private struct Pair: Hashable {
        var a: String
        var b: String
        init(_ a: String, _ b: String) { self.a = a; self.b = b }
    }
}
