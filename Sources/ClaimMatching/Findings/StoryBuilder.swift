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
    /// Claim id → the claims matched with it (its group), for the relay digest test.
    var groupOf: [String: [String]] = [:]
    /// Claim id → its document.
    var claimDocument: [String: Document] = [:]
    /// The story's outlet names, to find one in a claim's text.
    var mentions: OutletMentions?

    /// Share of an article's shingles that, copied from elsewhere, makes a claim-less article a copy.
    static let copyShare = 0.5

    func build() -> Story {
        let timed = documents.enumerated().compactMap { i, d -> (Int, Int, Document)? in
            guard let t = PublicationTime.ordering(d.article) else { return nil }
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
        // An article dated by day only is ordered at the end of its day; when the earliest
        // article copied one of those, that one was first.
        var first = timed.first?.2
        if let earliest = first, let copied = reuse.first(where: { r in
            r.to == earliest.id && timed.contains { $0.2.id == r.from && $0.2.article.publishedIsDayOnly }
        }) {
            first = timed.first { $0.2.id == copied.from }?.2
        }
        return Story(firstPublisher: first?.id, outlets: outlets, timeSpan: span,
                     noOwnSourcing: documents.filter { addsNoSourcing($0, outletIndex) }.map(\.id))
    }

    /// The story's outlets with the origins their articles quote, and each distinct outlet's
    /// name skeleton (computed once: outlets are few, documents many).
    struct OutletIndex {
        /// Outlet key → the origins its articles' claims trace to.
        var origins: [String: Set<Int>] = [:]
        var skeletons: [(key: String, skeleton: NameSkeleton)] = []
        /// Origin → the documents whose claims trace to it.
        var documentsQuoting: [Int: [Document]] = [:]

        init(_ all: [Document], claimsByDocument: [String: [Claim]], resolution: OriginResolution) {
            for d in all {
                let key = OutletIdentity.key(of: d)
                var set = origins[key] ?? []
                for c in claimsByDocument[d.id] ?? [] {
                    guard let t = resolution.traces[c.id] else { continue }
                    set.insert(t.origin)
                    if documentsQuoting[t.origin]?.last?.id != d.id { documentsQuoting[t.origin, default: []].append(d) }
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
    /// "Two Iraqi news sites", "local media", «وسائل إعلام محلية», «مواقع إخبارية»: other outlets,
    /// unnamed, as the source: what they say is passed on.
    static func namesMedia(_ name: String) -> Bool {
        let words = TextFolding.words(name)
        guard words.count <= 5 else { return false }
        return words.contains { mediaNouns.contains($0) }
    }

    static let mediaNouns: Set<String> = Set(["sites", "websites", "newspapers", "outlets", "media", "channels", "papers",
                                              "tabloids", "broadcasters", "مواقع", "وسائل", "صحف", "قنوات", "الصحف",
                                              "المواقع", "القنوات"].map(TextFolding.key))

    /// A publication named by what it is, "according to the wire", "the site says",
    /// «ذكرت الصحيفة»: an outlet the article read, not one of its own sources.
    static func namesPublication(_ name: String) -> Bool {
        let words = TextFolding.words(name)
        if words.count == 2, words[0] == "the" { return publicationNouns.contains(words[1]) }
        return words.count == 1 && publicationNouns.contains(words[0])
    }

    static let publicationNouns: Set<String> = Set(["wire", "paper", "newspaper", "site", "website", "daily", "weekly",
                                                    "broadcaster", "channel", "portal", "outlet", "magazine", "tabloid",
                                                    "الصحيفه", "الجريده", "القناه", "الموقع"].map(TextFolding.key))

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
        // Each claim: passed on (relayed, copied, the outlet's own voice, no statement) or not.
        var passedOn = 0, shared = 0
        var residual: [Claim] = []
        for claim in claims {
            switch passesOn(claim, own: own, copiedOrigins: copiedOrigins) {
            case .relayed: passedOn += 1
            case .sharedOrigin: shared += 1
            case .own: residual.append(claim)
            case .noStatement: break
            }
        }
        // "Mohamed Shalaby, the governorate's spokesman, gave the Mediterranean Mail the same figures":
        // a line in the outlet's own voice that says someone told it is sourcing of its own.
        // (Not in a copied sentence: a copier that keeps «الذي تحدّث إلينا» was told nothing.)
        let selfNames = document.article.outlet.map(Self.selfNames) ?? []
        if claims.contains(where: { resolution.traces[$0.id]?.copiedFrom == nil && toldItself($0, by: selfNames) }) { return false }
        if residual.isEmpty { return true }
        // A relay digest ("what the coverage so far tells us"): an article whose statements come,
        // by a wide margin, through other outlets, and whose few others repeat what an earlier
        // article of the story already carried without saying it was told them ("The mayor says
        // warnings went out", "By Monday the central bank had denied the report"), passed them on
        // too: it interviewed no one.
        // A statement from a source that a credited outlet also quotes may have been passed on or
        // asked again: it counts half against the digest.
        guard passedOn >= Self.digestMinimum, 2 * passedOn >= Self.digestShare * (2 * residual.count + shared) else { return false }
        guard !residual.contains(where: { namesItself($0, document) }) else { return false }
        let unplaced = residual.filter { !reportedEarlier($0, than: document, outletIndex) }
        // A long digest (six relays or more, three times what it does not relay) may hold one
        // line the matcher cannot place in the story ("Divers say the oil is already there"),
        // unless that line quotes an unnamed source: a source the outlet keeps anonymous is one
        // it spoke to («غير أن سفيراً سابقاً، مشترطاً ألّا يُنشر اسمه، رأى أن»).
        let wide = passedOn >= 2 * Self.digestMinimum && passedOn >= 3 * (residual.count + shared)
        return unplaced.isEmpty
            || wide && unplaced.count == 1 && sources[unplaced[0].source]?.kind != .anonymous
    }

    /// A relay digest passes on at least this many statements, and this many times as many as it
    /// does not (see `addsNoSourcing`).
    static let digestMinimum = 3
    static let digestShare = 2

    /// How an article came by one of its statements.
    enum Provenance {
        /// Through another outlet: a relay chain, a copied article, a statement an outlet carried.
        case relayed
        /// From a source that outlets it credits (or articles it copied) quote as well.
        case sharedOrigin
        /// Said to this outlet, as far as the text tells.
        case own
        /// No statement: "declined to comment", the outlet's own voice, hearsay.
        case noStatement
    }

    private func passesOn(_ claim: Claim, own: String, copiedOrigins: Set<Int>) -> Provenance {
        // "did not respond to a request for comment", "declined to comment": no statement,
        // so no sourcing («ولم يردّ المركز على طلب "سيركت ليدجر" للتعليق» was not even its request).
        if claim.polarity == .none { return .noStatement }
        guard let trace = resolution.traces[claim.id] else { return .own }
        if trace.copiedFrom != nil { return .relayed }
        // A sentence that names another outlet of the story passes on what that outlet has, however
        // freely it words the relay ("The Sudan Monitor has the army's spokesman at 31 dead", "Relief
        // Line got UNHCR's spokeswoman on the phone", "By Port Sudan Today's account, a dockworker
        // says"). (Told to this outlet it is not: `toldItself` and `namesItself` decide that.)
        // ("Port Sudan Today's account": the outlet's name without the possessive.)
        if let mentions, mentions.outlets(in: Self.withoutPossessives(claim.text)).contains(where: { $0 != own }) { return .relayed }
        if copiedOrigins.contains(trace.origin) {
            return trace.kind != .ownVoice && !trace.impersonal && trace.relay != own ? .relayed : .sharedOrigin
        }
        let originKey = resolution.origins[trace.origin].key
        if trace.kind == .ownVoice { return .noStatement }
        // "It was reported that …" names no source: hearsay, not sourcing.
        if trace.impersonal { return .noStatement }
        // "وفق بيان نقلته الوكالة", "a statement carried by the agency": what an outlet carried.
        if let name = sources[claim.source]?.name, Self.namesCarrier(name) || Self.namesMedia(name) || Self.namesPublication(name) {
            return .relayed
        }
        if trace.kind == .outlet { return originKey != "outlet:" + own ? .relayed : .own }
        return trace.relay != own ? .relayed : .own
    }

    /// Whether the claim names the article's own outlet ("told Seaborne Ledger", «لـ"الوصل"»,
    /// "told us"): then it was said to this outlet, whatever else the article relays.
    private func namesItself(_ claim: Claim, _ document: Document) -> Bool {
        let words = TextFolding.words(claim.text)
        if words.indices.contains(where: { $0 > 0 && words[$0] == "us" && ["told", "tells", "telling", "to"].contains(words[$0 - 1]) }) {
            return true
        }
        return mentions?.outlets(inWords: words).contains(OutletIdentity.key(of: document)) ?? false
    }

    /// Whether the claim's sentence says the article's own outlet was told or given something:
    /// its name right after "told", "gave", "to" ("gave the Mediterranean Mail the same figures",
    /// "said to the Mail").
    /// `names`: the outlet's `selfNames`, computed once per article.
    private func toldItself(_ claim: Claim, by names: [[String]]) -> Bool {
        // «على ما أبلغنا قبلان», «قال لنا», «تحدث إلينا»: the outlet's own "us" (outside quotations:
        // a speaker's "they told us" is not the outlet's).
        if TextFolding.words(Self.unquoted(claim.text)).contains(where: { Self.toldUs.contains($0) }) { return true }
        // (Names are often quoted: «في حديث إلى "منارة ليبيا"».)
        let words = TextFolding.words(claim.text)
        return names.contains { name in
            guard !name.isEmpty, words.count >= name.count else { return false }
            return (0...(words.count - name.count)).contains { i in
                guard words[i..<(i + name.count)].elementsEqual(name) else { return false }
                var k = i - 1
                if k >= 0, words[k] == "the" { k -= 1 }
                // «الذي تحدّثت إليه "جنوبيات"», «قال لـ"جنوبيات"», «في حديث إلى/مع "جنوبيات"».
                guard k >= 0 else { return false }
                // "in a phone interview with Maghreb Business Daily", "speaking with the Ledger".
                if words[k] == "with" { return k > 0 && Self.conversationWords.contains(words[k - 1]) }
                return ["told", "tells", "gave", "gives", "to", "ل", "الي", "اليه", "اليها", "اليهم", "مع"].contains(words[k])
            }
        }
    }

    /// The names an outlet calls itself by, in match form: its whole name, and an Arabic name
    /// without the kind of medium before it and the descriptor after it («قناة القنال» →
    /// «القنال», «شبكة النهرين الإخبارية» → «النهرين»: «تحدّث إلى "القنال"»).
    static func selfNames(_ outlet: String) -> [[String]] {
        let name = TextFolding.words(outlet).filter { $0 != "the" }
        var core = name[...]
        if core.count >= 2, let first = core.first, mediumHeads.contains(first) { core = core.dropFirst() }
        if core.count >= 2, let last = core.last, mediumDescriptors.contains(last) { core = core.dropLast() }
        guard core.count < name.count, core.contains(where: { $0.count >= 4 }) else { return [name] }
        return [name, Array(core)]
    }

    static let mediumHeads: Set<String> = ["قناه", "شبكه", "موقع", "صحيفه", "جريده", "مجله", "وكاله", "اذاعه", "راديو", "تلفزيون",
                                           "منصه", "بوابه"]
    static let mediumDescriptors: Set<String> = ["الاخباريه", "الاخباري", "الاعلاميه", "الفضائيه", "الالكترونيه", "الالكتروني",
                                                 "نت", "اونلاين"]

    /// `text` with the possessive "'s" taken off its words ("Port Sudan Today's" → "Port Sudan Today").
    static func withoutPossessives(_ text: String) -> String {
        text.replacingOccurrences(of: "’s ", with: " ").replacingOccurrences(of: "'s ", with: " ")
    }

    /// Words before "with" that make the outlet named after it the one spoken to.
    static let conversationWords: Set<String> = ["interview", "interviews", "conversation", "speaking", "spoke", "talking",
                                                 "talked", "call", "exchange", "chat"]

    /// First-person plural objects of telling, in match form: the outlet was told.
    static let toldUs: Set<String> = ["ابلغنا", "ابلغتنا", "اخبرنا", "اخبرتنا", "لنا", "الينا", "حدثنا", "حدثتنا"]

    /// `text` without what stands between quotation marks.
    static func unquoted(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "«" || c == "“" { depth += 1; continue }
            if c == "»" || c == "”" { depth = max(0, depth - 1); continue }
            if c == "\"" { depth = depth > 0 ? depth - 1 : 1; continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }

    /// Whether another outlet's article published no later than `document` (or undated) carries a
    /// claim matched with this one, or quotes its origin ("Washington says it had nothing to do
    /// with it" after an article quoting the State Department's denial).
    private func reportedEarlier(_ claim: Claim, than document: Document, _ outletIndex: OutletIndex) -> Bool {
        let own = OutletIdentity.key(of: document)
        let time = PublicationTime.ordering(document.article)
        func earlier(_ other: Document) -> Bool {
            guard other.id != document.id, OutletIdentity.key(of: other) != own else { return false }
            guard let time, let t = PublicationTime.ordering(other.article) else { return true }
            return t <= time
        }
        if (groupOf[claim.id] ?? []).contains(where: { claimDocument[$0].map(earlier) ?? false }) { return true }
        guard let origin = resolution.traces[claim.id]?.origin else { return false }
        return (outletIndex.documentsQuoting[origin] ?? []).contains(where: earlier)
    }
}
