import CorroborateModel

extension SourceIdentity {
    /// The origin key of a named person: the organisation a spokesperson speaks for, else the name.
    static func personKey(_ name: String) -> String {
        spokespersonOrganization(name) ?? "named:" + EntityKey.named(name)
    }

    /// Whether a named person's description places them in an organisation named only by its
    /// type, as its official: "the company's director of operations", "head of the agency",
    /// «مدير العمليات في الشركة». (Not a worker or a resident: only role words count.)
    static func namesEmployerGenerically(_ name: String) -> Bool {
        let words = TextFolding.words(name)
        guard words.contains(where: officialRoles.contains) else { return false }
        for (i, w) in words.enumerated() where i > 0 {
            // ("company's" folds to "companys".)
            let head = genericEmployers.contains(w) || !w.hasSuffix("s") ? w : String(w.dropLast())
            guard genericEmployers.contains(head) else { continue }
            // "the company's …", "of the company", «في الشركة».
            if words[i - 1] == "the" || words[i - 1] == "its" { return true }
            if head.hasPrefix("ال"), ["في", "ب", "من", "لدى"].contains(words[i - 1]) || officialRoles.contains(words[i - 1]) { return true }
        }
        return false
    }

    static let officialRoles: Set<String> = ["director", "head", "president", "chairman", "chairwoman", "chief", "manager",
                                             "ceo", "spokesman", "spokeswoman", "spokesperson", "official",
                                             "مدير", "المدير", "رئيس", "الرئيس", "مديره", "رئيسه", "المتحدث", "الناطق"]
    static let genericEmployers: Set<String> = ["company", "firm", "operator", "agency", "authority", "ministry", "utility",
                                                "contractor", "developer", "group", "union", "association", "directorate",
                                                "الشركه", "الهيئه", "الوزاره", "المديريه", "النقابه", "الجمعيه"]

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
