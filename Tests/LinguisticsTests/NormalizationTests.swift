import Testing
@testable import Linguistics

@Suite struct NormalizationTests {
    /// Reference §2.3 vectors: input → match form.
    static let vectors: [(String, String)] = [
        ("قالَ المسؤولُ الأميركيُّ", "قال المسؤول الاميركي"),
        ("نقلًا", "نقلا"), ("نقلاً", "نقلا"), ("إنّ", "ان"), ("داعـــش", "داعش"), ("آلاف", "الاف"),
        ("إلى", "الي"), ("مصطفى", "مصطفي"), ("مدينة", "مدينه"), ("٦٬٠٠٠", "6,000"), ("۶۰۰۰", "6000"),
        ("٢٫٥", "2.5"), ("«فوكس نيوز»", "\"فوكس نيوز\""), ("فوكس\u{200F} \u{200E}نيوز\u{061C}", "فوكس نيوز"),
        ("ا\u{0654}كد", "اكد"), ("ﻗﺎﻝ ﻻ", "قال لا"), ("ﷲ", "الله"), ("کردستان ی", "كردستان ي"),
        ("هٰذا", "هذا"), ("“Fox News”", "\"fox news\""), ("don’t", "don't"), ("Café  DÉJÀ", "cafe deja"),
        ("ؤ", "ؤ"), ("و\u{0654}", "ؤ"), ("a\u{00A0}b", "a b"), ("x—y", "x-y"), ("؟", "?"), ("ڤانس", "فانس"),
    ]

    @Test(arguments: vectors)
    func matchLevel(_ pair: (String, String)) {
        #expect(TextNormalizer.normalize(pair.0) == pair.1)
    }

    @Test func spellingVariantsStayDistinct() {
        #expect(TextNormalizer.normalize("أميركي") != TextNormalizer.normalize("أمريكي"))
        #expect(TextNormalizer.normalize("مائة") != TextNormalizer.normalize("مئة"))
    }

    @Test func aggressiveFoldsHamzaSeats() {
        #expect(TextNormalizer.normalize("المسؤول", level: .aggressive) == "المسوول")
        #expect(TextNormalizer.normalize("رئيس", level: .aggressive) == "رييس")
        #expect(TextNormalizer.normalize("أشياء", level: .aggressive) == "اشيا")
    }

    @Test func lightKeepsHarakatButDropsBidiAndCollapsesSpace() {
        #expect(TextNormalizer.normalize(" قالَ\u{200F}  المسؤول ", level: .light) == "قالَ المسؤول")
    }

    @Test func offsetsPointIntoTheSource() {
        let source = "وقالَ المسؤولُ: «نعم»"
        let n = TextNormalizer.normalizeWithOffsets(source)
        #expect(n.string == "وقال المسؤول: \"نعم\"")
        let start = 5, end = 12
        #expect(n.string(start..<end) == "المسؤول")
        let r = n.sourceRange(start..<end)
        let scalars = Array(source.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[r])
        #expect(String(view) == "المسؤولُ")
    }

    @Test func lexiconAndTextFoldTheSame() {
        for word in ["أكد", "نفى", "ادّعى", "صرّح", "مؤكدة", "بيّن"] {
            let text = "وقد \(word) الوزير"
            #expect(TextNormalizer.normalize(text).contains(TextNormalizer.normalize(word)))
        }
    }
}
