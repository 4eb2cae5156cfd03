import CorroborateModel
import ClaimMatching

/// An invented story for the report tests (no real outlet text): a wire breaks a port fire from
/// one anonymous official; an Arabic site relays the wire; a second Arabic site copies that relay
/// without credit and adds one line of its own; a paper quotes the harbour master by name with a
/// different figure; a city site carries the port authority's denial.
enum PortFireStory {
    static let relayParagraphs = [
        "نقلت وكالة رويترز عن مسؤول في الميناء أن نحو 300 حاوية احترقت في الحريق الذي اندلع فجر الأحد في الرصيف الشرقي للميناء التجاري",
        "وبحسب المسؤول فإن الحريق بدأ في المستودع رقم 7 قبل أن يمتد إلى الأرصفة المجاورة بسبب الرياح القوية التي هبت على المدينة طوال الليل",
        "وأضاف المسؤول أن فرق الإطفاء احتاجت إلى أكثر من ست ساعات للسيطرة على النيران وأن التحقيق في أسباب الحريق ما زال جاريا",
    ]

    static func document(_ id: String, outlet: String, language: String, published: String,
                         _ paragraphs: [String]) -> Document {
        Document(id: id, article: Article(input: "https://\(id).example/story", headline: "Port fire \(id)",
                                          outlet: outlet, published: published, language: language,
                                          paragraphs: paragraphs.map { Paragraph(kind: .paragraph, text: $0) }))
    }

    static func claim(_ id: String, _ document: String, _ paragraph: Int, _ text: String, source: String,
                      via: [String] = [], cue: String = "said", polarity: Claim.Polarity = .positive) -> Claim {
        let n = text.unicodeScalars.count
        return Claim(id: id, document: document, paragraph: paragraph, text: text, content: text, cue: cue,
                     quote: .indirect, polarity: polarity, source: source, via: via,
                     offsets: .init(text: Span(0, n), source: [], cue: [], content: [Span(0, n)]))
    }

    static let claimSet: ClaimSet = {
        let documents = [
            document("d1", outlet: "Reuters", language: "en", published: "2026-03-01T08:00:00Z", [
                "A port official, speaking on condition of anonymity, told Reuters that about 300 containers burned.",
                "The official said the fire started in warehouse 7.",
                "The port has been closed since Monday.",
            ]),
            document("d2", outlet: "وكالة الساحل", language: "ar", published: "2026-03-01T12:00:00+02:00", relayParagraphs),
            document("d3", outlet: "صدى الساحل", language: "ar", published: "2026-03-01T15:00:00+03:00",
                     Array(relayParagraphs.prefix(2)) + ["ويعد الميناء الأكبر في المنطقة منذ افتتاحه قبل عقدين"]),
            document("d4", outlet: "Bay Times", language: "en", published: "2026-03-01T16:00:00Z", [
                "Harbour master Lena Ortiz said 250 containers burned.",
                "Ortiz said the fire started in warehouse 7.",
            ]),
            document("d5", outlet: "City Wire", language: "en", published: "2026-03-01T18:00:00Z", [
                "The port authority denied that any containers burned.",
            ]),
        ]
        let sources = [
            Source(id: "s1", name: "a port official", kind: .anonymous),
            Source(id: "s2", name: "Reuters", kind: .outlet),
            Source(id: "s3", name: "مسؤول في الميناء", kind: .anonymous),
            Source(id: "s4", name: "رويترز", kind: .outlet),
            Source(id: "s5", name: "المسؤول", kind: .anonymous),
            Source(id: "s6", name: "صدى الساحل", kind: .outlet),
            Source(id: "s7", name: "Lena Ortiz", kind: .person),
            Source(id: "s8", name: "Ortiz", kind: .person),
            Source(id: "s9", name: "the port authority", kind: .organization),
        ]
        let r = relayParagraphs
        let claims = [
            claim("k1", "d1", 0, documents[0].article.paragraphs[0].text, source: "s1", cue: "told"),
            claim("k2", "d1", 1, documents[0].article.paragraphs[1].text, source: "s1"),
            claim("k3", "d1", 2, documents[0].article.paragraphs[2].text, source: "s2", cue: ""),
            claim("k4", "d2", 0, r[0], source: "s3", via: ["s4"], cue: "نقلت عن"),
            claim("k5", "d2", 1, r[1], source: "s5", cue: "بحسب"),
            claim("k6", "d3", 0, r[0], source: "s3", via: ["s4"], cue: "نقلت عن"),
            claim("k7", "d3", 1, r[1], source: "s5", cue: "بحسب"),
            claim("k8", "d3", 2, documents[2].article.paragraphs[2].text, source: "s6", cue: ""),
            claim("k9", "d4", 0, documents[3].article.paragraphs[0].text, source: "s7"),
            claim("k10", "d4", 1, documents[3].article.paragraphs[1].text, source: "s8"),
            claim("k11", "d5", 0, documents[4].article.paragraphs[0].text, source: "s9", cue: "denied", polarity: .negative),
        ]
        return ClaimSet(documents: documents, sources: sources, claims: claims)
    }()

    /// What a matcher would group: containers burned (with a number conflict), where the fire
    /// started; the rest alone.
    static let groups: [ClaimGroupEvidence] = [
        ClaimGroupEvidence(claims: ["k1", "k4", "k6", "k9", "k11"],
                           conflicts: [PairConflict(a: "k1", b: "k9", kind: .number)]),
        ClaimGroupEvidence(claims: ["k2", "k5", "k7", "k10"]),
    ]
}
