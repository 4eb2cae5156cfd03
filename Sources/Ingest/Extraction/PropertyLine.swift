/// A line of an article's properties that a CMS prints as "Label: value" pairs, on one line or
/// joined from a row of spans: DataLife Engine's «التاريخ: 16-11-2026, 11:15 القسم: أخبار محلية
/// المشاهدات: 1 284», 1C-Bitrix's "Author: Leila Chaabane Section: Politics", "Date: 3 May 2026
/// Category: Economy". Never body text; its author, when it names one, is the article's.
///
/// Counter-examples: "Author: the ministry has not said who wrote the report." (a value longer
/// than a name or a short label), "Section 24: penalties" (no label before the colon),
/// "The minister said: …" (the line does not open with a label).
struct PropertyLine {
    enum Field: Equatable {
        case author, date, section, counter, tags
    }

    /// The fields in order, with their values as written.
    var fields: [(field: Field, value: String)]

    /// Values of the author fields.
    var authors: [String] { fields.filter { $0.field == .author }.map(\.value) }

    /// Lowercased labels; longer ones first, so that "عدد المشاهدات" wins over "المشاهدات".
    static let labels: [(label: [Character], field: Field)] = {
        let table: [(String, Field)] = [
            ("author", .author), ("authors", .author), ("writer", .author), ("written by", .author), ("الكاتب", .author),
            ("الكاتبة", .author), ("المحرر", .author), ("بقلم", .author), ("كتب", .author), ("كتبت", .author),
            ("date", .date), ("published", .date), ("posted", .date), ("updated", .date), ("publication date", .date),
            ("التاريخ", .date), ("تاريخ النشر", .date), ("نشر في", .date), ("نُشر في", .date), ("آخر تحديث", .date),
            ("section", .section), ("category", .section), ("categories", .section), ("filed under", .section), ("rubrique", .section),
            ("القسم", .section), ("التصنيف", .section), ("الفئة", .section), ("التبويب", .section),
            ("views", .counter), ("reads", .counter), ("hits", .counter), ("المشاهدات", .counter), ("عدد المشاهدات", .counter),
            ("القراءات", .counter), ("عدد القراءات", .counter), ("الزيارات", .counter), ("عدد الزيارات", .counter),
            ("tags", .tags), ("keywords", .tags), ("الوسوم", .tags), ("الكلمات الدلالية", .tags), ("كلمات مفتاحية", .tags),
        ]
        return table.map { (Array($0.0), $0.1) }.sorted { $0.label.count > $1.label.count }
    }()

    /// Longest value of a field, in words: a name, a date and time, a section or a count.
    static let maxValueWords = 6

    /// Nil unless the whole line is property fields: it opens with a label, every colon that
    /// follows a label starts a field, each value is short and not empty. One field alone counts
    /// only when its value is at most four words.
    init?(_ text: String) {
        guard text.utf8.count < 600, text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let chars = Array(text)
        // Labels are matched on the lowercased line (one Character for one, or the line is not
        // a property line worth the trouble), values taken as written.
        let lower = Array(text.lowercased())
        guard chars.count < 200, lower.count == chars.count else { return nil }
        // (label start, value start, field) of every labelled colon.
        var marks: [(start: Int, value: Int, field: Field)] = []
        for (i, c) in chars.enumerated() where c == ":" {
            var end = i
            while end > 0, chars[end - 1] == " " { end -= 1 }
            for (label, field) in Self.labels where label.count <= end {
                let start = end - label.count
                guard start == 0 || !chars[start - 1].isLetter else { continue }
                guard lower[start..<end].elementsEqual(label) else { continue }
                marks.append((start, i + 1, field))
                break
            }
        }
        // The line opens with a label (after a bar or dash a template puts first).
        guard let first = marks.first, chars[..<first.start].allSatisfy({ !$0.isLetter && !$0.isNumber }) else { return nil }
        var fields: [(Field, String)] = []
        for (k, mark) in marks.enumerated() {
            let end = k + 1 < marks.count ? marks[k + 1].start : chars.count
            let value = String(chars[mark.value..<end]).trimming(" |·-–—,،")
            let words = value.split(separator: " ").count
            guard words >= 1, words <= Self.maxValueWords else { return nil }
            fields.append((mark.field, value))
        }
        if fields.count == 1, fields[0].1.split(separator: " ").count > 4 { return nil }
        self.fields = fields
    }
}
