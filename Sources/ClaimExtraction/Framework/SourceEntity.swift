import CorroborateModel

/// A source as resolved inside one article: every mention that refers to it, and its relay chain.
struct SourceEntity: Sendable {
    var name: String
    var kind: Source.Kind
    var reference: SourceMention.Reference
    var mentions: [(paragraph: Int, text: String, span: Span)] = []
    /// Lower-cased heads and name words of every mention, to link later references.
    var heads: Set<String> = []
    var nameWords: Set<String> = []
    /// The relay chain the source came with (from the first statement that named one).
    var via: [Int] = []
    var informativeness: Int

    init(mention: SourceMention, paragraph: Int) {
        name = mention.text
        kind = mention.kind
        reference = mention.reference
        informativeness = SourceEntity.score(mention)
        add(mention, paragraph: paragraph)
    }

    /// Names beat descriptions beat pronouns; longer beats shorter; indefinite first mentions
    /// ("a senior U.S. intelligence official") beat later definite ones ("the official").
    static func score(_ m: SourceMention) -> Int {
        let words = m.text.split(separator: " ").count
        switch m.reference {
        case .name: return 3000 + words
        case .description: return 1000 + words * 10 + (m.isDefinite ? 0 : 5)
        case .pronoun: return 100
        case .implicit: return 0
        }
    }

    mutating func add(_ m: SourceMention, paragraph: Int) {
        for s in m.spans {
            mentions.append((s.paragraph, m.text, s.span))
        }
        if !m.head.isEmpty { heads.insert(m.head) }
        if m.reference == .name {
            for w in SourceEntity.words(m.text) { nameWords.insert(w) }
        }
        let score = SourceEntity.score(m)
        if score > informativeness {
            informativeness = score
            name = m.text
            reference = m.reference
            if m.kind != .unknown { kind = m.kind }
        } else if kind == .unknown, m.kind != .unknown, m.reference != .pronoun {
            kind = m.kind
        }
        // A name taken for a person that another mention calls an outlet ("Aden Gate reported" …
        // "Aden Gate, an Arabic-language news portal") is the outlet.
        if kind == .person, m.kind == .outlet { kind = .outlet }
    }

    /// Lower-cased content words of a name, without titles and articles.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." })
            .map { String($0).trimmingDots() }
            .filter { !$0.isEmpty && !ignorable.contains($0) }
    }

    static let ignorable: Set<String> = [
        "the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "s",
        "ال",
    ]
}

extension String {
    func trimmingDots() -> String {
        var s = Substring(self)
        while s.hasSuffix(".") { s = s.dropLast() }
        while s.hasPrefix(".") { s = s.dropFirst() }
        return String(s)
    }
}
