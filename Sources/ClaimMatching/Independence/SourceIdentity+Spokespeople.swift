import CorroborateModel

extension SourceIdentity {
    /// The origin key of a named person: the organisation a spokesperson speaks for, else the name.
    static func personKey(_ name: String) -> String {
        spokespersonOrganization(name) ?? "named:" + EntityKey.named(name)
    }

    /// The story's named spokespeople, for unnamed descriptions of them: "a hospital spokeswoman"
    /// in one article is "Dr. Lubna Khreisat, a spokeswoman for Al-Bashir Hospital" in another
    /// when she is the only named spokesperson whose description holds every word that the
    /// unnamed one gives («متحدث باسم المستشفى» → «المتحدثة باسم مستشفى البشير لبنى الخريسات»).
    struct NamedSpokespeople {
        /// Each named spokesperson's name and description words (article-less).
        private var people: [(name: String, words: Set<String>)] = []

        init(_ sources: some Sequence<Source>) {
            var seen = Set<String>()
            for s in sources where s.kind == .person && seen.insert(s.name).inserted {
                let words = TextFolding.words(s.name)
                guard words.contains(where: spokespersonWords.contains), SourceIdentity.personName(s.name) != nil else { continue }
                people.append((s.name, Set(words.map(Self.bare))))
            }
            people.sort { $0.name < $1.name }
        }

        /// The one named spokesperson an unnamed description ("a police spokesman") fits, if
        /// exactly one person does (several people under one name count as one).
        func person(described description: String) -> String? {
            let words = TextFolding.words(description)
            guard words.contains(where: spokespersonWords.contains) else { return nil }
            let body = Set(words.map(Self.bare)).subtracting(Self.ignored).filter { !spokespersonWords.contains($0) }
            guard !body.isEmpty else { return nil }
            let fitting = people.filter { body.isSubset(of: $0.words) }
            let keys = Set(fitting.map { SourceIdentity.personKey($0.name) })
            return keys.count == 1 ? fitting.first?.name : nil
        }

        /// Without the Arabic article: «المستشفى» = «مستشفى».
        private static func bare(_ word: String) -> String {
            String(TextFolding.withoutArticle(Substring(word)))
        }

        private static let ignored: Set<String> = articles.union(["for", "of", "باسم", "اسم", "ب", "ل", "في", "من"])
            .union(spokespersonWords.map(bare))
    }
}
