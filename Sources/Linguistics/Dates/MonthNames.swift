/// Month names in match form: English (full and abbreviated), Arabic transliterations of the
/// Gregorian names (Egypt/Gulf), Levantine/Iraqi Syriac names and Maghrebi (French) forms.
enum MonthNames {
    /// One-word names.
    static let single: [String: Int] = {
        var t: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
        for (i, m) in english.enumerated() { t[m] = i + 1 }
        let abbreviations: [(String, Int)] = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                              ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
        for (a, m) in abbreviations { t[a] = m }
        let arabic: [(String, Int)] = [
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("ابريل", 4), ("مايو", 5), ("يونيو", 6),
            ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10),
            ("نوفمبر", 11), ("ديسمبر", 12),
            // Levantine / Iraqi
            ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("اب", 8), ("ايلول", 9),
            // Maghrebi
            ("جانفي", 1), ("فيفري", 2), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويليه", 7), ("اوت", 8),
            ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12), ("يوليوز", 7), ("غشت", 8),
        ]
        for (a, m) in arabic { t[a] = m }
        return t
    }()

    /// Two-word Levantine names: كانون الثاني (January) ... تشرين الأول (October).
    static let double: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الاول": 12],
        "تشرين": ["الاول": 10, "الثاني": 11],
    ]

    /// Words that ambiguous short names need around them to count as months ("may", "march",
    /// "اب", "ماي"): a day or year number next to them.
    static let needsNumber: Set<String> = ["may", "march", "mar", "jan", "sep", "dec", "اب", "ماي", "aug", "jun", "jul"]

    /// Words marking the part of the month.
    static let parts: [String: DateMention.Part] = [
        "اوائل": .early, "مطلع": .early, "بدايه": .early, "early": .early,
        "منتصف": .mid, "اواسط": .mid, "mid": .mid, "middle": .mid,
        "اواخر": .late, "نهايه": .late, "late": .late, "end": .late,
    ]

    /// Words before a bare year ("عام 2014", "in 2014").
    static let yearMarkers: Set<String> = ["عام", "العام", "لعام", "وعام", "سنه", "السنه", "in", "since", "year", "منذ"]
}
