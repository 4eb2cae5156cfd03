import CorroborateModel

/// Attribution chains read at article level: chains a source has elsewhere in the same article,
/// and articles that are relays of a single outlet (the first claim comes through outlet X,
/// every explicit relay is X, and no named or other source is quoted directly, nor an unnamed
/// source said to have spoken to the article's own outlet).
struct RelayChains {
    /// Document id → the outlet key it relays throughout.
    private(set) var dominantRelay: [String: String] = [:]
    private var inherited: [DocumentSource: String] = [:]
    /// Claim id → the relay its own sentence names (computed once).
    private var named: [String: String] = [:]
    private let sources: [String: Source]
    private let outletOfDocument: [String: String]
    private let mentions: OutletMentions

    init(_ set: ClaimSet, sources: [String: Source], outletOfDocument: [String: String], mentions: OutletMentions) {
        self.sources = sources
        self.outletOfDocument = outletOfDocument
        self.mentions = mentions
        for claim in set.claims {
            if let relay = ownRelay(of: claim) { named[claim.id] = relay }
        }
        // Only real sources pass their chain on: an outlet's own-voice sentences share one source
        // id, and one of them naming another outlet says nothing about the others.
        for claim in set.claims where sources[claim.source].map({ $0.kind != .outlet }) ?? false {
            let key = DocumentSource(document: claim.document, source: claim.source)
            if inherited[key] == nil, let relay = named[claim.id] { inherited[key] = relay }
        }
        var firstSeen = Set<String>()
        var candidate: [String: String?] = [:]      // nil value: the article has mixed relays
        for claim in set.claims {
            let isFirst = firstSeen.insert(claim.document).inserted
            let relay = explicitRelay(of: claim)
            if isFirst {
                candidate[claim.document] = relay.flatMap { $0.hasPrefix("named:") ? nil : $0 }
                continue
            }
            guard case let current?? = candidate[claim.document] else { continue }
            if let relay {
                if relay != current { candidate[claim.document] = .some(nil) }
            } else if let kind = sources[claim.source]?.kind, kind != .anonymous && kind != .outlet {
                candidate[claim.document] = .some(nil)     // a source of its own, quoted directly
            } else if sources[claim.source]?.kind == .anonymous, let own = outletOfDocument[claim.document],
                      mentions.outlets(in: claim.text).contains(own) {
                // «قال مصدر ملاحي لـ"باب المندب نيوز"»: an unnamed source who spoke to this outlet.
                candidate[claim.document] = .some(nil)
            }
        }
        for (document, relay) in candidate {
            if let relay, relay != outletOfDocument[document] { dominantRelay[document] = relay }
        }
    }

    /// The outlet (or `named:` intermediary) a claim explicitly says it comes through: its last
    /// intermediary (inherited from the same source's other sentences when missing), or the outlet
    /// it is credited to; for an unnamed source or the outlet's own voice, another outlet named in
    /// the sentence. `nil` when the claim names no intermediary.
    func explicitRelay(of claim: Claim) -> String? {
        named[claim.id] ?? inherited[DocumentSource(document: claim.document, source: claim.source)]
    }

    /// The relay this sentence names itself (for a document, unnamed source or the outlet's own
    /// voice also an outlet the sentence names: "a statement quoted by Yarmouk TV").
    private func ownRelay(of claim: Claim) -> String? {
        if let last = claim.via.last {
            guard let s = sources[last] else { return "unknown:" + last }
            return s.kind == .outlet ? outletKey(s.name) : OriginResolver.entityKey(s)
        }
        let own = outletOfDocument[claim.document]
        let source = sources[claim.source]
        if let s = source, s.kind == .outlet, !claim.cue.isEmpty {
            let key = outletKey(s.name)
            if key != own { return key }
        }
        switch source?.kind {
        case .person?, .organization?:
            // "…, per a statement carried by Nile Wire": an outlet named as the channel.
            return mentions.outletsAfterCarrier(in: claim.text).first { $0 != own }
        default: return mentions.outlets(in: claim.text).first { $0 != own }
        }
    }

    /// The story outlet a document is said to be held by ("documents seen by The Shatt Review",
    /// «وثائق اطلعت عليها صحيفة "ذا شط ريفيو"»), if any.
    func holder(ofDocumentNamed name: String) -> String? {
        mentions.outletsAfterHolder(in: name).first
    }

    /// The key of a named outlet, matched to the story's outlets across scripts.
    func outletKey(_ name: String) -> String {
        mentions.key(ofOutletNamed: name)
    }

    private struct DocumentSource: Hashable {
        var document: String
        var source: String
    }
}
