import Foundation
import CorroborateModel
import Linguistics

/// Says when two differently written source names are one person or one organisation, across
/// articles and scripts, so that each counts as one origin:
///
/// - an organisation or unclassified source that names a known entity ("the Libyan Red
///   Crescent", «الهلال الأحمر الليبي», "IOM", «المنظمة الدولية للهجرة») is that entity;
/// - people match by surname, across scripts by consonant skeleton ("Azad Tawfiq Rashid" =
///   «آزاد توفيق رشيد»; "Lena Vogt, a spokeswoman for Mayday Line" = "Vogt"), unless both
///   spell out a given name and the given names differ ("Joe Biden" ≠ "Hunter Biden");
/// - a generic description ("the agency", "the group", "its Tobruk branch", «فرعه») is the
///   organisation last named as a source before it in the same article.
struct SourceIdentity {
    /// Where a mention is: paragraph, then code-point offset inside it.
    struct Position: Comparable {
        var paragraph: Int
        var offset: Int
        static func < (a: Position, b: Position) -> Bool { (a.paragraph, a.offset) < (b.paragraph, b.offset) }
    }

    /// Organisations of the catalog named anywhere in an article's text, for descriptions whose
    /// referent was named in narration rather than as a source ("The International Organization
    /// for Migration ... The agency said"). Computed once per article, on first use.
    struct Antecedents {
        private let documents: [String: Document]
        private var cache: [String: [(key: String, position: Position)]] = [:]

        init(documents: [Document]) {
            self.documents = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }

        /// The last organisation named in `document` before `position`.
        mutating func last(in document: String, before position: Position) -> (key: String, position: Position)? {
            if cache[document] == nil {
                var found: [(key: String, position: Position)] = []
                for (i, p) in (documents[document]?.article.paragraphs ?? []).enumerated() where p.kind != .heading {
                    for m in EntityCatalog.standard.mentions(in: p.text)
                    where m.entity.kind == .organization || m.entity.kind == .group {
                        found.append(("entity:" + m.entity.id, Position(paragraph: i, offset: m.range.upperBound)))
                    }
                }
                cache[document] = found
            }
            return cache[document]!.last { $0.position <= position }
        }
    }

    /// Entity id in the catalog when the name is, or is headed by, a known organisation.
    static func catalogKey(_ name: String) -> String? {
        // "figures released by UNICEF on Tuesday", «أرقام نشرتها منظمة الأمم المتحدة للطفولة»: a
        // document is its author's.
        let raw = name.split(whereSeparator: { $0 == " " })
        if let marker = raw.firstIndex(where: { Self.authorMarkers.contains(TextFolding.words(String($0)).first ?? "") }),
           marker > raw.startIndex, marker + 1 < raw.endIndex,
           let key = catalogKey(raw[(marker + 1)...].joined(separator: " ")) {
            return key
        }
        let mentions = EntityCatalog.standard.mentions(in: name)
        guard let m = mentions.first(where: { $0.entity.kind != .country && $0.entity.kind != .city
                                                && $0.entity.kind != .place }) else { return nil }
        // The entity must be what the name is about, not a place or owner mentioned in passing:
        // it covers most of the words, or the name is «<entity> <qualifier>» / "<qualifier> <entity>".
        let words = TextFolding.words(name).filter { !Self.articles.contains($0) }
        let covered = TextFolding.words(String(name.unicodeScalars[
            name.unicodeScalars.index(name.unicodeScalars.startIndex, offsetBy: m.range.lowerBound)
            ..< name.unicodeScalars.index(name.unicodeScalars.startIndex, offsetBy: m.range.upperBound)])).count
        guard words.count <= covered + 2 else { return nil }
        return "entity:" + m.entity.id
    }

    /// Documents that come as a leak rather than from an author: "documents seen by X", "ministry
    /// documents", "the records", «وثائق اطلعت عليها», «مستندات» (not a statement, report or
    /// letter, which have an author).
    static func isLeak(_ name: String) -> Bool {
        TextFolding.words(name).contains { leakNouns.contains($0) }
    }

