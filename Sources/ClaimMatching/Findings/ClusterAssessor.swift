import CorroborateModel

/// Turns one group of matched claims into a `Cluster`: its distinct origins and its findings.
///
/// - `independentSources` counts the distinct origins (see `OriginResolver`) that assert the
///   claim: denials and "declined to comment" add none (unless the group holds nothing else); a
///   different figure still asserts the event and counts; an outlet's own voice counts. An origin
///   that is only "according to outlet X" is dropped when the group also traces a named source
///   through X: X is then a relay, not a second origin.
/// - `corroborated`: two or more origins. `single-source`: exactly one.
/// - `anonymous-only`: every origin is anonymous.
/// - `unattributed`: the only origins are outlets' own voice (no source given).
/// - `contested`: a denial (negative polarity) or a contradiction the matcher found.
/// - `number-conflict`: the matcher found numbers that disagree.
struct ClusterAssessor {
    let claims: [String: Claim]
    let sources: [String: Source]
    let resolution: OriginResolution
    let roles: RoleReferences.Table
    /// Documents the story found to add no sourcing of their own (`Story.noOwnSourcing`).
    let relayOnly: Set<String>

    init(claims: [String: Claim], sources: [String: Source], resolution: OriginResolution,
         relayOnly: Set<String> = []) {
        self.claims = claims
        self.sources = sources
        self.resolution = resolution
        self.relayOnly = relayOnly
        roles = RoleReferences.Table(sources: sources, resolution: resolution)
    }

