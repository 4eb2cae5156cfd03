/// Maps names in English or Arabic to canonical entity ids, and finds known entities in text.
///
/// Lookup is exact on match-normalised aliases (Arabic proclitics و ف ب ل ك tolerated on the
/// first word: "وبغداد", "للعراق"); names not in the table fall back to `NameSkeleton`.
/// Acronym aliases written in capitals ("IS", "AP", "US") only match capitalised text.
public struct EntityCatalog: Sendable {
    /// The built-in table.
    public static let standard = EntityCatalog(entities: EntityData.all)

    public let entities: [Entity]
    private let byID: [String: Int]
    /// First alias word → aliases starting with it (word list, entity index, acronym flag).
    private let index: [String: [Alias]]
    private let skeletons: [(NameSkeleton, Int)]

    private struct Alias: Sendable {
        let words: [String]
        let entity: Int
        let acronym: Bool
    }

    /// A catalog over `entities` (later duplicates of an id are ignored).
    public init(entities: [Entity]) {
        var byID: [String: Int] = [:]
        var kept: [Entity] = []
        for e in entities where byID[e.id] == nil {
            byID[e.id] = kept.count
            kept.append(e)
        }
        var index: [String: [Alias]] = [:]
        var skeletons: [(NameSkeleton, Int)] = []
        for (i, e) in kept.enumerated() {
            for name in e.english + e.arabic {
                let words = Self.words(name)
                guard let first = words.first else { continue }
                let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
                let acronym = letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
                index[first, default: []].append(Alias(words: words, entity: i, acronym: acronym))
                if e.kind == .person || e.kind == .place || e.kind == .city || e.kind == .outlet {
                    let sk = NameSkeleton(name)
                    if sk.consonants >= 2 { skeletons.append((sk, i)) }
                }
            }
        }
        for key in index.keys { index[key]?.sort { $0.words.count > $1.words.count } }
        self.entities = kept
        self.byID = byID
        self.index = index
        self.skeletons = skeletons
    }

    /// The entity with this id.
    public func entity(id: String) -> Entity? { byID[id].map { entities[$0] } }

    /// The entity one of whose aliases is exactly `name` (after normalisation), or nil.
    public func lookup(_ name: String) -> Entity? {
        let found = mentions(in: name)
        guard found.count == 1, let m = found.first else { return nil }
        let tokens = TextTokenizer.tokenize(name).tokens.filter { $0.kind != .punctuation }
        guard let first = tokens.first, let last = tokens.last,
              m.range.lowerBound <= first.range.lowerBound, m.range.upperBound >= last.range.upperBound else { return nil }
        return m.entity
    }

    /// `lookup(_:)`, else the entity whose person/place/outlet alias has a matching consonant
    /// skeleton (the best one, if several).
    public func resolve(_ name: String) -> Entity? {
        if let e = lookup(name) { return e }
        let sk = NameSkeleton(name)
        guard sk.consonants >= 2 else { return nil }
        var best: (Double, Int)?
        for (candidate, i) in skeletons where candidate.matches(sk) {
            let s = candidate.similarity(to: sk)
            if best == nil || s > best!.0 { best = (s, i) }
        }
        return best.map { entities[$0.1] }
    }

    /// Every known entity named in `text`, longest alias first, without overlaps.
    public func mentions(in text: some StringProtocol) -> [EntityMention] {
        mentions(in: TextTokenizer.tokenize(text), source: Array(text.unicodeScalars))
    }

    /// Every known entity in a tokenised text; `source` (the original scalars) lets capitalised
    /// acronyms be checked.
    public func mentions(in tokenized: TokenizedText, source: [Unicode.Scalar]? = nil) -> [EntityMention] {
        // Quote marks may sit inside a name (شبكة «فوكس نيوز»): skip them.
        let positions = tokenized.tokens.indices.filter {
            let t = tokenized.tokens[$0]
            return !(t.kind == .punctuation && (t.text == "\"" || t.text == "'"))
        }
        let tokens = tokenized.tokens
        var result: [EntityMention] = []
        var p = 0
        while p < positions.count {
            var matched: (Alias, Int)?
            for firstWord in Self.firstWordCandidates(tokens[positions[p]]) {
                for alias in index[firstWord] ?? [] where p + alias.words.count <= positions.count {
                    if let m = matched, m.0.words.count >= alias.words.count { break }
                    var ok = true
                    for k in 1..<max(alias.words.count, 1) where tokens[positions[p + k]].text != alias.words[k] {
                        ok = false
                        break
                    }
                    if ok, alias.acronym, let source {
                        let r = tokens[positions[p]].range
                        ok = source[r].allSatisfy { !$0.properties.isLowercase }
                    }
                    if ok { matched = (alias, alias.words.count); break }
                }
            }
            if let (alias, count) = matched {
                let first = positions[p], last = positions[p + count - 1]
                result.append(EntityMention(entity: entities[alias.entity],
                                            range: tokens[first].range.lowerBound..<tokens[last].range.upperBound,
                                            tokens: first..<(last + 1)))
                p += count
            } else {
                p += 1
            }
        }
        return result
    }

    /// Alias words: match-normalised word/number tokens.
    static func words(_ name: String) -> [String] {
        TextTokenizer.tokenize(name).tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.text)
    }

    /// The first word itself, then without Arabic proclitics (و ف, then ب ل ك; لل → ال).
    static func firstWordCandidates(_ token: TextToken) -> [String] {
        guard token.kind == .word || token.kind == .number else { return [] }
        guard token.isArabic else { return [token.text] }
        var result = [token.text]
        var s = Substring(token.text)
        if let f = s.unicodeScalars.first, f == "و" || f == "ف", s.unicodeScalars.count > 2 {
            s = Substring(s.unicodeScalars.dropFirst())
            result.append(String(s))
        }
        if let f = s.unicodeScalars.first, f == "ب" || f == "ل" || f == "ك", s.unicodeScalars.count > 2 {
            let rest = Substring(s.unicodeScalars.dropFirst())
            result.append(String(rest))
            if f == "ل", rest.unicodeScalars.first == "ل" { result.append("ا" + rest) }
        }
        return result
    }
}