    static let leakNouns: Set<String> = ["documents", "document", "records", "papers", "files", "memos", "emails",
                                         "وثائق", "الوثائق", "مستندات", "المستندات", "سجلات", "السجلات", "اوراق"]

    /// Words that introduce a document's author ("released by", «نشرتها»، «الصادرة عن»).
    static let authorMarkers: Set<String> = ["by", "نشرتها", "نشرها", "اصدرتها", "اصدرها", "اعدتها", "اعدها", "عن"]

    /// A name that only describes its referent by type: "the agency", "the group", "its Tobruk
    /// branch", "the Dubai office", «الوكالة», «فرعه».
    static func isGenericDescription(_ name: String) -> Bool {
        let raw = name.split(whereSeparator: { $0 == " " }).map(String.init)
        let words = TextFolding.words(name)
        guard let head = words.last, words.count <= 3 else { return false }
        guard genericHeads.contains(head) || genericHeads.contains(String(head.dropLast())) else { return false }
        // English: introduced by a determiner or possessive, and no proper name inside.
        if let first = raw.first, first.unicodeScalars.first.map({ $0.isASCII }) == true {
            guard determiners.contains(words[0]) else { return false }
            let proper = raw.dropFirst().filter { $0.first?.isUppercase == true }
            // "its Tobruk branch", "the Dubai office": a place and a branch-like head.
            return proper.isEmpty || words.count == 3 && proper.count == 1 && ["branch", "office", "bureau"].contains(head)
        }
        return true
    }

    /// The acronym a name is or ends with: "MSF", "the NCDC", "… Centre (NCDC)" (3–6 capitals).
    static func acronym(_ name: String) -> String? {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" })
        guard let last = words.last, (3...6).contains(last.count),
              last.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else { return nil }
        return String(last)
    }

