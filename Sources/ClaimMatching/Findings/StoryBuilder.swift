import CorroborateModel
import Linguistics

/// The story-level view: who published first, which outlets took part and over what time, and
/// which articles added no sourcing of their own.
struct StoryBuilder {
    let documents: [Document]
    let claimsByDocument: [String: [Claim]]
    let resolution: OriginResolution
    let reuse: [Reuse]
    /// Document id → the outlets it credits anywhere (`OutletIdentity.credits`).
    var credits: [String: Set<String>] = [:]
    /// The story's sources by id (for sources named as carried by an outlet).
    var sources: [String: Source] = [:]

    /// Share of an article's shingles that, copied from elsewhere, makes a claim-less article a copy.
    static let copyShare = 0.5

    func build() -> Story {
        let timed = documents.enumerated().compactMap { i, d -> (Int, Int, Document)? in
            guard let t = d.article.published.flatMap(PublicationTime.seconds) else { return nil }
            return (t, i, d)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }

        var outlets: [String] = []
        var seen = Set<String>()
        for d in timed.map(\.2) + documents where seen.insert(OutletIdentity.key(of: d)).inserted {
            outlets.append(OutletIdentity.name(of: d))
        }
        let span = timed.first.map { first in
            Story.TimeSpan(start: first.2.article.published!, end: timed.last!.2.article.published!)
        }
        let outletIndex = OutletIndex(documents, claimsByDocument: claimsByDocument, resolution: resolution)
        return Story(firstPublisher: timed.first?.2.id, outlets: outlets, timeSpan: span,
                     noOwnSourcing: documents.filter { addsNoSourcing($0, outletIndex) }.map(\.id))
    }

    /// The story's outlets with the origins their articles quote, and each distinct outlet's
    /// name skeleton (computed once: outlets are few, documents many).
    struct OutletIndex {
        /// Outlet key → the origins its articles' claims trace to.
        var origins: [String: Set<Int>] = [:]
        var skeletons: [(key: String, skeleton: NameSkeleton)] = []

        init(_ all: [Document], claimsByDocument: [String: [Claim]], resolution: OriginResolution) {
            for d in all {
                let key = OutletIdentity.key(of: d)
                var set = origins[key] ?? []
                for c in claimsByDocument[d.id] ?? [] {
                    if let t = resolution.traces[c.id] { set.insert(t.origin) }
                }
                origins[key] = set
            }
            skeletons = origins.keys.sorted().map { ($0, NameSkeleton($0)) }.filter { $0.skeleton.consonants >= 3 }
        }

        /// Outlet keys of the story named by `keys`, exactly or (in the other script) by skeleton.
        func outlets(of keys: Set<String>) -> Set<String> {
            var matched = keys.filter { origins[$0] != nil }
            let wanted = keys.subtracting(matched).map(NameSkeleton.init).filter { $0.consonants >= 3 }
            if !wanted.isEmpty {
                for (key, skeleton) in skeletons where wanted.contains(where: { $0.matches(skeleton) }) { matched.insert(key) }
            }
            return matched
        }
    }

    /// A source named with the outlet that carried it ("بيان نقلته الوكالة", "a statement carried
    /// by the agency"): the article took it from that outlet, whichever one it is.
    static func namesCarrier(_ name: String) -> Bool {
        let words = TextFolding.words(name)
        return words.indices.contains { OutletMentions.carries(words, at: $0) && $0 + 1 < words.count }
    }

    /// True when every claim of the article is relayed from another outlet, copied (or reworded
    /// from a source the copied article quotes), or the outlet's own unsourced voice; or when it
    /// has no claims and most of its text is copied.
    private func addsNoSourcing(_ document: Document, _ outletIndex: OutletIndex) -> Bool {
        let own = OutletIdentity.key(of: document)
        let claims = claimsByDocument[document.id] ?? []
        guard !claims.isEmpty else {
            return reuse.contains { $0.to == document.id && $0.sharedText >= Self.copyShare }
        }
        // Origins the articles this one copied from already quote: a copier that reworded a
        // sentence from the same source did not interview that source again.
        var copiedOrigins = Set<Int>()
        for r in reuse where r.to == document.id {
            for c in claimsByDocument[r.from] ?? [] {
                if let t = resolution.traces[c.id] { copiedOrigins.insert(t.origin) }
            }
        }
        // Likewise origins quoted by the outlets this article credits when their own articles are
        // in the story: "according to MedWire … its Tobruk branch said" is MedWire's sourcing.
        // (Outlet names in the other script match by consonant skeleton: «ميدواير» = MedWire.)
        // Outlets named anywhere in the article count too ("بحسب ما نقلته صحيفة "ذا بيروت أوبزرفر""
        // is The Beirut Observer, which a chain key spelled in the other script does not match).
        let relayed = Set(claims.compactMap { resolution.traces[$0.id]?.relay }).union(credits[document.id] ?? [])
            .subtracting([own]).filter { !$0.hasPrefix("named:") }
        for key in outletIndex.outlets(of: relayed) where key != own {
            copiedOrigins.formUnion(outletIndex.origins[key] ?? [])
        }
        return claims.allSatisfy { claim in
            // "did not respond to a request for comment", "declined to comment": no statement,
            // so no sourcing («ولم يردّ المركز على طلب "سيركت ليدجر" للتعليق» was not even its request).
            if claim.polarity == .none { return true }
            guard let trace = resolution.traces[claim.id] else { return false }
            if trace.copiedFrom != nil || copiedOrigins.contains(trace.origin) { return true }
            let originKey = resolution.origins[trace.origin].key
            if trace.kind == .ownVoice { return true }
            // "It was reported that …" names no source: hearsay, not sourcing.
            if trace.impersonal { return true }
            // "وفق بيان نقلته الوكالة", "a statement carried by the agency": what an outlet carried.
            if let name = sources[claim.source]?.name, Self.namesCarrier(name) { return true }
            if trace.kind == .outlet { return originKey != "outlet:" + own }
            return trace.relay != own
        }
    }
}
