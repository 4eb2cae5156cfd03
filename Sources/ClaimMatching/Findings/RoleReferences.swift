import CorroborateModel

/// A source named only by its role ("the mayor", "its director", «منسقة», «مديره») in a group
/// whose other origins include exactly one named person holding that role ("The town’s mayor,
/// Faraj Bouhleiga", «منسقة الحملة رنا حدادين») is that person: a later or a relaying article
/// that drops the name does not add a second origin. Two unnamed mentions of one role with no
/// named holder ("The organizer", «منسقة») are one person too.
///
/// Roles are compared as classes across English and Arabic (director = مدير, coordinator =
/// organizer = منسق). A role-only name has no proper name in it: no capitalised word after its
/// first (English), no comma-separated name (Arabic), and it is not indefinite ("a director"
/// may be anyone).
enum RoleReferences {
    /// The role classes a name mentions (of every word, in either script).
    static func roles(in name: String) -> Set<Int> {
        var found = Set<Int>()
        for w in TextFolding.words(name) { if let r = role(of: w) { found.insert(r) } }
        return found
    }

    /// The roles of a name that is nothing but a role description, or empty.
    static func roleOnly(_ source: Source) -> Set<Int> {
        guard source.kind != .organization, source.kind != .outlet, source.kind != .document else { return [] }
        let name = source.name
        guard !name.contains(","), !name.contains("،") else { return [] }
        let raw = name.split(whereSeparator: \.isWhitespace)
        guard let first = raw.first, raw.count <= 7 else { return [] }
        let latin = first.unicodeScalars.first.map { $0.isASCII } ?? false
        let words = TextFolding.words(name)
        if latin {
            guard !["a", "an", "one", "two", "three", "several", "some"].contains(words.first ?? "") else { return [] }
            // "the director of the governorate’s health office": no capitalised name after the first word.
            guard raw.dropFirst().allSatisfy({ $0.first?.isUppercase != true }) else { return [] }
            return roles(in: name)
        }
        // Arabic: the description opens with the role («مديره», «المتحدث باسم الهيئة»).
        guard let head = words.first, let r = role(of: head) else { return [] }
        return [r]
    }

    /// The role class of one folded word.
    static func role(of word: String) -> Int? {
        if let r = englishRoles[word] { return r }
        guard let first = word.unicodeScalars.first, first.value >= 0x0600, first.value <= 0x06FF else { return nil }
        var w = Substring(word)
        if w.hasPrefix("و"), w.count > 4 { w = w.dropFirst() }
        w = TextFolding.withoutArticle(w)
        for (stem, r) in arabicRoles where w.hasPrefix(stem) {
            let rest = w.dropFirst(stem.count)
            if ["", "ه", "ها", "هم", "ين", "ون"].contains(String(rest)) { return r }
        }
        return nil
    }

    /// The roles of a story's sources, computed once: what each role-only name refers to by its
    /// role, and the roles each origin's named sources hold.
    struct Table: Sendable {
        /// Source id → the roles of a role-only name (absent when the name is not role-only).
        var roleOnly: [String: Set<Int>] = [:]
        /// Origin → the roles its sources that are not role-only name.
        var heldBy: [Int: Set<Int>] = [:]

        init(sources: [String: Source], resolution: OriginResolution) {
            for (id, s) in sources {
                let r = RoleReferences.roleOnly(s)
                if !r.isEmpty { roleOnly[id] = r }
            }
            for (o, counts) in resolution.sourceCounts.enumerated() {
                var held = Set<Int>()
                for id in counts.keys where roleOnly[id] == nil {
                    if let s = sources[id] { held.formUnion(RoleReferences.roles(in: s.name)) }
                }
                if !held.isEmpty { heldBy[o] = held }
            }
        }
    }

    /// `kept` without the origins that only name a role held by exactly one other named origin
    /// of the group (`sourcesOf`: each origin's sources in this group).
    static func withoutRoleReferences(_ kept: [Int], sourcesOf: [Int: [String]], kindOf: [Int: Origin.Kind],
                                      table: Table) -> [Int] {
        var result = kept
        for o in kept {
            let local = Set(sourcesOf[o] ?? [])
            var wanted = Set<Int>()
            guard !local.isEmpty, local.allSatisfy({ id in
                guard let r = table.roleOnly[id] else { return false }
                wanted.formUnion(r)
                return true
            }) else { continue }
            let holders = result.filter { p in
                p != o && kindOf[p] == .named && !(table.heldBy[p] ?? []).isDisjoint(with: wanted)
            }
            if holders.count == 1 { result.removeAll { $0 == o } }
        }
        // "The organizer" and «منسقة» with no named holder of the role: one unnamed person.
        var seen: [Set<Int>: Int] = [:]
        for o in result {
            let sets = Set(sourcesOf[o] ?? []).map { table.roleOnly[$0] ?? [] }
            guard let first = sets.first, !first.isEmpty, sets.allSatisfy({ $0 == first }) else { continue }
            if seen[first] != nil { result.removeAll { $0 == o } } else { seen[first] = o }
        }
        return result
    }

    private static let classes: [(english: [String], arabic: [String])] = [
        (["director", "manager"], ["مدير"]),
        (["mayor"], ["عمده"]),
        (["governor"], ["محافظ"]),
        (["coordinator", "organizer", "organiser"], ["منسق"]),
        (["head", "chief", "chairman", "chairwoman", "president"], ["رئيس"]),
        (["spokesman", "spokeswoman", "spokesperson"], ["متحدث", "ناطق"]),
        (["minister"], ["وزير"]),
        (["lawyer", "attorney"], ["محامي"]),
        (["commander"], ["قائد"]),
        (["ambassador"], ["سفير"]),
    ]

    private static let englishRoles: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, c) in classes.enumerated() { for w in c.english { table[w] = i } }
        return table
    }()

    private static let arabicRoles: [(String, Int)] = classes.enumerated().flatMap { i, c in c.arabic.map { ($0, i) } }
}
