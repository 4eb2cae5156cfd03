import ClaimExtraction
import CorroborateModel
import Testing

/// An article written for these tests, built unlike the seed: a named minister, a spokesperson,
/// a denial, a statement, anonymous sources told to an agency, a document seen by an outlet,
/// negation, the writer's voice and a refusal to comment.
@Suite struct ArabicArticleTests {
    static let lines = [
        "أعلن وزير الداخلية العراقي عبد الأمير الشمري، في مؤتمر صحفي عقده في بغداد يوم الأحد، أن القوات الأمنية اعتقلت 45 مطلوبا في عملية واسعة جنوب البلاد.",
        "وقال الشمري إن العملية \"جاءت بعد أشهر من الرصد الاستخباري\"، مضيفا أن بين المعتقلين قياديين بارزين في شبكة لتهريب المخدرات.",
        "ردود متباينة",
        "من جهته، نفى المتحدث باسم هيئة الحشد الشعبي، في بيان، أن تكون لعناصر الهيئة أي صلة بالمطلوبين.",
        "وذكرت مصادر أمنية مطلعة لوكالة الأنباء العراقية، طلبت عدم الكشف عن هويتها، أن بعض المعتقلين كانوا على صلة بخلايا نائمة.",
        "وجاء في تقرير لوزارة الداخلية، اطلعت عليه رويترز، أن عدد الموقوفين في المحافظات الجنوبية بلغ نحو ألفي شخص منذ بداية العام.",
        "وفي واشنطن، قالت متحدثة باسم وزارة الخارجية الأميركية للصحفيين إن الولايات المتحدة \"ترحب بأي جهد يعزز سيادة القانون في العراق\".",
        "ولم يذكر البيان عدد القتلى في صفوف المطلوبين.",
        "ويُعتقد أن الشبكة تنشط منذ سنوات على الحدود مع إيران.",
        "ورفض مسؤول في وزارة الداخلية التعليق على التقارير التي تحدثت عن سقوط ضحايا مدنيين.",
        "وكتب الشمري في تغريدة على منصة إكس: \"لن نسمح لأي جهة بالعبث بأمن المواطنين\".",
        "واتهم ناشطون القوات الأمنية بتنفيذ اعتقالات عشوائية.",
        "لكن الوزارة نفت هذه الاتهامات، مؤكدة أن جميع الاعتقالات جرت بموجب مذكرات قضائية.",
        "وبحسب أرقام رسمية، فإن السجون العراقية تضم أكثر من 20 ألف محكوم بتهم تتعلق بالإرهاب.",
        "ويذكر أن العراق أعلن في عام 2017 انتصاره على تنظيم الدولة الإسلامية.",
    ]

    let article = ArabicArticle.make(lines, outlet: "العربي الجديد")
    var set: ClaimSet { ClaimExtractor().extract(article) }

    func claims(_ set: ClaimSet, in paragraph: Int) -> [Claim] { set.claims.filter { $0.paragraph == paragraph } }
    func source(_ set: ClaimSet, _ claim: Claim) -> Source { set.sources.first { $0.id == claim.source }! }

    @Test func oneClaimPerStatementAndNoneElsewhere() {
        let set = set
        let counts = article.paragraphs.indices.map { claims(set, in: $0).count }
        #expect(counts == [1, 2, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 2, 1, 0], "\(ClaimDump.text(set))")
    }

    @Test func theMinisterIsOneNamedPerson() throws {
        let set = set
        let p0 = try #require(claims(set, in: 0).first)
        let minister = source(set, p0)
        #expect(minister.kind == .person)
        #expect(minister.name.contains("عبد الأمير الشمري"))
        for p in [1, 10] {
            for c in claims(set, in: p) { #expect(c.source == minister.id, "\(c.cue)") }
        }
        #expect(p0.content.hasPrefix("القوات الأمنية اعتقلت 45 مطلوبا"))
        #expect(claims(set, in: 1).first?.quote == .mixed)
        #expect(claims(set, in: 10).first?.quote == .direct)
    }

    @Test func denialsAndRefusals() throws {
        let set = set
        let denial = try #require(claims(set, in: 3).first)
        #expect(denial.polarity == .negative)
        #expect(source(set, denial).kind == .person)
        #expect(source(set, denial).name.hasPrefix("المتحدث باسم هيئة الحشد الشعبي"))
        let refusal = try #require(claims(set, in: 9).first)
        #expect(refusal.polarity == Claim.Polarity.none)
        #expect(source(set, refusal).kind == .anonymous)
        let p12 = claims(set, in: 12)
        #expect(p12.map(\.polarity) == [.negative, .positive])
        #expect(p12.map(\.source) == [p12[0].source, p12[0].source])
        #expect(source(set, p12[0]).kind == .organization)
    }

    @Test func anonymousSourcesDocumentsAndRelays() throws {
        let set = set
        let anonymous = try #require(claims(set, in: 4).first)
        #expect(source(set, anonymous).kind == .anonymous)
        #expect(anonymous.via.map { id in set.sources.first { $0.id == id }!.kind } == [.outlet])
        let report = try #require(claims(set, in: 5).first)
        #expect(source(set, report).kind == .document)
        #expect(report.via.compactMap { id in set.sources.first { $0.id == id }?.name } == ["رويترز"])
        let spokeswoman = try #require(claims(set, in: 6).first)
        #expect(spokeswoman.quote == .mixed)
        #expect(source(set, spokeswoman).name.contains("وزارة الخارجية الأميركية"))
        let figures = try #require(claims(set, in: 13).first)
        #expect(source(set, figures).kind == .document)
        #expect(figures.content.hasPrefix("السجون العراقية"))
    }
}
