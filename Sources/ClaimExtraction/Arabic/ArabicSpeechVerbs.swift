import Linguistics

/// The Arabic speech-verb lexicon (reference §1.2): the lemmas below with their paradigms, in match
/// form (أ/إ/آ → ا, ى → ي, ة → ه, no harakat), and what may introduce their content.
///
/// Proclitics و ف وف are handled by the lookup (وقال، فأضاف، وفأضاف), never by stripping a
/// leading و blindly (وزير, وكالة and وفق start with a real و).
enum ArabicSpeechVerbs {
    /// What may come between a verb (and its subject) and the reported content.
    enum Introducer: Sendable, Hashable {
        /// أنّ / إنّ / أنه …
        case that
        /// بأن
        case biAnna
        /// إلى أن
        case ilaAnna
        /// على أن
        case alaAnna
        /// من أن / من (warnings)
        case minAnna
        /// عن + noun phrase (كشف عن، أعرب عن)
        case an
        /// ":" or an opening quote, or قائلا / بالقول
        case direct
        /// Any object: the denied or described proposition (نفى صحة …، وصفه بـ …)
        case object
        /// بـ + noun phrase (وصفه بـ "أسوأ الأسوأ")
        case bi
        /// إلى + noun phrase (دعا السكان إلى الابتعاد عن ضفاف النهر)
        case ila
        /// التعليق (رفض التعليق، امتنع عن التعليق)
        case comment
    }

    /// What kind of statement a verb reports.
    enum Category: Sendable, Hashable {
        case say, assert, add, report, reveal, claim, deny, opinion, warn, describe, decline
    }

    /// One verb form: its lemma and how its content is introduced.
    struct Entry: Sendable, Hashable {
        var lemma: String
        var category: Category
        var introducers: Set<Introducer>
        /// A ḥāl participle (قائلا, مؤكدا): the speaker is the subject of the clause before it.
        var isParticiple: Bool
        /// An imperfect 3rd-person form that, with no subject, is impersonal (يُذكر أن, يُعتقد أن).
        var impersonalWithoutSubject: Bool
        /// نقل: must be followed by عن + the source (else it means "transfer").
        var requiresAn: Bool
    }

    private struct Lemma {
        let lemma: String
        let category: Category
        let introducers: Set<Introducer>
        let finite: [String]
        let participles: [String]
        var impersonal: Set<String> = []
        var requiresAn = false
    }