    /// The cluster, and the indices (into `resolution.origins`) of the origins it counts.
    func assess(id: String, group: ClaimGroupEvidence) -> (cluster: Cluster, origins: [Int]) {
        let members = group.claims.compactMap { claims[$0] }
        var documents: [String] = []
        for c in members where !documents.contains(c.document) { documents.append(c.document) }

        // Per origin: the strongest kind seen in this group, and the relays of its named claims.
        var kindOf: [Int: Origin.Kind] = [:]
        var order: [Int] = []
        var namedRelays = Set<String>()
        var sourcesOf: [Int: [String]] = [:]
        // A source that denies the claim here does not assert it in its own negated words
        // ("“Our forces did not fire a single rubber bullet,”" after "denied that rubber bullets
        // had been used"): that quote is the denial's, not a second origin.
        let deniers = Set(members.filter { $0.polarity == .negative }.compactMap { resolution.traces[$0.id]?.origin })
        var asserting = members.filter { $0.polarity == .positive }
        if !deniers.isEmpty {
            let undenied = asserting.filter { c in
                guard let o = resolution.traces[c.id]?.origin, deniers.contains(o) else { return true }
                return !Self.negates(c.content)
            }
            if !undenied.isEmpty { asserting = undenied }
        }
        let relays = relayStatements(members).union(describedDocuments(members))
        var counted = (asserting.isEmpty ? members : asserting).filter { !relays.contains($0.id) }
        // "It was reported that …" names no source: it adds no origin where others name one.
        let sourced = counted.filter { resolution.traces[$0.id]?.impersonal != true }
        if !sourced.isEmpty { counted = sourced }
        var ownVoice = Set<Int>()
        for c in counted.isEmpty ? members : counted {
            guard let t = resolution.traces[c.id] else { continue }
            if kindOf[t.origin] == nil { order.append(t.origin) }
            sourcesOf[t.origin, default: []].append(c.source)
            kindOf[t.origin] = min(kindOf[t.origin] ?? t.kind, t.kind)
            if t.kind == .named || t.kind == .anonymous { namedRelays.insert(t.relay) }
            if t.kind == .ownVoice { ownVoice.insert(t.origin) }
        }
        // "According to the paper" where the paper itself says it without a source: the
        // paper's own voice, relayed (unattributed), not a source the paper vouches for.
        for o in ownVoice where kindOf[o] == .outlet { kindOf[o] = .ownVoice }
        // Outlets whose own article is in this group speak through it: "the Malta Harbour Times
        // reported" is not a second origin when the Times' report, with its sources, is here.
        let outletsPresent = Set(documents.compactMap { resolution.outletOfDocument[$0] })
        let candidates = order.filter { o in
            guard kindOf[o] == .outlet || kindOf[o] == .anonymous else { return true }
            let origin = resolution.origins[o].key
            guard origin.hasPrefix("outlet:") else { return true }
            let key = String(origin.dropFirst("outlet:".count))
            if kindOf[o] == .outlet, namedRelays.contains(key) && order.contains(where: { kindOf[$0] == .named }) {
                return false
            }
            let ownDocuments = documents.filter { resolution.outletOfDocument[$0] == key }
            guard outletsPresent.contains(key), !ownDocuments.isEmpty else { return true }
            // Dropped only when every claim behind it is another outlet's report of X, and X's
            // own claims here trace somewhere else.
            let behind = counted.filter { resolution.traces[$0.id]?.origin == o }
            guard behind.allSatisfy({ !ownDocuments.contains($0.document) }) else { return true }
            return !members.contains { c in
                ownDocuments.contains(c.document) && resolution.traces[c.id].map { $0.origin != o } == true
            }
        }
        // "the mayor" beside "The town’s mayor, Faraj Bouhleiga": one person.
        var kept = RoleReferences.withoutRoleReferences(candidates, sourcesOf: sourcesOf, kindOf: kindOf, table: roles)
        // An outlet stating in its own voice what the same article attributes to a source restates
        // that source: the lead "Fuel prices rise by 9 %" above "the committee announced" is no
        // second origin.
        if kept.contains(where: { kindOf[$0] == .ownVoice }) {
            let sourcedDocuments = Set(members.filter { c in
                resolution.traces[c.id].map { $0.kind == .named || $0.kind == .anonymous } ?? false
            }.map(\.document))
            var documentsOf: [Int: Set<String>] = [:]
            for c in members { if let o = resolution.traces[c.id]?.origin { documentsOf[o, default: []].insert(c.document) } }
            // An article that only passes on what others reported (a relay digest, a copy) restates
            // them in its own voice too ("Eight, per the investigator; six, per the federation"): that
            // voice is no origin beside the ones it passes on.
            let othersKept = kept.contains { kindOf[$0] != .ownVoice }
            kept.removeAll { o in
                guard kindOf[o] == .ownVoice, let docs = documentsOf[o] else { return false }
                return docs.isSubset(of: sourcedDocuments) || othersKept && docs.isSubset(of: relayOnly)
            }
        }
        let kinds = kept.compactMap { kindOf[$0] }

        var findings: [Finding] = []
        if kinds.count >= 2 { findings.append(.corroborated) }
        if kinds.count == 1 { findings.append(.singleSource) }
        if !kinds.isEmpty && kinds.allSatisfy({ $0 == .anonymous }) { findings.append(.anonymousOnly) }
        if !kinds.isEmpty && kinds.allSatisfy({ $0 == .ownVoice }) { findings.append(.unattributed) }

        let conflicts = self.conflicts(members, group.conflicts)
        if conflicts.contains(where: { $0.kind != .number }) { findings.append(.contested) }
        if conflicts.contains(where: { $0.kind == .number }) { findings.append(.numberConflict) }

        // Each origin is named by its story-wide representative, except where this group only has
        // the outlet's own voice: then by the outlet, not by the source it quotes elsewhere.
        let roots = kept.map { o in
            let global = resolution.origins[o].representative
            let local = OriginResolver.representative(among: Set(sourcesOf[o] ?? []),
                                                      counts: resolution.sourceCounts[o], sources: sources)
            let localIsOutlet = sources[local].map { $0.kind == .outlet } ?? true
            return localIsOutlet ? local : global
        }
        let cluster = Cluster(id: id, claims: members.map(\.id), documents: documents, rootSources: roots,
                              independentSources: kept.count, findings: findings, conflicts: conflicts)
        return (cluster, kept)
    }

