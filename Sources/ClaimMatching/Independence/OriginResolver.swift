import CorroborateModel
import Linguistics

/// Follows every claim's attribution chain to its origin and merges origins that are one entity.
///
/// Rules (skeptical on purpose: when in doubt, two mentions are the same origin):
/// - A spokesperson speaks for the organisation named in the description ("Civil Defence
///   spokesman Raed al-Hiyari" = the Civil Defence), and later mentions by surname follow.
/// - A named person, organisation or document is one origin wherever it is quoted; "Rubio",
///   "Marco Rubio", "Secretary of State Marco Rubio" and «روبيو» merge (`mergePeople`: same
///   surname, and no given name that disagrees in the same script).
/// - An anonymous source is only as good as the outlet that vouches for it: all anonymous sources
///   relayed by outlet X ("a senior U.S. intelligence official" via Fox News, in any language and
///   any article) are one origin, and it is the same origin as claims credited to X itself.
///   An anonymous official in a different outlet's own reporting is a different origin.
/// - Text copied from an earlier article is treated as published by the earlier article's outlet.
/// - An article that only relays one outlet (its lead and every explicit attribution go through
///   outlet X) speaks for X: its unattributed narration and its unnamed sources are X's.
/// - A source quoted without a chain in one sentence inherits the chain it has elsewhere in the
///   same article ("the official" after "an official told Fox News").
public struct OriginResolver: Sendable {
    public init() {}

    public func resolve(_ set: ClaimSet, copiedFrom: [String: String]) -> OriginResolution {
        resolve(set, copiedFrom: copiedFrom, mentions: OutletMentions(documents: set.documents))
    }

