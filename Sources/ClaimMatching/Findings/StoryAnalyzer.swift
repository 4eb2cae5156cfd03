import CorroborateModel

/// Claims and their matched groups → the full `Report`: reuse between articles, the origins
/// behind each group, findings, and the story as a whole.
///
/// Single-threaded and linear in the text (hashed shingle index, dictionaries keyed by id).
public struct StoryAnalyzer: Sendable {
    public var reuseDetector = ReuseDetector()
    public var originResolver = OriginResolver()

    public init() {}

    /// - Parameter groups: the matcher's groups. Claims in no group become one-claim clusters;
    ///   clusters are numbered `c1, c2, ...` in reading order of their first claim.
    public func analyze(_ set: ClaimSet, groups: [ClaimGroupEvidence]) -> Report {
        let mentions = OutletMentions(documents: set.documents)
        var set = set
        set.sources = mentions.recognizingOutlets(set.sources)
        let sources = Dictionary(set.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let claims = Dictionary(set.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var claimsByDocument: [String: [Claim]] = [:]
        for c in set.claims { claimsByDocument[c.document, default: []].append(c) }

        // The outlets each article credits (chains, links, names in its text), computed once.
        let credits = Dictionary(set.documents.map { d in
            (d.id, OutletIdentity.credits(of: d, claims: claimsByDocument[d.id] ?? [], sources: sources, mentions: mentions))
        }, uniquingKeysWith: { a, _ in a })
        let reuse = reuseDetector.detect(in: set.documents) { credits[$0.id] ?? [] }
        let copied = CopiedClaims.find(claims: set.claims, documents: set.documents, reuse: reuse)
        let resolution = originResolver.resolve(set, copiedFrom: copied, mentions: mentions)

        let ordered = Self.orderedGroups(groups, claims: set.claims)
        var groupOf: [String: [String]] = [:]
        for g in ordered { for id in g.claims { groupOf[id] = g.claims } }
        let documentOf = Dictionary(set.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var story = StoryBuilder(documents: set.documents, claimsByDocument: claimsByDocument,
                                 resolution: resolution, reuse: reuse, credits: credits, sources: sources,
                                 groupOf: groupOf, claimDocument: claims.compactMapValues { documentOf[$0.document] },
                                 mentions: mentions).build()
        let assessor = ClusterAssessor(claims: claims, sources: sources, resolution: resolution,
                                       relayOnly: Set(story.noOwnSourcing))
        let assessed = ordered.enumerated().map {
            assessor.assess(id: "c\($0.offset + 1)", group: $0.element)
        }
        let clusters = assessed.map(\.cluster)
        story.origins = StoryOrigins(set: set, sources: sources, resolution: resolution)
            .list(clusters: assessed)
        return Report(documents: set.documents, sources: set.sources, claims: set.claims,
                      clusters: clusters, reuse: reuse, story: story)
    }

    /// Groups restricted to known claims, each claim in one group only, plus one-claim groups for
    /// the rest; members and groups in reading order.
    static func orderedGroups(_ groups: [ClaimGroupEvidence], claims: [Claim]) -> [ClaimGroupEvidence] {
        var position: [String: Int] = [:]
        for (i, c) in claims.enumerated() where position[c.id] == nil { position[c.id] = i }
        var taken = Set<String>()
        var result: [ClaimGroupEvidence] = []
        for var g in groups {
            g.claims = g.claims.filter { position[$0] != nil && taken.insert($0).inserted }
                .sorted { position[$0]! < position[$1]! }
            if !g.claims.isEmpty { result.append(g) }
        }
        for c in claims where taken.insert(c.id).inserted { result.append(ClaimGroupEvidence(claims: [c.id])) }
        return result.sorted { position[$0.claims[0]]! < position[$1.claims[0]]! }
    }
}
