import CorroborateModel

/// The story's distinct origins, once each: who stands behind how much of the story, and which
/// outlets passed it on.
struct StoryOrigins {
    let set: ClaimSet
    let sources: [String: Source]
    let resolution: OriginResolution

    func list(clusters: [(cluster: Cluster, origins: [Int])]) -> [StoryOrigin] {
        var clustersOf: [Int: [String]] = [:]
        var order: [Int] = []
        for (cluster, origins) in clusters {
            for o in origins {
                if clustersOf[o] == nil { order.append(o) }
                clustersOf[o, default: []].append(cluster.id)
            }
        }
        let names = relayNames()
        var claimCount: [Int: Int] = [:]
        var relayCount: [Int: [String: Int]] = [:]
        for claim in set.claims {
            guard let t = resolution.traces[claim.id], clustersOf[t.origin] != nil else { continue }
            claimCount[t.origin, default: 0] += 1
            relayCount[t.origin, default: [:]][t.relay, default: 0] += 1
        }
        let result = order.map { o -> StoryOrigin in
            let id = resolution.origins[o].representative
            let relays = (relayCount[o] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { names[$0.key] ?? $0.key }
            let merged = resolution.sourceCounts[o].keys.sorted { ($0.count, $0) < ($1.count, $1) }
            return StoryOrigin(source: id, name: sources[id]?.name ?? id, kind: sources[id]?.kind ?? .unknown,
                               relays: relays, claims: claimCount[o] ?? 0, clusters: clustersOf[o] ?? [], sources: merged)
        }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return zip(order, result).sorted { a, b in
            (a.1.claims, -position[a.0]!) > (b.1.claims, -position[b.0]!)
        }.map(\.1)
    }

    /// Relay key → display name: outlet names from the documents and outlet sources (a
    /// Latin-script spelling preferred), person names for `named:` intermediaries.
    private func relayNames() -> [String: String] {
        var names: [String: String] = [:]
        func offer(_ key: String, _ name: String) {
            guard let current = names[key] else { names[key] = name; return }
            if isLatin(name) && !isLatin(current) { names[key] = name }
        }
        for d in set.documents { offer(OutletIdentity.key(of: d), OutletIdentity.name(of: d)) }
        for s in set.sources {
            if s.kind == .outlet { offer(EntityKey.outlet(s.name), s.name) } else { offer(OriginResolver.entityKey(s), s.name) }
        }
        for (canonical, name) in Self.aliasDisplay { offer(canonical, name) }
        return names
    }

    private func isLatin(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value < 0x250 && $0.properties.isAlphabetic }
    }

    /// Display names for the alias table's outlets, used when the story spells them only in Arabic.
    static let aliasDisplay: [String: String] = [
        "foxnews": "Fox News", "reuters": "Reuters", "ap": "AP", "afp": "AFP", "cnn": "CNN", "bbc": "BBC",
        "aljazeera": "Al Jazeera", "alarabiya": "Al Arabiya", "nytimes": "The New York Times",
        "washingtonpost": "The Washington Post", "wsj": "The Wall Street Journal",
        "skynewsarabia": "Sky News Arabia", "skynews": "Sky News", "axios": "Axios", "politico": "Politico",
        "nbcnews": "NBC News", "cbsnews": "CBS News", "abcnews": "ABC News", "theguardian": "The Guardian",
        "asharqalawsat": "Asharq Al-Awsat", "anadolu": "Anadolu", "sana": "SANA",
    ]
}
