import Linguistics

/// An outlet name whose common words are translated rather than transliterated when it is cited
/// in the other script: «بوابة عدن» is "Aden Gate", «دارفور الآن» is "Darfur Now". The common
/// words become concepts and the rest a consonant skeleton, so both spellings compare equal.
struct TranslatedOutletName: Sendable {
    let concepts: Set<String>
    let rest: NameSkeleton

    /// `nil` when the name has no translatable word, or nothing besides it.
    init?(_ name: String) {
        self.init(name, table: Self.table, ignoring: OutletMentions.genericWords, conceptsOnly: false)
    }

    private init?(_ name: String, table: [String: String], ignoring: Set<String>, conceptsOnly: Bool) {
        var concepts = Set<String>()
        var others: [String] = []
        for word in TextFolding.words(name) where !ignoring.contains(word) {
            if let c = Self.concept(of: word, in: table) { concepts.insert(c) } else { others.append(word) }
        }
        guard !concepts.isEmpty, conceptsOnly && concepts.count >= 2 || !others.isEmpty else { return nil }
        self.concepts = concepts
        rest = NameSkeleton(others.joined(separator: " "))
        guard rest.consonants >= 2 || conceptsOnly && others.isEmpty else { return nil }
    }

    /// An organisation's name, translated rather than transliterated in the other script
    /// («مرصد الفرات لحقوق الإنسان» is "the Euphrates Observatory for Human Rights", «المركز الوطني
    /// للدفاع السيبراني» "the National Cyber Defence Centre"); a name made only of translatable
    /// words needs two of them.
    static func organization(_ name: String) -> TranslatedOutletName? {
        // "Oman's Civil Aviation Authority" / «هيئة الطيران المدني»: a country's name before an
        // institution's says whose it is, which the other script often leaves out.
        // Without the possessive ("Oman’s" → "Oman"), which the catalogue does not read.
        let plain = name.split(separator: " ").map { word in
            word.hasSuffix("’s") || word.hasSuffix("'s") ? word.dropLast(2) : word
        }.joined(separator: " ")
        let scalars = Array(plain.unicodeScalars)
        var places = Set<String>()
        for m in EntityCatalog.standard.mentions(in: plain)
        where [.place, .country, .city].contains(m.entity.kind) && m.range.upperBound <= scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[m.range])
            for w in TextFolding.words(String(view)) { places.insert(w); places.insert(w + "s") }   // "Oman’s" folds to "omans"
        }
        return TranslatedOutletName(name, table: organizationTable, ignoring: functionWords.union(places), conceptsOnly: true)
    }

    /// Same concepts, and the other words spelled alike across scripts.
    func matches(_ other: TranslatedOutletName) -> Bool {
        guard concepts == other.concepts else { return false }
        if rest.consonants == 0 || other.rest.consonants == 0 { return rest.consonants == other.rest.consonants }
        return rest.key == other.rest.key || rest.similarity(to: other.rest) >= 0.75
    }

    static func concept(of word: String) -> String? { concept(of: word, in: table) }

    /// The concept of a folded word, also without the Arabic article or a joined preposition
    /// (لحقوق, للدفاع, بالمديرية).
    private static func concept(of word: String, in table: [String: String]) -> String? {
        if let c = table[word] { return c }
        for prefix in ["ال", "لل", "بال", "ل", "وال"] where word.hasPrefix(prefix) && word.count > prefix.count + 2 {
            if let c = table[String(word.dropFirst(prefix.count))] { return c }
        }
        return nil
    }

    /// Words left out of organisation names (articles, prepositions in both scripts).
    private static let functionWords: Set<String> = ["the", "of", "for", "and", "on", "in", "al", "في", "و"]

    /// Words of organisation names that news in the other script translates, by concept (plus
    /// the outlet table).
    private static let organizationTable: [String: String] = {
        var t = table
        let pairs: [(String, [String])] = [
            ("observatory", ["observatory", "مرصد"]), ("rights", ["rights", "حقوق"]), ("human", ["human", "انسان"]),
            ("ministry", ["ministry", "وزاره"]), ("health", ["health", "صحه"]), ("interior", ["interior", "داخليه"]),
            ("defence", ["defence", "defense", "دفاع"]), ("civil", ["civil", "مدني"]), ("national", ["national", "وطني"]),
            ("centre", ["centre", "center", "مركز"]), ("cyber", ["cyber", "cybersecurity", "سيبراني"]),
            ("committee", ["committee", "لجنه"]), ("association", ["association", "جمعيه"]),
            ("union", ["union", "اتحاد", "نقابه"]), ("agency", ["agency", "وكاله"]), ("authority", ["authority", "هيئه"]),
            ("general", ["general", "عامه", "عام"]), ("directorate", ["directorate", "مديريه"]), ("security", ["security", "امن"]),
            ("council", ["council", "house", "assembly", "مجلس"]), ("red", ["red", "احمر"]), ("crescent", ["crescent", "هلال"]),
            ("cross", ["cross", "صليب"]), ("foreign", ["foreign", "خارجيه"]), ("electricity", ["electricity", "كهرباء"]),
            ("energy", ["energy", "طاقه"]), ("education", ["education", "تربيه", "تعليم"]), ("justice", ["justice", "عدل"]),
            ("finance", ["finance", "ماليه"]), ("transport", ["transport", "نقل"]), ("integrity", ["integrity", "نزاهه"]),
            ("federal", ["federal", "اتحادي", "اتحاديه"]), ("supreme", ["supreme", "اعلي"]),
            ("court", ["court", "محكمه"]), ("army", ["army", "جيش"]), ("police", ["police", "شرطه"]), ("port", ["port", "ميناء"]),
            ("hospital", ["hospital", "مستشفي"]), ("meteorological", ["meteorological", "انواء", "جويه"]),
            ("aviation", ["aviation", "طيران"]), ("maritime", ["maritime", "بحريه", "ملاحه"]), ("ports", ["ports", "موانئ"]),
            ("customs", ["customs", "جمارك"]), ("environment", ["environment", "environmental", "بيئه"]),
            ("water", ["water", "مياه", "ماء", "مائيه"]), ("agriculture", ["agriculture", "زراعه"]), ("journalists", ["journalists", "صحفيين"]),
            ("prosecution", ["prosecution", "prosecutor", "نيابه"]), ("public", ["public", "عموميه"]),
            ("emergency", ["emergency", "طوارئ"]), ("media", ["media", "اعلام"]), ("trade", ["trade", "تجاره"]),
            ("industry", ["industry", "صناعه"]), ("economy", ["economy", "اقتصاد"]), ("bank", ["bank", "بنك", "مصرف"]),
            ("central", ["central", "مركزي"]), ("parliament", ["parliament", "برلمان"]), ("food", ["food", "غذاء", "اغذيه"]),
            ("safety", ["safety", "سلامه"]), ("commission", ["commission", "مفوضيه"]), ("elections", ["elections", "electoral", "انتخابات"]),
            ("state", ["state", "دوله"]), ("relief", ["relief", "اغاثه"]), ("labour", ["labour", "labor", "عمل"]),
            ("resources", ["resources", "موارد"]), ("statistics", ["statistics", "احصاء"]), ("tourism", ["tourism", "سياحه"]),
            ("antiquities", ["antiquities", "اثار"]), ("housing", ["housing", "اسكان"]), ("municipality", ["municipality", "بلديه"]),
            ("governorate", ["governorate", "محافظه"]), ("planning", ["planning", "تخطيط"]), ("oil", ["oil", "petroleum", "نفط"]),
            ("communications", ["communications", "اتصالات"]), ("culture", ["culture", "ثقافه"]), ("youth", ["youth", "شباب"]),
            ("sports", ["sports", "sport", "رياضه"]), ("endowments", ["endowments", "awqaf", "اوقاف"]), ("affairs", ["affairs", "شؤون"]),
            ("social", ["social", "اجتماعيه"]), ("development", ["development", "تنميه", "انمائي"]), ("population", ["population", "سكان"]),
            ("football", ["football", "كره", "قدم"]), ("federation", ["federation", "جامعه"]), ("royal", ["royal", "ملكي", "ملكيه"]),
            ("protection", ["protection", "حمايه", "وقايه"]), ("plant", ["plant", "plants", "نبات", "نباتات"]),
            ("control", ["control", "مكافحه"]), ("pharmacists", ["pharmacists", "صيادله"]), ("teachers", ["teachers", "معلمين"]),
            ("doctors", ["doctors", "physicians", "اطباء"]), ("lawyers", ["lawyers", "bar", "محامين"]), ("chamber", ["chamber", "غرفه"]),
            ("railways", ["railways", "railway", "سكك"]), ("intelligence", ["intelligence", "استخبارات", "مخابرات"]),
            ("presidency", ["presidency", "رئاسه"]), ("ministers", ["ministers", "cabinet", "وزراء"]), ("representatives", ["representatives", "نواب"]),
            ("international", ["international", "دولي", "دوليه"]), ("organization", ["organization", "organisation", "منظمه"]),
            ("migration", ["migration", "هجره"]), ("refugees", ["refugees", "لاجئين"]), ("fund", ["fund", "صندوق"]),
            ("monetary", ["monetary", "نقد"]), ("programme", ["programme", "program", "برنامج"]), ("world", ["world", "عالمي", "عالميه"]),
            ("renewable", ["renewable", "متجدده"]), ("investigation", ["investigation", "investigations", "تحقيق", "تحقيقات"]),
            ("office", ["office", "مكتب"]), ("service", ["service", "services", "خدمات", "خدمه"]), ("company", ["company", "شركه"]),
        ]
        for (concept, words) in pairs { for w in words { t[w] = concept } }
        return t
    }()

    /// Whether a folded word is a translatable word of institution names ("authority", «هيئة»).
    static func isOrganizationWord(_ word: String) -> Bool { concept(of: word, in: organizationTable) != nil }

    /// Whether a folded word can be part of a translated name (for scanning running text).
    static func isConceptWord(_ word: String) -> Bool { concept(of: word) != nil }

    /// Folded words of outlet names that news in the other script translates, by concept.
    private static let table: [String: String] = {
        var t: [String: String] = [:]
        let pairs: [(String, [String])] = [
            ("gate", ["gate", "portal", "بوابه"]),
            ("now", ["now", "الان"]),
            ("today", ["today", "اليوم"]),
            ("voice", ["voice", "صوت"]),
            ("echo", ["echo", "صدى", "صدي"]),
            ("pulse", ["pulse", "نبض"]),
            ("mirror", ["mirror", "mirrors", "مرايا", "مراه"]),
            ("observer", ["observer", "monitor", "مرصد"]),
            ("horizon", ["horizon", "horizons", "افق", "افاق"]),
            ("east", ["east", "orient", "شرق", "مشرق"]),
            ("window", ["window", "نافذه"]),
            ("platform", ["platform", "منصه"]),
            ("eye", ["eye", "عين"]),
            ("sun", ["sun", "شمس"]),
            ("dawn", ["dawn", "فجر"]),
            ("nation", ["nation", "امه"]),
            ("homeland", ["homeland", "وطن"]),
            ("free", ["free", "حره", "حر"]),
            ("new", ["new", "جديد"]),
        ]
        for (concept, words) in pairs { for w in words { t[w] = concept } }
        return t
    }()
}