    /// The outer claim of a nested attribution: "the group said [survivors told it that X]" is
    /// extracted twice, once per speaker; the claim whose source only passes on the other's
    /// (it is in the other's `via` chain, same sentence) adds no origin. With an anonymous outer
    /// speaker it is the other way round: what an unnamed official passes on rests on that
    /// official ("the hackers asked for $12 million, according to two people familiar with the
    /// investigation" has one origin, the two people), so the inner claim adds none.
    func relayStatements(_ members: [Claim]) -> Set<String> {
        var result = Set<String>()
        var bySentence: [String: [Claim]] = [:]
        for c in members { bySentence["\(c.document)|\(c.paragraph)|\(c.offsets.text.start)", default: []].append(c) }
        for group in bySentence.values where group.count > 1 {
            for outer in group {
                let inner = group.filter { $0.id != outer.id && $0.via.contains(outer.source) }
                guard !inner.isEmpty else { continue }
                if sources[outer.source]?.kind == .anonymous {
                    result.formUnion(inner.map(\.id))
                } else {
                    result.insert(outer.id)
                }
            }
        }
        return result
    }

    /// "Initial findings suggest X, a security official said": one statement read twice, once
    /// with the findings as source and once with the official. The speaker is the origin; the
    /// document they describe adds none.
    func describedDocuments(_ members: [Claim]) -> Set<String> {
        var result = Set<String>()
        var byStatement: [String: [Claim]] = [:]
        for c in members { byStatement["\(c.document)|\(c.paragraph)|\(c.offsets.text.start)|\(c.content)", default: []].append(c) }
        for group in byStatement.values where group.count > 1 {
            guard group.contains(where: { sources[$0.source].map { $0.kind != .document && $0.kind != .outlet } ?? false })
            else { continue }
            for c in group where sources[c.source]?.kind == .document { result.insert(c.id) }
        }
        return result
    }

    /// Whether a statement is worded as a negation or a refutation ("did not fire", «لم تطلق»,
    /// «عارٍ عن الصحة»).
    static func negates(_ text: String) -> Bool {
        let tokens = MatchText.tokens(text)
        return tokens.indices.contains { i in
            PolarityCues.negates(tokens, at: i)
                || tokens[i].kind == .word && PolarityCues.contains(PolarityCues.refutation, tokens[i].text, arabic: tokens[i].isArabic)
        }
    }

    /// "c12" → 12, for claim ids in reading order.
    private static func numericID(_ id: String) -> Int { Int(id.dropFirst()) ?? 0 }

    private func conflicts(_ members: [Claim], _ pairs: [PairConflict]) -> [Conflict] {
        var result: [Conflict] = []
        let denials = members.filter { $0.polarity == .negative }
        if !denials.isEmpty {
            let asserted = members.filter { $0.polarity == .positive }.map(\.id)
            let who = denials.compactMap { sources[$0.source]?.name }
            var deniers: [String] = []
            for name in who where !deniers.contains(name) { deniers.append(name) }
            let by = deniers.isEmpty ? "" : " by " + deniers.prefix(3).joined(separator: ", ")
            result.append(Conflict(kind: .denial, claims: denials.map(\.id) + asserted,
                                   reason: "denied\(by)"))
        }
        var seen = Set<[String]>()
        // Pairs that disagree for the same reason ("14 vs 19") are one conflict with all their
        // claims: five outlets repeating 14 against one saying 19 is one dispute, not five.
        var byReason: [String: Int] = [:]
        for pair in pairs where claims[pair.a] != nil && claims[pair.b] != nil {
            // One origin giving two figures has updated its count (a rising toll), not disputed it.
            if pair.kind == .number, let x = resolution.traces[pair.a]?.origin, x == resolution.traces[pair.b]?.origin {
                continue
            }
            let ids = [pair.a, pair.b].sorted()
            guard seen.insert(ids + [pair.kind.rawValue]).inserted else { continue }
            var reason = pair.reason
            if pair.kind == .number, let contrast = NumberMentions.contrast(claims[ids[0]]!.content,
                                                                              claims[ids[1]]!.content) {
                let matcherHasNumbers = !NumberMentions.values(in: reason).isEmpty
                reason = reason.isEmpty || matcherHasNumbers ? contrast : contrast + " (" + reason + ")"
            }
            let key = pair.kind.rawValue + "\u{1}" + reason
            if let k = byReason[key] {
                for id in ids where !result[k].claims.contains(id) { result[k].claims.append(id) }
                continue
            }
            byReason[key] = result.count
            result.append(Conflict(kind: pair.kind, claims: ids, reason: reason))
        }
        for k in byReason.values { result[k].claims.sort { (Self.numericID($0), $0) < (Self.numericID($1), $1) } }
        return result
    }
}
