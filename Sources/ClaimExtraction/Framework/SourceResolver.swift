import CorroborateModel
import Linguistics

/// Links source mentions inside one article to sources: coreference of pronouns, definite
/// descriptions ("the official") and dropped subjects to the entity introduced earlier, name
/// shortening ("Clinton" → "Hillary Clinton"), relay chains carried from the lead, and removal
/// of the article's own outlet from chains. One pass in reading order.
struct SourceResolver {
    private(set) var entities: [SourceEntity] = []
    private var lastSpeaker: Int?
    private let outletKey: String?

    private let outletCompact: String?

    init(outlet: String?) {
        outletKey = outlet.map(SourceResolver.key)
        outletCompact = outlet.map(SourceResolver.compact)
    }

    /// Letters and digits only, without a web domain's "www." and suffix ("foxnews.com" → "foxnews").
    static func compact(_ name: String) -> String {
        var s = name.lowercased()
        if s.hasPrefix("www.") { s.removeFirst(4) }
        for suffix in [".com", ".net", ".org", ".co.uk", ".news", ".io"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
        }
        if s.hasPrefix("the ") { s.removeFirst(4) }
        return String(s.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    static func key(_ name: String) -> String {
        SourceEntity.words(name).joined(separator: " ")
    }

    /// Resolves one statement: returns the source entity and the relay chain (entity indices).
    /// `speaks`: the source becomes the speaker a following pronoun or dropped subject refers to.
    mutating func resolve(_ candidate: AttributionCandidate, paragraph: Int, speaks: Bool = true) -> (source: Int, via: [Int]) {
        var via: [Int] = []
        for m in candidate.via {
            let e = link(m, paragraph: paragraph, speaker: false)
            if !isOwnOutlet(e), !via.contains(e) { via.append(e) }
        }
        let mention = candidate.source ?? SourceMention(spans: [], text: "unnamed source", kind: .unknown,
                                                        reference: .description, head: "", isDefinite: false)
        let source: Int
        if candidate.source == nil {
            entities.append(SourceEntity(mention: mention, paragraph: paragraph))
            source = entities.count - 1
        } else {
            source = link(mention, paragraph: paragraph, speaker: true)
        }
        via.removeAll { $0 == source }
        if via.isEmpty {
            via = entities[source].via
        } else if entities[source].via.isEmpty {
            entities[source].via = via
        }
        if candidate.source != nil, speaks { lastSpeaker = source }
        return (source, via)
    }

    private func isOwnOutlet(_ e: Int) -> Bool {
        guard let own = outletKey, !own.isEmpty else { return false }
        let k = SourceResolver.key(entities[e].name)
        // "Fox News Digital" is Fox News; "The Post" is The Washington Post; "foxnews.com" is Fox News.
        if !k.isEmpty && (k == own || own.hasSuffix(" " + k) || k.hasSuffix(" " + own) || k.hasPrefix(own + " ")) { return true }
        if let compactOwn = outletCompact, compactOwn.count >= 4 {
            let c = SourceResolver.compact(entities[e].name)
            return c.count >= 4 && (c.hasPrefix(compactOwn) || compactOwn.hasPrefix(c))
        }
        return false
    }

    private mutating func link(_ m: SourceMention, paragraph: Int, speaker: Bool) -> Int {
        if let e = antecedent(of: m) {
            entities[e].add(m, paragraph: paragraph)
            return e
        }
        entities.append(SourceEntity(mention: m, paragraph: paragraph))
        return entities.count - 1
    }

    private func antecedent(of m: SourceMention) -> Int? {
        switch m.reference {
        case .implicit:
            return lastSpeaker
        case .pronoun:
            let lower = m.text.lowercased()
            let animate = !["it", "its"].contains(lower)
            let plural = ["they", "them", "we", "هم"].contains(lower)
            if let last = lastSpeaker, fits(entities[last], animate: animate, plural: plural) { return last }
            return entities.indices.reversed().first { fits(entities[$0], animate: animate, plural: plural) }
        case .description:
            guard !m.head.isEmpty else { return nil }
            // «قناة النخلة», «صحيفة الوطن»: a head in construct with a definite word names one
            // outlet or body; it is that name said again, never "the channel" in play.
            if m.kind == .outlet || m.kind == .organization, SourceResolver.isConstructName(m.text) {
                let k = SourceResolver.key(m.text)
                return entities.indices.reversed().first { SourceResolver.key(entities[$0].name) == k }
            }
            if m.isDefinite {
                // "the agency" after "the International Organization for Migration (IOM) said …,
                // while Libya's coast guard denied …": the entity the catalog calls an agency
                // ("UN migration agency") before merely the latest one of that kind.
                if SourceResolver.genericHeads.contains(m.head),
                   let e = entities.indices.reversed().first(where: {
                       entities[$0].kind == m.kind && SourceResolver.catalogCalls(entities[$0].name, m.head)
                   }) {
                    return e
                }
                // "the agency" after "Nile Wire reported": the news agency in play.
                if ["agency", "وكاله"].contains(m.head),
                   let e = entities.indices.reversed().first(where: { entities[$0].kind == .outlet && !isOwnOutlet($0) }) {
                    return e
                }
                // The latest source with that head ("the ministry" → "the Interior Ministry"), even
                // when another source spoke since; only heads that names often lack ("the company"
                // for "Thalassa Tanker Management") fall back to the latest source of that kind.
                // An article does not call itself "the newspaper": its own outlet is never the antecedent.
                if let e = entities.indices.reversed().first(where: { entities[$0].heads.contains(m.head) && !isOwnOutlet($0) }) {
                    return e
                }
                // «وأضاف المسؤول في البعثة» after «رئيس بعثة المراقبين آرام قادر», "the official at
                // the hospital" after "the hospital's director, Sami Khalil": an official placed in
                // a body a person named before belongs to.
                if SourceResolver.officialHeads.contains(m.head), let e = placedOfficial(m) { return e }
                // "the Belgian official" after "Belgian foreign ministry spokesperson Karel Dewulf":
                // the latest named person whose name holds every word that qualifies the official.
                if SourceResolver.officialHeads.contains(m.head) {
                    let qualifiers = SourceEntity.words(m.text).filter { !["the", "official", "senior", "same", "that"].contains($0) }
                    if !qualifiers.isEmpty, let e = entities.indices.reversed().first(where: {
                        entities[$0].kind == .person && entities[$0].reference == .name
                            && qualifiers.allSatisfy(entities[$0].nameWords.contains)
                    }) {
                        return e
                    }
                }
                // "The father of three", "the 45-year-old": an epithet for the person last named.
                if SourceResolver.isPersonalEpithet(m.text), let e = entities.indices.reversed().first(where: {
                    entities[$0].reference == .name && (entities[$0].kind == .person || entities[$0].kind == .unknown)
                }) {
                    return e
                }
                // «ونبّهت البدور» after «الدكتورة سهاد البدور»: a family name said alone (an Arabic
                // surname keeps its article, so it reads as a definite noun).
                let said = SourceEntity.words(m.text)
                if m.kind == .unknown, said.count == 1, let e = entities.indices.reversed().first(where: {
                    entities[$0].kind == .person && entities[$0].reference == .name && entities[$0].nameWords.contains(said[0])
                        && !entities[$0].heads.contains(m.head)
                }) {
                    return e
                }
                guard SourceResolver.genericHeads.contains(m.head), !SourceResolver.namedHeads.contains(m.head) else { return nil }
                return entities.indices.reversed().first { entities[$0].kind == m.kind && !isOwnOutlet($0) }
            }
            let k = SourceResolver.key(m.text)
            // A bare plural repeated ("sources said" … "sources said") is the same group.
            return entities.indices.reversed().first { SourceResolver.key(entities[$0].name) == k && m.text.first?.isUppercase != true
                && !m.text.lowercased().hasPrefix("a ") && !m.text.lowercased().hasPrefix("an ")
                && !m.text.lowercased().hasPrefix("another") }
        case .name:
            // "Aden Gate, an Arabic-language news portal" is "Aden Gate" named before.
            let words = SourceEntity.words(m.text.split(separator: ",").first.map(String.init) ?? m.text)
            guard !words.isEmpty else { return nil }
            let k = words.joined(separator: " ")
            if let e = entities.indices.reversed().first(where: { SourceResolver.key(entities[$0].name) == k }) {
                return e
            }
            return entities.indices.reversed().first { e in
                entities[e].reference == .name && words.allSatisfy { entities[e].nameWords.contains($0) }
            }
        }
    }

    /// An Arabic noun in construct with a definite noun ("قناة النخلة"; "الوكالة الرسمية" is not:
    /// its first word has the article): the first word has no article and the second has one.
    static func isConstructName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\"" || $0 == "«" || $0 == "»" })
        guard words.count >= 2, let first = words.first?.unicodeScalars.first,
              (0x0621...0x064A).contains(first.value) else { return false }
        let w0 = String(words[0]), w1 = String(words[1])
        return !ArabicNounPhrase.isDefinite(w0) && w0.count >= 3 && w1.hasPrefix("ال") && w1.count >= 4
    }

    private func fits(_ e: SourceEntity, animate: Bool, plural: Bool) -> Bool {
        if plural { return e.kind != .document }
        if animate { return e.kind == .person || e.kind == .anonymous || e.kind == .unknown }
        return e.kind == .organization || e.kind == .document || e.kind == .outlet
    }

    /// Whether a known entity named in `name` has an alias with the word `head` ("UN migration
    /// agency" for "agency", «وكالة الأونروا» for «وكاله»).
    static func catalogCalls(_ name: String, _ head: String) -> Bool {
        EntityCatalog.standard.mentions(in: name).contains { aliasWords[$0.entity.id]?.contains(head) == true }
    }

    /// Entity id → every word of its names, as written lower-cased and in match form (built once:
    /// a definite description is resolved for many sentences).
    static let aliasWords: [String: Set<String>] = Dictionary(
        EntityCatalog.standard.entities.map { entity in
            let words = (entity.english + entity.arabic + [entity.name]).flatMap { $0.lowercased().split(separator: " ").map(String.init) }
            return (entity.id, Set(words + words.map { TextNormalizer.normalize($0, level: .aggressive) }))
        }, uniquingKeysWith: { $0.union($1) })

    /// Generic heads that an institution's name nearly always contains ("Ministry of Health",
    /// «وزارة الصحة», "the State Department"): "the ministry" never refers back to the police.
    static let namedHeads: Set<String> = ["ministry", "department", "وزاره", "حكومه"]

    /// Heads of "the official" descriptions («المسؤول», "the official").
    static let officialHeads: Set<String> = ["official", "مسؤول", "المسؤول"]

    /// The latest named person whose description holds the body that places this official («في
    /// البعثة», "at the hospital"): the words after في / at / in, without the article.
    /// "the father of three", "the mother of two", "the 45-year-old": a definite epithet that
    /// describes a person by family or age, which journalists use for someone named before.
    static func isPersonalEpithet(_ text: String) -> Bool {
        let w = text.lowercased().split(separator: " ").map(String.init)
        guard w.first == "the", (2...5).contains(w.count) else { return false }
        if w.count >= 4, ["father", "mother", "grandfather", "grandmother"].contains(w[1]), w[2] == "of" { return true }
        return text.lowercased().contains("-year-old") && w.count <= 4
    }

    private func placedOfficial(_ m: SourceMention) -> Int? {
        let words = SourceEntity.words(m.text)
        guard let k = words.firstIndex(where: { ["في", "at", "in", "from"].contains($0) }), k + 1 < words.count else { return nil }
        func bare(_ w: String) -> String { w.hasPrefix("ال") && w.count > 4 ? String(w.dropFirst(2)) : w }
        let places = Set(words[(k + 1)...].map(bare).filter { $0.count >= 3 && !["the", "his", "her", "its"].contains($0) })
        guard !places.isEmpty else { return nil }
        return entities.indices.reversed().first { i in
            entities[i].kind == .person && entities[i].reference == .name
                && SourceEntity.words(entities[i].name).contains { places.contains(bare($0)) }
        }
    }

    /// Heads that refer back to any earlier source of the same kind ("the newspaper", "the company").
    static let genericHeads: Set<String> = [
        "newspaper", "paper", "network", "outlet", "channel", "broadcaster", "magazine", "publication", "agency",
        "site", "website", "portal", "newsletter", "company", "firm", "campaign", "group", "organization", "department", "ministry", "report", "study",
        "statement", "document", "poll", "survey",
        // Arabic heads (match form, article removed): "المصدر" refers back to the anonymous
        // source in play, "الصحيفة" to the outlet, "الوزارة" to the ministry, "البيان" to the
        // statement.
        "مصدر", "صحيفه", "شبكه", "قناه", "وكاله", "موقع", "وزاره", "حكومه", "بيان", "تقرير", "وثيقه",
    ]
}