    /// `resolve` with the story's outlet mentions already built (`StoryAnalyzer` has them).
    func resolve(_ set: ClaimSet, copiedFrom: [String: String], mentions: OutletMentions) -> OriginResolution {
        let sources = Dictionary(mentions.recognizingOutlets(set.sources).map { ($0.id, $0) },
                                 uniquingKeysWith: { a, _ in a })
        let outletOfDocument = Dictionary(set.documents.map { ($0.id, OutletIdentity.key(of: $0)) },
                                          uniquingKeysWith: { a, _ in a })
        let chains = RelayChains(set, sources: sources, outletOfDocument: outletOfDocument, mentions: mentions)
        let copiers = Set(copiedFrom.values.isEmpty ? [] : set.claims.filter { copiedFrom[$0.id] != nil }.map(\.document))

        var index: [String: Int] = [:]
        var origins: [Origin] = []
        var traces: [String: ClaimTrace] = [:]
        var counts: [[String: Int]] = []
        // Document → the last organisation named as a source, and organisations named in the text.
        var lastOrganization: [String: (key: String, position: SourceIdentity.Position)] = [:]
        var antecedents = SourceIdentity.Antecedents(documents: set.documents)
        let spokespeople = SourceIdentity.NamedSpokespeople(sources.values)
        // A copied claim whose original is found takes the original's trace, so copies are
        // resolved after every other claim.
        let originals = CopiedClaims.originals(claims: set.claims, copiedFrom: copiedFrom)
        let ordered = set.claims.filter { originals[$0.id] == nil } + set.claims.filter { originals[$0.id] != nil }
        for claim in ordered {
            let copied = copiedFrom[claim.id]
            // What the copy dropped (a credit, a chain) the original still has.
            if let original = originals[claim.id], let trace = traces[original] {
                counts[trace.origin][claim.source, default: 0] += 1
                traces[claim.id] = ClaimTrace(origin: trace.origin, kind: trace.kind, relay: trace.relay,
                                              copiedFrom: copied, impersonal: trace.impersonal)
                continue
            }
            let ownOutlet = outletOfDocument[claim.document] ?? "document:" + claim.document
            // Whose reporting this sentence is: the copied article's (and whoever it relays),
            // else this article's own, unless the article only relays one outlet throughout.
            let publisher: String
            if let copied {
                publisher = chains.dominantRelay[copied] ?? outletOfDocument[copied] ?? ownOutlet
            } else if copiers.contains(claim.document) {
                publisher = ownOutlet              // what a copier adds is its own
            } else {
                publisher = chains.dominantRelay[claim.document] ?? ownOutlet
            }
            let explicit = chains.explicitRelay(of: claim)
            let relay = explicit ?? publisher
            let source = sources[claim.source]
            let kind: Origin.Kind
            let key: String
            // "It was reported that …": no source named; an unnamed source the outlet vouches for.
            let impersonal = !claim.cue.isEmpty && claim.offsets.source.isEmpty && source?.kind == .unknown
            switch impersonal ? .anonymous : source?.kind {
            case .outlet?:
                let outlet = chains.outletKey(source!.name)
                if claim.cue.isEmpty || outlet == ownOutlet {
                    (kind, key) = Self.ownVoice(explicit: explicit, publisher: publisher)
                } else {
                    (kind, key) = (.outlet, "outlet:" + outlet)
                }
            case .person?:
                // One person: `mergePeople`; a spokesperson speaks for the organisation; so does an
                // official the text places in the organisation it last named ("Eng. Salim
                // al-Kathiri, the company's director of operations" after Nama Dhofar Services).
                let position = SourceIdentity.Position(paragraph: claim.paragraph,
                                                       offset: claim.offsets.source.first?.start ?? claim.offsets.text.start)
                let employer = SourceIdentity.namesEmployerGenerically(source!.name)
                    ? [lastOrganization[claim.document], antecedents.last(in: claim.document, before: position)]
                        .compactMap { $0 }.max { $0.position < $1.position }
                    : nil
                (kind, key) = (.named, employer?.key ?? SourceIdentity.personKey(source!.name))
            case .document? where SourceIdentity.catalogKey(source!.name) == nil && SourceIdentity.isLeak(source!.name):
                // "documents seen by The Shatt Review", «وثائق اطلعت عليها الصحيفة», "ministry
                // documents" in a copy: one outlet's documents are one origin, held by the outlet
                // named as having them, else by whoever this claim comes through.
                (kind, key) = (.named, "documents:" + (chains.holder(ofDocumentNamed: source!.name) ?? relay))
            case .organization?, .document?, .unknown?:
                // A source the extractor could not classify still has a name: it is not anonymous.
                let name = source!.name
                let position = SourceIdentity.Position(paragraph: claim.paragraph,
                                                       offset: claim.offsets.source.first?.start ?? claim.offsets.text.start)
                let earlier = SourceIdentity.isGenericDescription(name)
                    ? [lastOrganization[claim.document], antecedents.last(in: claim.document, before: position)]
                        .compactMap { $0 }.max { $0.position < $1.position }
                    : nil
                if let earlier {
                    key = earlier.key
                } else {
                    key = SourceIdentity.catalogKey(name) ?? "named:" + EntityKey.named(name)
                    lastOrganization[claim.document] = (key, position)
                }
                kind = .named
            case .anonymous?, nil:
                if claim.cue.isEmpty && source == nil {
                    (kind, key) = Self.ownVoice(explicit: explicit, publisher: publisher)
                } else if !impersonal, let name = source?.name, let person = spokespeople.person(described: name) {
                    // "a hospital spokeswoman" = "Lubna Khreisat, a spokeswoman for Al-Bashir Hospital".
                    (kind, key) = (.named, SourceIdentity.personKey(person))
                } else {
                    (kind, key) = (.anonymous, relay.hasPrefix("named:") ? "anonymous:" + relay : "outlet:" + relay)
                }
            }
            let i: Int
            if let known = index[key] {
                i = known
            } else {
                i = origins.count
                index[key] = i
                origins.append(Origin(key: key, representative: claim.source))
                counts.append([:])
            }
            counts[i][claim.source, default: 0] += 1
            traces[claim.id] = ClaimTrace(origin: i, kind: kind, relay: relay, copiedFrom: copied, impersonal: impersonal)
        }
        var documentsOf: [Int: Set<String>] = [:]
        for claim in set.claims { if let t = traces[claim.id] { documentsOf[t.origin, default: []].insert(claim.document) } }
        (origins, traces, counts) = Self.mergePeople(origins, traces, counts, sources: sources, documentsOf: documentsOf)
        for i in origins.indices {
            origins[i].representative = Self.representative(among: counts[i].keys, counts: counts[i], sources: sources)
        }
        return OriginResolution(origins: origins, traces: traces, sourceCounts: counts, outletOfDocument: outletOfDocument)
    }

    /// The source that stands for an origin: a source over an outlet, then a Latin-script name
    /// (reports are in English), then the one most claims cite, then the smaller id (stable output).
    public static func representative(among ids: some Sequence<String>, counts: [String: Int],
                                      sources: [String: Source]) -> String {
        func rank(_ id: String) -> (Int, Int, Int, String) {   // lower is better
            let s = sources[id]
            let latin = s.map { $0.name.unicodeScalars.contains { $0.value < 0x250 && $0.properties.isAlphabetic } } ?? false
            return (s?.kind == .outlet || s == nil ? 1 : 0, latin ? 0 : 1, -(counts[id] ?? 0), id)
        }
        return ids.min { rank($0) < rank($1) } ?? ""
    }

    /// An unattributed sentence: the publisher's own voice, unless it names the outlet it comes
    /// from («كشفت شبكة فوكس نيوز ...»), which makes it a claim credited to that outlet.
    static func ownVoice(explicit: String?, publisher: String) -> (Origin.Kind, String) {
        if let explicit, !explicit.hasPrefix("named:") { return (.outlet, "outlet:" + explicit) }
        return (.ownVoice, "outlet:" + publisher)
    }

