import Foundation

/// Turns byline strings into author names: "By Jane Doe and John Roe | Reuters" →
/// ["Jane Doe", "John Roe"]; "بقلم: محمد علي" → ["محمد علي"]; "كتب - أحمد حسن" → ["أحمد حسن"].
enum AuthorNames {
    static let prefixes = [
        "written by", "reporting by", "reported by", "posted by", "story by", "words by", "by",
        "نشر بواسطة", "نشرت بواسطة", "بواسطة", "بقلم", "كتب", "كتبت", "كتبه", "تقرير", "إعداد", "اعداد", "تحرير", "المحرر",
    ]

    static func parse(_ raw: String) -> [String] {
        var s = TextBuffer.normalise(raw)
        for p in prefixes {
            if s.lowercased().hasPrefix(p), s.count > p.count {
                let rest = s.dropFirst(p.count)
                guard let f = rest.first, !f.isLetter else { continue }
                s = String(rest)
                break
            }
        }
        s = String(s.drop { $0 == ":" || $0 == "-" || $0 == "–" || $0 == " " || $0 == "|" })
        // Cut trailing role/outlet parts: "Jane Doe | Reuters", "Jane Doe, Staff Writer".
        if let bar = s.firstIndex(where: { $0 == "|" || $0 == "\n" }) { s = String(s[..<bar]) }
        var names: [String] = []
        for part in s.components(separatedBy: [",", "،", "&", ";"]) {
            for name in part.components(separatedBy: " and ").flatMap({ $0.components(separatedBy: " و ") }) {
                let n = name.trimmingWhitespace()
                if isPlausibleName(n) { names.append(n) }
            }
        }
        return names
    }

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
        return n.contains(where: \.isLetter)
    }

    /// Unique names, first spelling kept, compared case-insensitively.
    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
