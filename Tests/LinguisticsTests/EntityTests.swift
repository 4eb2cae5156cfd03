import Testing
@testable import Linguistics

@Suite struct EntityTests {
    let catalog = EntityCatalog.standard

    static let aliases: [(String, String)] = [
        ("Fox News", "fox-news"), ("فوكس نيوز", "fox-news"), ("ISIS", "isis"), ("داعش", "isis"),
        ("Islamic State", "isis"), ("الدولة الإسلامية", "isis"), ("SDF", "sdf"), ("قسد", "sdf"),
        ("قوات سوريا الديمقراطية", "sdf"), ("al-Hol", "al-hol"), ("الهول", "al-hol"),
        ("CENTCOM", "centcom"), ("القيادة المركزية الأميركية", "centcom"), ("FBI", "fbi"),
        ("مكتب التحقيقات الفيدرالي", "fbi"), ("Reuters", "reuters"), ("رويترز", "reuters"),
        ("AFP", "afp"), ("فرانس برس", "afp"), ("Al Jazeera", "al-jazeera"), ("بغداد", "baghdad"),
        ("العراق", "iraq"), ("U.S.", "usa"),
    ]

    @Test(arguments: aliases)
    func aliasTable(_ pair: (String, String)) {
        #expect(catalog.lookup(pair.0)?.id == pair.1, "\(pair.0)")
    }

    @Test func mentionsInRunningText() {
        let text = "كشفت شبكة \"فوكس نيوز\" أن الولايات المتحدة نقلت معتقلي «داعش» إلى العراق، وللعراق دور."
        let ids = catalog.mentions(in: text).map(\.entity.id)
        #expect(ids == ["fox-news", "usa", "isis", "iraq", "iraq"])
    }

    @Test func acronymsNeedCapitals() {
        #expect(catalog.mentions(in: "This is what IS fighters did").map(\.entity.id) == ["isis"])
        #expect(catalog.mentions(in: "Tell us about it").isEmpty)
    }

    @Test func skeletonFallback() {
        #expect(catalog.resolve("جابارد")?.id == "tulsi-gabbard")
        #expect(catalog.resolve("Tulsy Gabard")?.id == "tulsi-gabbard")
        #expect(catalog.resolve("Rubyo")?.id == "marco-rubio")
        #expect(catalog.resolve("بلومبيرج")?.id == "bloomberg")
    }

    /// Reference §3.3 positives: identical skeletons across scripts.
    static let positives: [(String, String)] = [
        ("تولسي غابارد", "Tulsi Gabbard"), ("تولسي جابارد", "Tulsi Gabbard"), ("ماركو روبيو", "Marco Rubio"),
        ("فوكس نيوز", "Fox News"), ("بغداد", "Baghdad"), ("الهول", "al-Hol"), ("الهول", "al-Hawl"),
        ("بيت هيغسيث", "Pete Hegseth"), ("مظلوم عبدي", "Mazloum Abdi"), ("البنتاغون", "Pentagon"),
        ("رويترز", "Reuters"), ("واشنطن", "Washington"), ("غابارد", "Gabbard"), ("روبيو", "Rubio"),
        // A soft c is an s: «سيركت ليدجر», «قبرص» vs "Cyprus" needs the c of "Cy" to be س.
        ("سيركت ليدجر", "Circuit Ledger"), ("سيسيليا", "Cecilia"),
        // «ع» is written as the vowel beside it: two-consonant names keep their shape.
        ("العبيدي", "al-Ubaidi"), ("العبادي", "Abbadi"),
    ]

    @Test(arguments: positives)
    func skeletonMatches(_ pair: (String, String)) {
        #expect(NameSkeleton(pair.0).matches(NameSkeleton(pair.1)), "\(NameSkeleton(pair.0).key) vs \(NameSkeleton(pair.1).key)")
    }

    static let negatives: [(String, String)] = [
        ("روبيو", "Gabbard"), ("بغداد", "Damascus"), ("رويترز", "Fox News"), ("داعش", "ISIS"),
        ("قسد", "SDF"), ("روبيو", "Robin"), ("الهول", "Hama"), ("العبيدي", "Badi"), ("عبيد", "Bayed"),
    ]

    @Test(arguments: negatives)
    func skeletonNonMatches(_ pair: (String, String)) {
        #expect(!NameSkeleton(pair.0).matches(NameSkeleton(pair.1)), "\(NameSkeleton(pair.0).key) vs \(NameSkeleton(pair.1).key)")
    }
}

@Suite struct ScriptTests {
    @Test func detectsLanguage() {
        #expect(ScriptProfile("وقال المسؤول إن Fox News").language == .arabic)
        #expect(ScriptProfile("The official told Fox News").language == .english)
        #expect(ScriptProfile("123 !!").language == .unknown)
        #expect(ScriptProfile("abc دمشق").arabicShare > 0.5)
    }

    @Test func stopWords() {
        #expect(StopWords.contains("the") && StopWords.contains("الي") && !StopWords.contains("داعش"))
        #expect(StopWords.arabic.contains(TextNormalizer.normalize("إلى")))
    }
}