    /// Merges origins whose people are one person under different spellings or scripts (see
    /// `SourceIdentity`), and organisations whose names translate
    /// (`TranslatedOutletName.organization`). People are bucketed by surname skeleton and
    /// organisations by their translated words, so this is not quadratic in the story's sources.
    static func mergePeople(_ origins: [Origin], _ traces: [String: ClaimTrace], _ counts: [[String: Int]],
                            sources: [String: Source], documentsOf: [Int: Set<String>] = [:])
        -> ([Origin], [String: ClaimTrace], [[String: Int]]) {
        var parent = Array(origins.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        // Distinct person names first (a story quotes few people many times), each with the
        // origins it appears in; then names are compared within buckets of surname skeletons.
        // Across scripts only surnames are compared (given names transliterate too loosely);
        // within one script given names must agree.
        struct Name: Hashable { var given: String?; var surname: String }
        var originsOf: [Name: [Int]] = [:]
        for (i, origin) in origins.enumerated() where origin.key.hasPrefix("named:") || origin.key.hasPrefix("entity:") {
            for id in counts[i].keys.sorted() {
                guard let s = sources[id], s.kind == .person, let n = SourceIdentity.personName(s.name) else { continue }
                originsOf[Name(given: n.given, surname: n.surname), default: []].append(i)
            }
        }
        func union(_ a: Int, _ b: Int) {
            let (x, y) = (find(a), find(b))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        var buckets: [String: [(name: Name, skeletons: (given: NameSkeleton?, surname: NameSkeleton), latin: Bool)]] = [:]
        for name in originsOf.keys.sorted(by: { ($0.surname, $0.given ?? "") < ($1.surname, $1.given ?? "") }) {
            let list = originsOf[name]!
            for o in list.dropFirst() { union(list[0], o) }
            let skeleton = NameSkeleton(name.surname)
            let given = name.given.map(NameSkeleton.init)
            let bucket = skeleton.key.isEmpty ? name.surname : String(skeleton.key.prefix(2))
            let latin = name.surname.unicodeScalars.first?.isASCII ?? true
            for other in buckets[bucket] ?? [] {
                // A short surname across scripts (al-Mousawi / الموسوي: two consonants) needs the
                // given names to agree as well (Jaafar / جعفر).
                let shortAcrossScripts = other.latin != latin && skeleton.consonants == 2
                    && skeleton.matches(other.skeletons.surname)
                    && given.map { g in other.skeletons.given.map { $0.consonants >= 2 && g.matches($0) } ?? false } ?? false
                guard shortAcrossScripts || SourceIdentity.wordsMatch(name.surname, other.name.surname, skeleton, other.skeletons.surname)
                else { continue }
                if other.latin == latin, let g = name.given, let h = other.name.given,
                   !SourceIdentity.wordsMatch(g, h, given!, other.skeletons.given!) { continue }
                union(list[0], originsOf[other.name]![0])
            }
            buckets[bucket, default: []].append((name, (given, skeleton), latin))
        }
        // Organisations whose names translate across scripts («مرصد الفرات لحقوق الإنسان» /
        // "the Euphrates Observatory for Human Rights"), bucketed by their translated words.
        var organizations: [String: [(name: TranslatedOutletName, origin: Int)]] = [:]
        for (i, origin) in origins.enumerated() where origin.key.hasPrefix("named:") {
            for id in counts[i].keys.sorted() {
                guard let s = sources[id], s.kind == .organization, let t = TranslatedOutletName.organization(s.name) else { continue }
                let bucket = t.concepts.sorted().joined(separator: "|")
                for other in organizations[bucket] ?? [] where t.matches(other.name) { union(i, other.origin) }
                organizations[bucket, default: []].append((t, i))
            }
        }
        // "MSF" and "Médecins Sans Frontières", "NCDC" and "the National Cyber Defence Centre": an
        // acronym is the one name in the story whose capitalised words it spells. "The
        // manufacturer, Halvorsen Pharma" and "Halvorsen Pharma, the Danish company that makes
        // Ondarex": one organisation under its name, whatever description comes with it.
        var spelled: [String: Set<Int>] = [:]
        var acronyms: [(String, Int)] = []
        var byName: [String: Int] = [:]
        for (i, origin) in origins.enumerated() where origin.key.hasPrefix("named:") || origin.key.hasPrefix("entity:") {
            for id in counts[i].keys.sorted() {
                guard let s = sources[id] else { continue }
                if let a = SourceIdentity.acronym(s.name) { acronyms.append((a, i)) }
                if let a = SourceIdentity.initials(s.name) { spelled[a, default: []].insert(i) }
                if origin.key.hasPrefix("named:"), s.kind == .organization, let name = SourceIdentity.organizationName(s.name) {
                    if let other = byName[name] { union(i, other) } else { byName[name] = i }
                }
            }
        }
        for (a, i) in acronyms {
            guard let full = spelled[a], Set(full.map(find)).count == 1, let target = full.first else { continue }
            union(i, target)
        }
        // A shortened name of one organisation or unnamed role: "the central bank" and "the Central
        // Bank of Yemen in Aden", «خلية الأزمة» and «خلية الأزمة في محافظة البصرة», «نائب نقيب
        // المعلمين» and «نائب نقيب المعلمين العراقيين». Two words at least, the start of exactly one
        // longer name (or of several already one origin). Names are bucketed by their first two
        // words, so only names that can start one another are compared.
        var described: [[String]: [(words: [String], origin: Int)]] = [:]
        for (i, origin) in origins.enumerated() where origin.key.hasPrefix("named:") || origin.key.hasPrefix("entity:") {
            for id in counts[i].keys.sorted() {
                guard let s = sources[id], s.kind != .outlet, s.kind != .anonymous else { continue }
                let words = TextFolding.words(s.name).filter { !SourceIdentity.organizationNoise.contains($0) }
                if words.count >= 2 && words.count <= 8 { described[Array(words.prefix(2)), default: []].append((words, i)) }
            }
        }
        for bucket in described.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let names = described[bucket]!
            for short in names {
                let longer = names.filter { $0.words.count > short.words.count && $0.words.starts(with: short.words) }
                let targets = Set(longer.map { find($0.origin) })
                if targets.count == 1, let target = targets.first { union(short.origin, target) }
            }
        }
        // A spokesperson speaks for the organisation an article quotes beside them: "ministry
        // spokeswoman Rana Khoury" and "the health ministry" in one article, «المتحدثة باسم وزارة
        // الصحة» and «وزارة الصحة». The organisation's words all in the description, or its head
        // word when it is the only organisation with that head in those articles.
        var orgsIn: [String: [(origin: Int, words: [String])]] = [:]
        for (i, origin) in origins.enumerated() where origin.key.hasPrefix("named:") || origin.key.hasPrefix("entity:") {
            // Every name the organisation goes by here, so that the match is the same whatever
            // order the articles (and so the source ids) came in.
            for id in counts[i].keys where sources[id]?.kind == .organization {
                let words = TextFolding.words(sources[id]!.name).filter { !SourceIdentity.organizationNoise.contains($0) }
                guard !words.isEmpty else { continue }
                for d in documentsOf[i] ?? [] { orgsIn[d, default: []].append((i, words)) }
            }
        }
        for (i, origin) in origins.enumerated() where origin.key.hasPrefix("named:") && !orgsIn.isEmpty {
            let words = Set(counts[i].keys.filter { sources[$0]?.kind == .person }.flatMap { TextFolding.words(sources[$0]!.name) })
            guard words.contains(where: SourceIdentity.spokespersonWords.contains) else { continue }
            var candidates: [(origin: Int, words: [String])] = []
            for d in (documentsOf[i] ?? []).sorted() { candidates += orgsIn[d] ?? [] }
            // The fullest match, ties broken by key (the same whatever order the articles came in).
            let fulls = candidates.filter { $0.words.allSatisfy(words.contains) }
            if let full = fulls.min(by: { ($1.words.count, origins[$0.origin].key) < ($0.words.count, origins[$1.origin].key) }) {
                union(i, full.origin)
            } else {
                let byHead = candidates.filter { $0.words.last.map(words.contains) ?? false && $0.origin != i }
                if Set(byHead.map(\.origin)).count == 1 { union(i, byHead[0].origin) }
            }
        }
        guard parent.indices.contains(where: { find($0) != $0 }) else { return (origins, traces, counts) }
        var newIndex: [Int: Int] = [:]
        var merged: [Origin] = []
        var mergedCounts: [[String: Int]] = []
        for i in origins.indices {
            let root = find(i)
            if let k = newIndex[root] {
                newIndex[i] = k
                mergedCounts[k].merge(counts[i], uniquingKeysWith: +)
            } else {
                newIndex[root] = merged.count
                newIndex[i] = merged.count
                merged.append(origins[root])
                mergedCounts.append(counts[i])
            }
        }
        var remapped = traces
        for (id, t) in traces { remapped[id]?.origin = newIndex[t.origin]! }
        return (merged, remapped, mergedCounts)
    }

    /// `outlet`-kind sources get an outlet key, everything else a name key.
    static func entityKey(_ source: Source) -> String {
        source.kind == .outlet ? EntityKey.outlet(source.name) : "named:" + EntityKey.named(source.name)
    }
}
