/// Number-word tables in match form (reference §2.5 for Arabic), used by `QuantityParser`.
enum NumberWords {
    /// What one word contributes to a number phrase.
    enum Role: Sendable, Hashable {
        /// Adds to the running group: units, teens, tens, hundreds.
        case add(Double)
        /// "عشر"/"عشره" after a unit makes a teen (ثلاثه عشر = 13); alone it is 10.
        case teen
        /// "hundred" / "مئه" after a unit multiplies the group ("ثلاث مئه", "three hundred").
        case hundred
        /// A scale: thousand, million ... `dual` for ألفان/مليونين (2 × scale when alone).
        case scale(Double, dual: Bool)
        /// "ألفا"/"مليونا": dual when alone, singular after a number ("أحد عشر ألفا").
        case scaleAccusative(Double)
        /// A fraction added after a scale: "ونصف", "وربع".
        case fraction(Double)
        /// A word that only counts inside a phrase ("احد" in "احد عشر", "a" in "a million").
        case weakUnit(Double)
        /// A vague plural with its range: "dozens", "عشرات".
        case vague(ClosedRange<Double>)
        /// A vague plural of a scale: "thousands", "آلاف" — alone a range, after a number a scale.
        case vagueScale(ClosedRange<Double>, scale: Double)
    }

    static let arabic: [String: Role] = {
        var t: [String: Role] = [:]
        let units: [(Double, [String])] = [
            (1, ["واحد", "واحده"]),
            (2, ["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"]),
            (3, ["ثلاث", "ثلاثه"]), (4, ["اربع", "اربعه"]), (5, ["خمس", "خمسه"]),
            (6, ["ست", "سته"]), (7, ["سبع", "سبعه"]), (8, ["ثمان", "ثماني", "ثمانيه"]),
            (9, ["تسع", "تسعه"]),
        ]
        for (v, words) in units { for w in words { t[w] = .add(v) } }
        // The accusative with its alef of tanween, folded («ثلاثاً وعشرين» = 23, «سبعاً»).
        for (v, w) in [(1.0, "واحدا"), (3, "ثلاثا"), (4, "اربعا"), (5, "خمسا"), (6, "ستا"), (7, "سبعا"),
                       (8, "ثمانيا"), (9, "تسعا")] { t[w] = .add(v) }
        t["احد"] = .weakUnit(1)
        t["احدي"] = .weakUnit(1)
        t["عشر"] = .teen
        t["عشره"] = .teen
        let tens: [(Double, String)] = [(20, "عشر"), (30, "ثلاث"), (40, "اربع"), (50, "خمس"), (60, "ست"),
                                        (70, "سبع"), (80, "ثمان"), (90, "تسع")]
        for (v, stem) in tens { t[stem + "ون"] = .add(v); t[stem + "ين"] = .add(v) }
        for w in ["مائه", "مئه"] { t[w] = .hundred }
        for w in ["مئتان", "مئتين", "مائتان", "مائتين", "مائتا", "مئتا", "مئتي", "مائتي"] { t[w] = .add(200) }
        let hundredPrefixes: [(Double, [String])] = [(3, ["ثلاث", "ثلاثه"]), (4, ["اربع", "اربعه"]),
                                                     (5, ["خمس", "خمسه"]), (6, ["ست", "سته"]),
                                                     (7, ["سبع", "سبعه"]), (8, ["ثمان", "ثماني"]),
                                                     (9, ["تسع", "تسعه"])]
        for (v, stems) in hundredPrefixes {
            for stem in stems { for h in ["مائه", "مئه"] { t[stem + h] = .add(v * 100) } }
        }
        let scales: [(Double, String, [String], [String], String)] = [
            (1e3, "الف", ["الفان", "الفين", "الفي"], [], "الفا"),
            (1e6, "مليون", ["مليونان", "مليونين", "مليوني"], ["ملايين"], "مليونا"),
            (1e9, "مليار", ["ملياران", "مليارين", "ملياري"], ["مليارات"], "مليارا"),
            (1e9, "بليون", ["بليونان", "بليونين"], ["بلايين"], "بليونا"),
            (1e12, "تريليون", ["تريليونان", "تريليونين"], ["تريليونات"], "تريليونا"),
        ]
        for (v, single, duals, plurals, accusative) in scales {
            t[single] = .scale(v, dual: false)
            for d in duals { t[d] = .scale(v, dual: true) }
            for p in plurals { t[p] = .vagueScale(3 * v ... 9.99 * v, scale: v) }
            t[accusative] = .scaleAccusative(v)
        }
        t["الاف"] = .vagueScale(3000 ... 9999, scale: 1e3)
        t["عشرات"] = .vague(20 ... 99)
        t["مئات"] = .vague(200 ... 999)
        t["بضع"] = .vague(3 ... 9)
        t["بضعه"] = .vague(3 ... 9)
        t["نصف"] = .fraction(0.5)
        t["ربع"] = .fraction(0.25)
        t["ثلث"] = .fraction(1.0 / 3)
        return t
    }()

    static let english: [String: Role] = {
        var t: [String: Role] = [:]
        let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        for (i, w) in small.enumerated() { t[w] = .add(Double(i)) }
        t["one"] = .weakUnit(1)
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { t[w] = .add(Double(20 + 10 * i)) }
        t["hundred"] = .hundred
        t["thousand"] = .scale(1e3, dual: false)
        t["million"] = .scale(1e6, dual: false)
        t["billion"] = .scale(1e9, dual: false)
        t["trillion"] = .scale(1e12, dual: false)
        t["dozen"] = .scale(12, dual: false)
        t["a"] = .weakUnit(1)
        t["an"] = .weakUnit(1)
        t["half"] = .fraction(0.5)
        t["dozens"] = .vague(24 ... 99)
        t["scores"] = .vague(40 ... 99)
        t["hundreds"] = .vagueScale(200 ... 999, scale: 100)
        t["thousands"] = .vagueScale(2000 ... 9999, scale: 1e3)
        t["millions"] = .vagueScale(2e6 ... 9.99e6, scale: 1e6)
        t["billions"] = .vagueScale(2e9 ... 9.99e9, scale: 1e9)
        t["several"] = .vague(3 ... 9)
        return t
    }()

    /// The role of a match-normalised word, trying Arabic conjunction/preposition proclitics
    /// (و ب ل) when the bare word is unknown. Returns the role and whether a و was removed.
    static func role(of word: String) -> Role? {
        if let r = english[word] ?? arabic[word] { return r }
        let s = word.unicodeScalars
        // The article on a scale plural: "عشرات الآلاف", "مئات الملايين".
        if s.count > 4, word.hasPrefix("\u{0627}\u{0644}"),
           let r = arabic[String(String.UnicodeScalarView(s.dropFirst(2)))] {
            switch r {
            case .vagueScale, .scale: return r
            default: break
            }
        }
        guard s.count > 3, let f = s.first, f == "\u{0648}" || f == "\u{0628}" || f == "\u{0644}" || f == "\u{0641}" else {
            return nil
        }
        let rest = String(String.UnicodeScalarView(s.dropFirst()))
        if let r = arabic[rest] { return r }
        // ل + آلاف is written "لالاف"; و + ب + ...
        if s.count > 4, let second = s.dropFirst().first, second == "\u{0628}" || second == "\u{0644}" {
            return arabic[String(String.UnicodeScalarView(s.dropFirst(2)))]
        }
        return nil
    }
}
