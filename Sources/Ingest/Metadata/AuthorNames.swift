import Foundation

/// Turns byline strings into author names: "By Jane Doe and John Roe | Reuters" →
/// ["Jane Doe", "John Roe"]; "بقلم: محمد علي" → ["محمد علي"]; "كتب - أحمد حسن" → ["أحمد حسن"].
enum AuthorNames {
    static let prefixes = [
        "written by", "reporting by", "reported by", "posted by", "story by", "words by", "compiled by", "edited by",
        "curated by", "author", "by", "الكاتب", "الكاتبة", "المؤلف",
        "نشر بواسطة", "نشرت بواسطة", "نُشر بواسطة", "أُرسل بواسطة", "أرسل بواسطة", "ارسل بواسطة", "أُرسلت بواسطة",
        "أرسلت بواسطة", "كُتب بواسطة", "كتب بواسطة", "بواسطة", "بقلم", "كتب", "كتبت", "كتبه", "تقرير", "إعداد", "اعداد", "تحرير", "المحرر", "مساهمة من", "مساهمه من",
        "متابعة", "متابعه",
    ]

    static func parse(_ raw: String) -> [String] {
        var s = TextBuffer.normalise(raw)
        // A label on its own (`<div class="td-author-by">بواسطة</div>`, "By"): no name.
        let bare = s.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": -–"))
        if prefixes.contains(bare) { return [] }
        // A tags or section line in a byline's box (Plone's `documentByLine` «الوسوم: انتخابات»).
        for label in notBylineLabels where bare.hasPrefix(label) {
            if bare.dropFirst(label.count).first == ":" { return [] }
        }
        for p in prefixes {
            if s.lowercased().hasPrefix(p), s.count > p.count {
                let rest = s.dropFirst(p.count)
                guard let f = rest.first, !f.isLetter else { continue }
                s = String(rest)
                break
            }
        }
        // «مسقط - خاص: يوسف بن علي البلوشي»: a dateline's place and «خاص» (exclusive) before the name.
        if let r = s.range(of: "خاص:") ?? s.range(of: "خاص -") { s = String(s[r.upperBound...]) }
        s = String(s.drop { $0 == ":" || $0 == "-" || $0 == "–" || $0 == " " || $0 == "|" })
        // Cut trailing role/outlet parts: "Jane Doe | Reuters", "Jane Doe, Staff Writer".
        if let bar = s.firstIndex(where: { $0 == "|" || $0 == "\n" }) { s = String(s[..<bar]) }
        // "محمد أمين الطنجاوي — 10 مارس 2026" (a date or reading time after a dash).
        for dash in [" — ", " – ", " - "] {
            if let r = s.range(of: dash) { s = String(s[..<r.lowerBound]) }
        }
        // "Mark Ellison in Silos at 07:00": a posting time after the name.
        if let r = s.range(of: " at ", options: .backwards), s[r.upperBound...].first?.isNumber == true {
            s = String(s[..<r.lowerBound])
        }
        // "Nadia Karimi in Manama": the dateline's place (a blog's category: "in Silos").
        if let r = s.range(of: " in ", options: .backwards), s[r.upperBound...].first?.isUppercase == true,
           s[r.upperBound...].split(separator: " ").count <= 2 {
            s = String(s[..<r.lowerBound])
        }
        // "Karim Zouari on Tuesday, 23 June 2026": the posting date after the name.
        if let r = s.range(of: " on "), let next = s[r.upperBound...].split(separator: " ").first,
           case let word = next.lowercased().trimmingCharacters(in: .punctuationCharacters),
           next.first?.isNumber == true || weekdays.contains(word) || TextDateParser.englishMonths[word] != nil {
            s = String(s[..<r.lowerBound])
        }
        var names: [String] = []
        let parts = s.components(separatedBy: [",", "،", "&", ";"])
        for (index, part) in parts.enumerated() {
            // "By Omar Hadji, Agadir": one word after a full name is the dateline's place (or the
            // agency), not a second writer.
            if index > 0, !part.contains(" and "), part.trimmingWhitespace().split(separator: " ").count == 1,
               parts[0].trimmingWhitespace().split(separator: " ").count >= 2, parts[0].unicodeScalars.allSatisfy({ $0.value < 0x600 }) {
                continue
            }
            for name in part.components(separatedBy: " and ").flatMap({ $0.components(separatedBy: " و ") }) {
                let n = name.trimmingWhitespace()
                if isPlausibleName(n), !posters.contains(n.lowercased()) { names.append(titleCased(n)) }
            }
        }
        return names
    }

    /// Labels of lines that byline boxes also hold: tags, sections, categories.
    static let notBylineLabels = ["الوسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "القسم", "التصنيف", "الفئة", "tags", "tagged",
                                  "category", "categories", "section", "topics", "filed under"]

    /// Weekdays that open a posting date after " on " (months: `TextDateParser.englishMonths`).
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func isPlausibleName(_ n: String) -> Bool {
        let words = n.split(separator: " ")
        guard (1...5).contains(words.count), n.count >= 3, n.count <= 60 else { return false }
        if n.hasPrefix("http") || n.contains("@") || n.contains("/") { return false }
        let lower = n.lowercased()
        for role in ["staff", "writer", "editor", "correspondent", "reporter", "contributor", "updated", "published"]
            where lower.contains(role) && words.count > 1 && !n.first!.isUppercase {
            return false
        }
        if lower.contains("updated") || lower.contains("published") || n.contains(where: \.isNumber) { return false }
        // A login handle ("dijla-desk", "news_editor"): one lower-case word joined by a dash or an
        // underscore, not a person's name.
        if words.count == 1, n == lower, n.unicodeScalars.allSatisfy({ $0.isASCII }), n.contains(where: { $0 == "-" || $0 == "_" }) {
            return false
        }
        return n.contains(where: \.isLetter)
    }

    /// A site's account that posts for everyone ("كُتب بواسطة admin"): no person's byline.
    static let posters: Set<String> = ["admin", "administrator", "webmaster", "site admin", "editor", "moderator",
                                       "ادمن", "أدمن", "الادمن", "الأدمن", "مدير الموقع", "إدارة الموقع", "ادارة الموقع",
                                       "الإدارة", "الادارة", "المشرف"]

    /// Particles that stay lower-case inside a name ("Mohammed bin Salman", "Noura al-Kaabi",
    /// "Ana de Souza"); a name's first word is capitalised all the same.
    static let particles: Set<String> = ["al", "el", "bin", "bint", "ibn", "de", "del", "della", "der", "den",
                                         "van", "von", "da", "di", "du", "dos", "das", "la", "le"]

    /// Words of a credit line rather than a person's name ("AFP STAFF", "REUTERS REPORTERS").
    static let creditWords: Set<String> = ["staff", "reporter", "reporters", "correspondent", "correspondents", "desk", "team"]

    /// A byline written in capitals ("YUSUF RAHIMI", "NOURA AL-KAABI") in the case names are
    /// written in ("Yusuf Rahimi", "Noura al-Kaabi"). Only all-capital Latin names of two words
    /// or more: one capitalised word may be an acronym ("AFP"), and so is a short word without a
    /// vowel inside one ("BBC STAFF" → "BBC Staff") or a word of up to three letters in a credit
    /// line ("AFP STAFF" → "AFP Staff"); mixed case is kept as written.
    static func titleCased(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, name.contains(where: { $0.isUppercase }), !name.contains(where: { $0.isLowercase }),
              name.unicodeScalars.allSatisfy({ $0.value < 0x0250 }) else { return name }
        let credit = words.contains { creditWords.contains($0.lowercased()) }
        var out = ""
        for (i, word) in words.enumerated() {
            if i > 0 { out += " " }
            if word.count <= 4, !word.contains(where: { "AEIOUY".contains($0) })
                || credit && word.count <= 3 && !particles.contains(word.lowercased()) {
                out += word
                continue
            }
            // Each part of "AL-KAABI" and "O'BRIEN" on its own.
            let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { "-'’".contains($0) })
            var rest = Substring(word)
            for (j, part) in parts.enumerated() {
                let lower = part.lowercased()
                let isLast = i == words.count - 1 && j == parts.count - 1
                out += i > 0 && !isLast && particles.contains(lower) ? lower : lower.prefix(1).uppercased() + lower.dropFirst()
                rest = rest.dropFirst(part.count)
                if let separator = rest.first {
                    out.append(separator)
                    rest = rest.dropFirst()
                }
            }
        }
        return out
    }

    /// Unique names, first spelling kept, compared case-insensitively.
    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
