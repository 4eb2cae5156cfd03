import ClaimMatching
import CorroborateModel

/// What the Markdown and HTML renderers show, derived once from a `Report`: lookups, the
/// story-wide origins with the outlets that relayed them, and the one-line verdict.
struct ReportDigest {
    let report: Report
    let documents: [String: Document]
    let sources: [String: Source]
    let claims: [String: Claim]
    let clusterOfClaim: [String: Cluster]
    /// Story-wide distinct origins, most claims first.
    let origins: [OriginSummary]

    struct OriginSummary {
        var source: String
        var name: String
        var kind: Source.Kind
        /// Display names of the outlets that passed it on, most claims first.
        var relays: [String]
        var claimCount: Int
    }

    init(_ report: Report) {
        self.report = report
        documents = Dictionary(report.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sources = Dictionary(report.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        claims = Dictionary(report.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var clusterOfClaim: [String: Cluster] = [:]
        for cluster in report.clusters { for id in cluster.claims { clusterOfClaim[id] = cluster } }
        self.clusterOfClaim = clusterOfClaim

        if let story = report.story.origins {
            origins = story.map {
                OriginSummary(source: $0.source, name: $0.name, kind: $0.kind, relays: $0.relays, claimCount: $0.claims)
            }
        } else {
            origins = Self.origins(fromClusters: report, documents: documents, sources: sources)
        }
    }

    /// For reports without `story.origins`: the distinct root sources of the clusters, relayed by
    /// the outlets their claims came through.
    static func origins(fromClusters report: Report, documents: [String: Document],
                        sources: [String: Source]) -> [OriginSummary] {
        var count: [String: Int] = [:]
        var order: [String] = []
        for cluster in report.clusters {
            for root in cluster.rootSources {
                if count[root] == nil { order.append(root) }
                count[root, default: 0] += cluster.claims.count
            }
        }
        var relayCounts: [String: [String: (name: String, n: Int)]] = [:]
        for claim in report.claims where count[claim.source] != nil {
            let (key, name) = relay(of: claim, documents: documents, sources: sources)
            var entry = relayCounts[claim.source, default: [:]][key] ?? (name, 0)
            entry.n += 1
            if isLatin(name) && !isLatin(entry.name) { entry.name = name }
            relayCounts[claim.source, default: [:]][key] = entry
        }
        return order.map { id in
            let relays = (relayCounts[id] ?? [:]).values.sorted { ($1.n, $0.name) < ($0.n, $1.name) }.map(\.name)
            return OriginSummary(source: id, name: sources[id]?.name ?? id, kind: sources[id]?.kind ?? .unknown,
                                 relays: relays, claimCount: count[id] ?? 0)
        }.sorted { $0.claimCount > $1.claimCount }
    }

    /// Outlet key and display name of whoever passed `claim` on: its last intermediary, else the
    /// outlet that published it.
    static func relay(of claim: Claim, documents: [String: Document], sources: [String: Source]) -> (String, String) {
        if let last = claim.via.last, let s = sources[last] { return (EntityKey.outlet(s.name), s.name) }
        guard let d = documents[claim.document] else { return (claim.document, claim.document) }
        return (OutletIdentity.key(of: d), OutletIdentity.name(of: d))
    }

    static func isLatin(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value < 0x250 && $0.properties.isAlphabetic }
    }

    /// "21 claims in 5 articles, 1 independent origin: an anonymous official (anonymous), relayed by Fox News"
    var verdict: String {
        let r = report
        var text = "\(r.claims.count) claim\(r.claims.count == 1 ? "" : "s") in \(r.documents.count) "
            + "article\(r.documents.count == 1 ? "" : "s"), \(origins.count) independent origin\(origins.count == 1 ? "" : "s")"
        guard !origins.isEmpty else { return text }
        let shown = origins.prefix(3).map(describe)
        text += ": " + shown.joined(separator: "; ")
        if origins.count > 3 { text += "; and \(origins.count - 3) more" }
        return text
    }

    /// "an anonymous official (anonymous), relayed by Fox News"
    func describe(_ o: OriginSummary) -> String {
        var text = o.name
        if o.kind == .anonymous { text += " (anonymous)" }
        if o.kind == .outlet { text += " (the outlet's own reporting)" }
        let relays = o.relays.filter { EntityKey.outlet($0) != EntityKey.outlet(o.name) }
        if !relays.isEmpty {
            text += ", relayed by " + relays.prefix(3).joined(separator: ", ")
            if relays.count > 3 { text += " and \(relays.count - 3) more" }
        }
        return text
    }

    /// Outlet display name of a document.
    func outlet(_ documentID: String) -> String {
        documents[documentID].map(OutletIdentity.name(of:)) ?? documentID
    }

    /// "Fox News ← a senior U.S. intelligence official": the chain a claim travelled, outermost first.
    func chain(_ claim: Claim) -> [String] {
        if claim.cue.isEmpty, claim.via.isEmpty { return [outlet(claim.document) + " (own voice, no source)"] }
        return [outlet(claim.document)] + claim.via.map { sources[$0]?.name ?? $0 } + [sources[claim.source]?.name ?? claim.source]
    }

    /// Findings of the claim's cluster, plus "denial" for a negative claim.
    func badges(_ claim: Claim) -> [String] {
        var badges = (clusterOfClaim[claim.id]?.findings ?? []).map(\.rawValue)
        if claim.polarity == .negative { badges.append("denial") }
        return badges
    }

    /// BCP-47 language of a document, if known.
    func language(_ documentID: String) -> String? { documents[documentID]?.article.language }
}

extension ReportDigest {
    /// True when the first strong letter of `s` is Arabic or Hebrew script.
    static func isRightToLeft(_ s: String) -> Bool {
        for u in s.unicodeScalars where u.properties.isAlphabetic {
            return (0x0590...0x08FF).contains(u.value) || (0xFB1D...0xFEFC).contains(u.value)
        }
        return false
    }
}
