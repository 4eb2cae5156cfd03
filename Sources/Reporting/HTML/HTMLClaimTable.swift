import CorroborateModel

/// The per-claim table: rows grouped by cluster, each with the claim text (in its own language and
/// direction), the outlet, the attribution chain and the status badges of its group.
struct HTMLClaimTable {
    let digest: ReportDigest
    var claimLimit = 400

    func html() -> String {
        var out = "<table><thead><tr><th>Group</th><th>Claim</th><th>Outlet</th><th>Attribution chain</th><th>Independent origins</th><th>Status</th></tr></thead><tbody>\n"
        for cluster in digest.report.clusters {
            let origins = cluster.rootSources.map {
                "<bdi>\(HTMLEscaping.escape(digest.sources[$0]?.name ?? $0, limit: 80))</bdi>"
            }.joined(separator: "; ")
            for (i, id) in cluster.claims.enumerated() {
                guard let claim = digest.claims[id] else { continue }
                let lang = HTMLEscaping.langAttribute(digest.language(claim.document))
                out += "<tr\(i == 0 ? " class=\"first\"" : "")><td class=\"gid\">\(i == 0 ? HTMLEscaping.escape(cluster.id) : "")</td>"
                out += "<td class=\"claim\" dir=\"auto\"\(lang)>\(HTMLEscaping.escape(claim.text, limit: claimLimit))</td>"
                out += "<td dir=\"auto\">\(HTMLEscaping.escape(digest.outlet(claim.document), limit: 60))</td>"
                out += "<td class=\"chain\" dir=\"ltr\">" + digest.chain(claim).map { "<bdi>\(HTMLEscaping.escape($0, limit: 80))</bdi>" }
                    .joined(separator: " <span class=\"sep\">←</span> ") + "</td>"
                out += "<td>\(i == 0 ? "<b>\(cluster.independentSources)</b> " + origins : "")</td><td>"
                let badges = digest.badges(claim)
                out += badges.map { "<span class=\"badge b-\($0)\">\($0)</span>" }.joined()
                out += "</td></tr>\n"
            }
        }
        return out + "</tbody></table>\n"
    }
}