    /// The capitals a name's words spell ("Médecins Sans Frontières" → "MSF", "the National Cyber
    /// Defence Centre" → "NCDC"), small words and a closing "(…)" skipped; nil under three words.
    static func initials(_ name: String) -> String? {
        let head = name.split(separator: "(").first.map(String.init) ?? name
        var letters = ""
        for w in head.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            guard let c = w.first else { continue }
            if c.isUppercase, w != "The" {
                letters += String(c).folding(options: .diacriticInsensitive, locale: nil)
            } else if !["of", "for", "and", "the", "on", "de", "des", "du", "la", "le"].contains(w.lowercased()) {
                return nil      // a lower-case content word: a description, not a name
            }
        }
        return letters.count >= 3 ? letters : nil
    }

    /// The name part of an organisation described in apposition: "The manufacturer, Halvorsen
    /// Pharma" and "Halvorsen Pharma, the Danish company that makes Ondarex" → "halvorsen pharma"
    /// (the comma-separated part, or the whole name, with the most capitalised words, two or more,
    /// Latin script only).
    static func organizationName(_ name: String) -> String? {
        func capitals(_ part: Substring) -> Int {
            part.split(separator: " ").filter { $0 != "The" && $0.first?.isUppercase == true }.count
        }
        let parts = name.split(separator: ",")
        guard let best = parts.max(by: { capitals($0) < capitals($1) }), capitals(best) >= 2,
              best.unicodeScalars.allSatisfy({ $0.value < 0x0600 }) else { return nil }
        return EntityKey.named(String(best))
    }

    /// Surname (last word of the name part) and the given name before it, for person keys.
    static func personName(_ name: String) -> (given: String?, surname: String)? {
        // "Lena Vogt, a spokeswoman for ..." → "Lena Vogt"; «المتحدث باسم ...، مروان العبيدي» → the
        // segment after the comma. The name part is the segment with the fewest role words.
        // (An age in apposition, "Faraj al-Ubaidi, 34", is no name part.)
        let segments = name.split(whereSeparator: { $0 == "," || $0 == "،" }).map { TextFolding.words(String($0)) }
            .filter { !$0.isEmpty && $0.contains { $0.contains(where: \.isLetter) } }
        func roleWords(_ s: [String]) -> Int { s.filter { titles.contains($0) || articles.contains($0) }.count }
        guard let part = segments.min(by: { (roleWords($0), $0.count) < (roleWords($1), $1.count) }) else { return nil }
        let names = part.filter { !titles.contains($0) && !articles.contains($0) && !particles.contains($0) }
        // Short surnames ("Li", «علي») are kept: `wordsMatch` only pairs them when spelled alike.
        guard let surname = names.last else { return nil }
        let given = names.count >= 2 ? names[names.count - 2] : nil
        return (given, surname)
    }

    /// The organisation a spokesperson speaks for, when the name says so and the organisation is
    /// in the catalog: "Civil Defence spokesman Lt. Col. Raed al-Hiyari", «الناطق الإعلامي باسم
    /// المديرية العامة للدفاع المدني». A statement by an organisation and one by its spokesperson
    /// are one origin.
    static func spokespersonOrganization(_ name: String) -> String? {
        guard TextFolding.words(name).contains(where: spokespersonWords.contains) else { return nil }
        guard let m = EntityCatalog.standard.mentions(in: name).first(where: {
            $0.entity.kind == .organization || $0.entity.kind == .group
        }) else { return nil }
        return "entity:" + m.entity.id
    }

    /// Words of an organisation's name that do not name it ("the", «ال» stays on the word).
    static let organizationNoise: Set<String> = ["the", "of", "for", "and", "its", "a", "an", "في", "و"]

    static let spokespersonWords: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "ناطق", "الناطق", "ناطقه", "الناطقه",
        "متحدث", "المتحدث", "متحدثه", "المتحدثه",
    ]

    /// Whether two name words are one name: equal, or skeletons of 3+ consonants that match
    /// (skeletons passed in when the caller has them).
    static func wordsMatch(_ x: String, _ y: String, _ sx: NameSkeleton? = nil, _ sy: NameSkeleton? = nil) -> Bool {
        if x == y { return true }
        let sx = sx ?? NameSkeleton(x), sy = sy ?? NameSkeleton(y)
        return sx.consonants >= 3 && sy.consonants >= 3 && sx.matches(sy)
    }

    static let articles: Set<String> = ["the", "a", "an", "its", "his", "her", "their"]

    /// Name particles written as separate words after folding ("al-Mansouri" → "al mansouri").
    static let particles: Set<String> = ["al", "el", "ul", "bin", "ibn", "bint", "abu", "van", "von", "de", "der"]

    static let determiners: Set<String> = ["the", "its", "their", "this", "that"]

    static let genericHeads: Set<String> = [
        "agency", "group", "organization", "organisation", "ministry", "branch", "office", "department",
        "body", "authority", "authorities", "service", "hotline", "charity", "committee", "council",
        "company", "firm", "institute", "center", "centre", "watchdog", "monitor", "coalition", "union",
        "الوكاله", "المنظمه", "الوزاره", "الهيئه", "المكتب", "الجماعه", "المجموعه", "فرعه", "فرعها",
        "اللجنه", "المجلس", "الشركه", "المركز", "المرصد", "الجمعيه", "المؤسسه",
        // "the statement", «وذكّر البيان بأن»: the statement of the organisation last named.
        "statement", "البيان",
    ]

    /// Titles and role words that precede or follow a person's name (folded): every word of
    /// `Linguistics.Titles` ("secretary of state" → "secretary", "of", "state") plus `roleWords`.
    static let titles: Set<String> = Set(Titles.english.union(Titles.arabic).flatMap(TextFolding.words)).union(roleWords)

    /// Words of role descriptions that `Titles` does not hold: ranks and jobs written before or
    /// after a name ("Capt.", "Professor", "prosecutor"), the bodies they serve ("coast guard",
    /// "police") and the words that join them ("for", "who", «في»).
    static let roleWords: Set<String> = [
        "lieutenant", "maj", "capt", "captain", "sgt", "brig", "head", "prof", "professor", "deputy", "prosecutor",
        "attorney", "lawmaker", "founder", "ceo", "ministry", "coast", "guard", "police", "army",
        "for", "and", "to", "in", "at", "on", "with", "who", "said", "told",
        "محافظ", "المحافظ", "مسؤول", "المسؤول", "فرع", "في", "من", "عن", "على", "الى", "و",
    ]
}