    private static let lemmas: [Lemma] = [
        Lemma(lemma: "قال", category: .say, introducers: [.that, .direct],
              finite: ["قال", "قالت", "قالا", "قالتا", "قالوا", "قلن", "يقول", "تقول", "يقولان", "يقولون"],
              participles: ["قائلا", "قائله", "قائلين"], impersonal: ["يقال"]),
        Lemma(lemma: "أكد", category: .assert, introducers: [.that, .alaAnna, .direct, .object],
              finite: ["اكد", "اكدت", "اكدا", "اكدوا", "يؤكد", "تؤكد", "يؤكدون"], participles: ["مؤكدا", "مؤكده", "مؤكدين"]),
        Lemma(lemma: "أوضح", category: .say, introducers: [.that, .direct],
              finite: ["اوضح", "اوضحت", "اوضحا", "اوضحوا", "يوضح", "توضح", "يوضحون"], participles: ["موضحا", "موضحه"]),
        Lemma(lemma: "أشار", category: .say, introducers: [.ilaAnna, .direct],
              finite: ["اشار", "اشارت", "اشارا", "اشاروا", "يشير", "تشير", "يشيرون"], participles: ["مشيرا", "مشيره"],
              impersonal: ["يشار"]),
        Lemma(lemma: "أضاف", category: .add, introducers: [.that, .direct],
              finite: ["اضاف", "اضافت", "اضافا", "اضافوا", "يضيف", "تضيف", "يضيفون"], participles: ["مضيفا", "مضيفه"]),
        // "وذكّر البيان بأن" (reminded): بأن too.
        Lemma(lemma: "ذكر", category: .report, introducers: [.that, .biAnna, .direct],
              finite: ["ذكر", "ذكرت", "ذكرا", "ذكروا", "يذكر", "تذكر", "يذكرون"], participles: ["ذاكرا"],
              impersonal: ["يذكر"]),
        Lemma(lemma: "صرح", category: .say, introducers: [.biAnna, .that, .direct],
              finite: ["صرح", "صرحت", "صرحا", "صرحوا", "يصرح", "تصرح"], participles: ["مصرحا"]),
        Lemma(lemma: "أعلن", category: .assert, introducers: [.that, .an, .direct, .object],
              finite: ["اعلن", "اعلنت", "اعلنا", "اعلنوا", "يعلن", "تعلن", "يعلنون"], participles: ["معلنا", "معلنه"]),
        Lemma(lemma: "كشف", category: .reveal, introducers: [.that, .an],
              finite: ["كشف", "كشفت", "كشفا", "كشفوا", "يكشف", "تكشف"], participles: ["كاشفا", "كاشفه"]),
        Lemma(lemma: "نقل", category: .report, introducers: [.that, .direct],
              finite: ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل"], participles: [], requiresAn: true),
        Lemma(lemma: "أفاد", category: .report, introducers: [.biAnna, .that],
              finite: ["افاد", "افادت", "افادا", "افادوا", "يفيد", "تفيد"], participles: ["مفيدا"], impersonal: ["افيد"]),
        Lemma(lemma: "لفت", category: .say, introducers: [.ilaAnna],
              finite: ["لفت", "لفتت", "لفتوا", "يلفت", "تلفت"], participles: ["لافتا", "لافته"]),
        Lemma(lemma: "تابع", category: .add, introducers: [.direct],
              finite: ["تابع", "تابعت", "تابعوا", "يتابع", "تتابع"], participles: ["متابعا"]),
        Lemma(lemma: "شدد", category: .assert, introducers: [.alaAnna, .direct],
              finite: ["شدد", "شددت", "شددوا", "يشدد", "تشدد"], participles: ["مشددا", "مشدده"]),
        Lemma(lemma: "بين", category: .say, introducers: [.that],
              finite: ["بين", "بينت", "بينوا", "يبين", "تبين"], participles: ["مبينا"]),
        Lemma(lemma: "زعم", category: .claim, introducers: [.that],
              finite: ["زعم", "زعمت", "زعموا", "يزعم", "تزعم"], participles: ["زاعما"]),
        Lemma(lemma: "ادعى", category: .claim, introducers: [.that],
              finite: ["ادعي", "ادعت", "ادعوا", "يدعي", "تدعي"], participles: ["مدعيا"]),
        Lemma(lemma: "نفى", category: .deny, introducers: [.that, .object],
              finite: ["نفي", "نفت", "نفيا", "نفوا", "ينفي", "تنفي", "ينفون"], participles: ["نافيا", "نافيه"]),
        Lemma(lemma: "أردف", category: .add, introducers: [.direct, .that],
              finite: ["اردف", "اردفت", "يردف"], participles: ["مردفا"]),
        Lemma(lemma: "اختتم", category: .add, introducers: [.direct],
              finite: ["اختتم", "اختتمت", "يختتم"], participles: ["مختتما"]),
        Lemma(lemma: "اعتبر", category: .opinion, introducers: [.that, .object],
              finite: ["اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر"], participles: ["معتبرا", "معتبره"],
              impersonal: ["يعتبر"]),
        Lemma(lemma: "رأى", category: .opinion, introducers: [.that],
              finite: ["راي", "رات", "راوا", "يري", "تري", "يرون"], participles: [], impersonal: ["يري"]),
        // Demands and appeals ("وطالب البزوني الحكومة بصرف تعويضات", "ودعا المحافظ السكان إلى
        // الابتعاد", "وناشدت الوزارة المواطنين أن"): what the speaker asks for is their statement.
        // (The noun طالب "student" takes no بـ/إلى content with a subject: see `ArabicSentenceReader`.)
        Lemma(lemma: "طالب", category: .opinion, introducers: [.bi, .biAnna, .that],
              finite: ["طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون"], participles: ["مطالبا", "مطالبه", "مطالبين"]),
        Lemma(lemma: "دعا", category: .opinion, introducers: [.ila, .ilaAnna, .that],
              finite: ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"], participles: ["داعيا", "داعيه"]),
        Lemma(lemma: "ناشد", category: .opinion, introducers: [.bi, .biAnna, .that],
              finite: ["ناشد", "ناشدت", "ناشدوا", "يناشد", "تناشد"], participles: ["مناشدا", "مناشده"]),
        Lemma(lemma: "حذر", category: .warn, introducers: [.minAnna],
              finite: ["حذر", "حذرت", "حذروا", "يحذر", "تحذر"], participles: ["محذرا", "محذره"]),
        Lemma(lemma: "أقر", category: .assert, introducers: [.biAnna],
              finite: ["اقر", "اقرت", "يقر", "تقر"], participles: ["مقرا"]),
        Lemma(lemma: "اعترف", category: .assert, introducers: [.biAnna],
              finite: ["اعترف", "اعترفت", "يعترف", "تعترف"], participles: ["معترفا"]),
        Lemma(lemma: "نوه", category: .say, introducers: [.ilaAnna, .biAnna],
              finite: ["نوه", "نوهت", "ينوه"], participles: ["منوها"]),
        Lemma(lemma: "أبلغ", category: .say, introducers: [.biAnna],
              finite: ["ابلغ", "ابلغت", "ابلغوا", "ابلغه", "ابلغها", "ابلغهم"], participles: []),
        Lemma(lemma: "أورد", category: .report, introducers: [.that],
              finite: ["اورد", "اوردت", "يورد", "تورد"], participles: []),
        Lemma(lemma: "رجح", category: .warn, introducers: [.that],
              finite: ["رجح", "رجحت", "يرجح", "ترجح"], participles: ["مرجحا"], impersonal: ["يرجح"]),
        Lemma(lemma: "قدر", category: .report, introducers: [.that, .object],
              finite: ["قدر", "قدرت", "يقدر", "تقدر"], participles: ["مقدرا"], impersonal: ["يقدر"]),
        Lemma(lemma: "أعرب", category: .opinion, introducers: [.an],
              finite: ["اعرب", "اعربت", "اعربوا", "يعرب", "تعرب"], participles: ["معربا", "معربه"]),
        Lemma(lemma: "كتب", category: .say, introducers: [.direct, .that],
              finite: ["كتب", "كتبت", "يكتب", "تكتب"], participles: []),
        Lemma(lemma: "اتهم", category: .assert, introducers: [.biAnna, .bi],
              finite: ["اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم"], participles: ["متهما"]),
        Lemma(lemma: "تحدث", category: .say, introducers: [.an, .that],
              finite: ["تحدث", "تحدثت", "تحدثا", "تحدثوا", "يتحدث"], participles: ["متحدثا"]),
        // نسب إلى X قوله: like نقل عن, only with its preposition (see the reader).
        Lemma(lemma: "نسب", category: .report, introducers: [.that, .direct],
              finite: ["نسب", "نسبت", "نسبوا", "ينسب", "تنسب"], participles: [], requiresAn: true),
        // Beyond the 34: narration ("وروى شقيقه للمجلة أن"), characterisation ("ما وصفه المسؤول
        // بأخطر المعتقلين"), other denials, and declining to comment.
        Lemma(lemma: "روى", category: .say, introducers: [.that, .direct],
              finite: ["روي", "روت", "رووا", "يروي", "تروي", "يروون"], participles: ["راويا"]),
        // "وزاد الموظف أن": added (only the past forms: يزيد is "exceeds").
        Lemma(lemma: "زاد", category: .add, introducers: [.that, .direct],
              finite: ["زاد", "زادت"], participles: []),
        // Recollection ("وتستذكر الطبيبة أن"): an account of what the speaker saw.
        Lemma(lemma: "استذكر", category: .say, introducers: [.that],
              finite: ["استذكر", "استذكرت", "استذكروا", "يستذكر", "تستذكر"], participles: ["مستذكرا"]),
        // Confiding and narrating ("وأفضى طبيب … إلى "المحروسة نيوز" … بأن", "أسرّ محقق لـ… بأن",
        // "ويحكي أحد المزارعين أن"), a caveat added ("واستدرك المحقق نفسه بأن"), a hint ("وألمح
        // المسؤول إلى أن"), an explanation ("وشرح أن"), a
        // remark ("ولاحظ أن"), an expectation ("وتوقع الخبير أن"), a warning ("ونبّه إلى أن"),
        // a disclosure ("وأفصح عن"). (أسرّ only with بأن: أَسَرَ is also "captured"; استبعد is left
        // out, its content is what the speaker rules out; أرجع too, "ويرجع ذلك إلى أن" is "this is
        // because".)
        Lemma(lemma: "أفضى", category: .say, introducers: [.biAnna, .that],
              finite: ["افضي", "افضت", "افضوا", "يفضي", "تفضي"], participles: []),
        Lemma(lemma: "أسر", category: .say, introducers: [.biAnna],
              finite: ["اسر", "اسرت", "اسروا"], participles: []),
        Lemma(lemma: "سرد", category: .say, introducers: [.that, .direct],
              finite: ["سرد", "سردت", "سردوا", "يسرد", "تسرد"], participles: ["ساردا"]),
        Lemma(lemma: "حكى", category: .say, introducers: [.that, .direct],
              finite: ["حكي", "حكت", "حكوا", "يحكي", "تحكي", "يحكون"], participles: []),
        Lemma(lemma: "استدرك", category: .add, introducers: [.biAnna, .that, .direct],
              finite: ["استدرك", "استدركت", "يستدرك", "تستدرك"], participles: ["مستدركا"]),
        Lemma(lemma: "استطرد", category: .add, introducers: [.biAnna, .that, .direct],
              finite: ["استطرد", "استطردت", "يستطرد", "تستطرد"], participles: ["مستطردا"]),
        Lemma(lemma: "ألمح", category: .say, introducers: [.ilaAnna, .that],
              finite: ["المح", "المحت", "المحوا", "يلمح", "تلمح"], participles: ["ملمحا", "ملمحه"]),
        Lemma(lemma: "شرح", category: .say, introducers: [.that, .direct],
              finite: ["شرح", "شرحت", "شرحوا", "يشرح", "تشرح"], participles: ["شارحا"]),
        Lemma(lemma: "لاحظ", category: .opinion, introducers: [.that],
              finite: ["لاحظ", "لاحظت", "لاحظوا", "يلاحظ", "تلاحظ"], participles: ["ملاحظا"]),
        Lemma(lemma: "توقع", category: .opinion, introducers: [.that],
              finite: ["توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون"], participles: ["متوقعا"],
              impersonal: ["يتوقع"]),
        Lemma(lemma: "نبه", category: .warn, introducers: [.ilaAnna, .minAnna],
              finite: ["نبه", "نبهت", "نبهوا", "ينبه", "تنبه"], participles: ["منبها", "منبهه"]),
        Lemma(lemma: "أفصح", category: .reveal, introducers: [.an, .biAnna, .that],
              finite: ["افصح", "افصحت", "يفصح", "تفصح"], participles: []),
        // Certainty and belief ("وجزم الشرقاوي … بأن", "ويعتقد الخبير أن", "وذهب المحلل إلى أن"),
        // a denial ("وأنكر المتهم أن"), a closing line ("وختم بالقول"). (ذهب only with إلى أن:
        // "ذهب الوفد إلى أنقرة" is travel; يُعتقد without a subject is impersonal.)
        Lemma(lemma: "جزم", category: .assert, introducers: [.biAnna, .that],
              finite: ["جزم", "جزمت", "جزموا", "يجزم", "تجزم"], participles: ["جازما"]),
        // "قطع المصدر بأن …" (stated flatly): only with بأن, else it is "cut" (قطع الطريق).
        Lemma(lemma: "قطع", category: .assert, introducers: [.biAnna],
              finite: ["قطع", "قطعت", "قطعا", "قطعوا", "يقطع", "تقطع"], participles: ["قاطعا"]),
        // "يستبعد المصدر أن …" (deems unlikely), "لا يستبعد أن …" (does not rule out): a view.
        Lemma(lemma: "استبعد", category: .opinion, introducers: [.that],
              finite: ["استبعد", "استبعدت", "استبعدا", "استبعدوا", "يستبعد", "تستبعد", "يستبعدون"],
              participles: ["مستبعدا", "مستبعده"]),
        // "تعهّد المصرف لعملائه بأن …" (pledged).
        Lemma(lemma: "تعهد", category: .assert, introducers: [.biAnna],
              finite: ["تعهد", "تعهدت", "تعهدا", "تعهدوا", "يتعهد", "تتعهد"], participles: ["متعهدا", "متعهده"]),
        // "وأبان المتحدث … أن" (made clear), "وأبرز الزواري أن" (stressed), "وتمسّك العلي بأن" (held).
        Lemma(lemma: "أبان", category: .say, introducers: [.that, .direct],
              finite: ["ابان", "ابانت", "ابانوا"], participles: ["مبينا", "مبينه"]),
        Lemma(lemma: "أبرز", category: .assert, introducers: [.that],
              finite: ["ابرز", "ابرزت", "ابرزوا", "يبرز", "تبرز"], participles: ["مبرزا"]),
        // "ويُصرّ النقيب على أن …" (insists).
        Lemma(lemma: "أصر", category: .assert, introducers: [.alaAnna, .biAnna],
              finite: ["اصر", "اصرت", "اصروا", "يصر", "تصر", "يصرون"], participles: ["مصرا", "مصره", "مصرين"]),
        // "وأسرّ مصدر … لـ"جهات 24" بأن …" (confided): only with بأن (أسر is also "captured").
        Lemma(lemma: "أسر", category: .say, introducers: [.biAnna],
              finite: ["اسر", "اسرت", "اسروا"], participles: []),
        Lemma(lemma: "تمسك", category: .assert, introducers: [.biAnna],
              finite: ["تمسك", "تمسكت", "تمسكوا", "يتمسك", "تتمسك"], participles: ["متمسكا", "متمسكه"]),
        Lemma(lemma: "اعتقد", category: .opinion, introducers: [.that],
              finite: ["اعتقد", "اعتقدت", "اعتقدوا", "يعتقد", "تعتقد", "يعتقدون"], participles: ["معتقدا"],
              impersonal: ["يعتقد"]),
        Lemma(lemma: "ذهب", category: .opinion, introducers: [.ilaAnna],
              finite: ["ذهب", "ذهبت", "ذهبوا", "يذهب", "تذهب"], participles: ["ذاهبا"]),
        Lemma(lemma: "أنكر", category: .deny, introducers: [.that, .object],
              finite: ["انكر", "انكرت", "انكروا", "ينكر", "تنكر"], participles: ["منكرا"]),
        Lemma(lemma: "ختم", category: .add, introducers: [.direct],
              finite: ["ختم", "ختمت"], participles: []),
        Lemma(lemma: "وصف", category: .describe, introducers: [.bi],
              finite: ["وصف", "وصفت", "وصفه", "وصفها", "وصفهم", "وصفته", "وصفتها", "وصفتهم", "يصف", "تصف"],
              participles: ["واصفا"]),
        Lemma(lemma: "كذب", category: .deny, introducers: [.that, .object],
              finite: ["كذب", "كذبت"], participles: []),
        Lemma(lemma: "دحض", category: .deny, introducers: [.that, .object],
              finite: ["دحض", "دحضت"], participles: []),
        Lemma(lemma: "فند", category: .deny, introducers: [.that, .object],
              finite: ["فند", "فندت"], participles: []),
        Lemma(lemma: "رفض", category: .decline, introducers: [.comment],
              finite: ["رفض", "رفضت", "رفضوا", "يرفض", "ترفض"], participles: ["رافضا"]),
        Lemma(lemma: "امتنع", category: .decline, introducers: [.comment],
              finite: ["امتنع", "امتنعت", "امتنعوا", "يمتنع", "تمتنع"], participles: ["ممتنعا"]),
    ]

    /// Form (match form, no proclitic) → entry.
    static let forms: [String: Entry] = {
        var table: [String: Entry] = [:]
        for l in lemmas {
            for f in l.finite {
                table[f] = Entry(lemma: l.lemma, category: l.category, introducers: l.introducers, isParticiple: false,
                                 impersonalWithoutSubject: l.impersonal.contains(f), requiresAn: l.requiresAn)
            }
            for f in l.participles {
                table[f] = Entry(lemma: l.lemma, category: l.category, introducers: l.introducers, isParticiple: true,
                                 impersonalWithoutSubject: false, requiresAn: false)
            }
            for f in l.impersonal where table[f] == nil {
                table[f] = Entry(lemma: l.lemma, category: l.category, introducers: l.introducers, isParticiple: false,
                                 impersonalWithoutSubject: true, requiresAn: l.requiresAn)
            }
        }
        return table
    }()

    /// The entry for a match-form word, allowing the proclitics و ف وف; with the number of
    /// proclitic letters removed.
    static func lookup(_ word: String) -> (Entry, Int)? {
        for (i, stem) in ArabicProclitics.conjunctionStems(of: word).enumerated() {
            if let e = forms[stem] { return (e, i) }
        }
        return nil
    }

    /// The 34 lemmas of the reference table (plus the extra characterisation/denial verbs).
    static var lemmaCount: Int { lemmas.count }
}
