import ClaimExtraction
import CorroborateModel
import Testing

/// The Arabic rules' examples and counter-examples, one sentence (or two paragraphs) each.
@Suite struct ArabicRulesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var paragraphs: [String]
        /// Substring of the source name of the last claim; nil for "no claim at all".
        var source: String?
        var kind: Source.Kind = .unknown
        var polarity: Claim.Polarity = .positive
        var quote: Claim.Quote? = nil
        var via: [String] = []
        var content: String? = nil
        var testDescription: String { paragraphs.last ?? "" }
    }

    static let examples: [Case] = [
        // A relay verb with its object pronoun after بحسب ما; where a post was published.
        Case(paragraphs: ["تبنّت مجموعة تطلق على نفسها اسم \"فانتا لوك\" الهجوم على الميناء، بحسب ما أورده موقع \"سيركت ليدجر\" الأميركي."],
             source: "سيركت ليدجر", kind: .outlet),
        Case(paragraphs: ["ونقل الموقع عن منشور للمجموعة على قناتها في \"تيليغرام\" أنها سرقت 2400 غيغابايت من بيانات الشركة."],
             source: "منشور للمجموعة", kind: .document, via: ["الموقع"]),
        // A description running on through its place and the name in commas before فإن.
        Case(paragraphs: ["وبحسب رئيس جمعية الوكلاء الملاحيين في رأس السبخة، خالد موسى، فإن نحو 4300 حاوية تعطّلت في المحطة."],
             source: "رئيس جمعية الوكلاء الملاحيين في رأس السبخة، خالد موسى", kind: .person,
             content: "نحو 4300 حاوية تعطّلت في المحطة"),
        // The outlet told (لـ + the outlet's description) is a relay, not part of the name.
        Case(paragraphs: ["وأوضح موسى للموقع الأميركي أن الوكلاء يعملون بالورق والهاتف."], source: "موسى", kind: .person,
             via: ["الموقع الأميركي"]),
        // Speakers described by what they know, then an anonymity clause with a speech verb in it.
        Case(paragraphs: ["ونقل \"سيركت ليدجر\" عن شخصين مطّلعين على التحقيق، طلبا عدم كشف هويتيهما، أن القراصنة طالبوا بفدية."],
             source: "شخصين مطّلعين", kind: .anonymous, via: ["سيركت ليدجر"], content: "القراصنة طالبوا بفدية"),
        // The body a subject belongs to, between كان and قد.
        Case(paragraphs: ["وكانت لجنة تسعير المشتقات النفطية في وزارة الطاقة قد أعلنت مساء الخميس رفع سعر لتر البنزين بنسبة 15 في المئة."],
             source: "لجنة تسعير المشتقات النفطية في وزارة الطاقة", kind: .organization),
        // The cited speakers' own verb after عن; a contrast clause that is another speaker's denial.
        Case(paragraphs: ["ونقل موقع \"ذا عمّان ديسباتش\" عن ناشطين زعموا أن الشرطة أطلقت الرصاص المطاطي على محتجين."],
             source: "ناشطين", kind: .anonymous, via: ["موقع ذا عمّان ديسباتش"], content: "الشرطة أطلقت الرصاص المطاطي على محتجين"),
        Case(paragraphs: ["وزعم ناشطون أن الشرطة أطلقت الرصاص المطاطي، غير أن الناطق الإعلامي باسم مديرية الأمن العام العقيد عامر السرطاوي نفى ذلك."],
             source: "الناطق الإعلامي باسم مديرية الأمن العام", kind: .person, polarity: .negative),
        // An estimate sets its object at a figure: the estimator's claim.
        Case(paragraphs: ["فيما قدّرت مديرية الأمن العام العدد بثلاثة آلاف."], source: "مديرية الأمن العام",
             kind: .organization, content: "العدد بثلاثة آلاف"),
        // A name in commas between كان and قد; a definite word joined by و closing a ministry's name.
        Case(paragraphs: ["وكان محافظ تعز، عبدالكريم الصبري، قد أعلن في كلمة متلفزة مساء الاثنين حالة الطوارئ الصحية في المحافظة."],
             source: "محافظ تعز، عبدالكريم الصبري", kind: .person, content: "حالة الطوارئ الصحية في المحافظة"),
        Case(paragraphs: ["أعلنت وزارة الصحة العامة والسكان، مساء الثلاثاء، وفاة ثلاثة وعشرين شخصاً بالكوليرا."],
             source: "وزارة الصحة العامة والسكان", kind: .organization),
        Case(paragraphs: ["وقال المسؤول إن الوضع خطير."], source: "المسؤول", kind: .anonymous, quote: .indirect,
             content: "الوضع خطير"),
        Case(paragraphs: ["فأضاف الوزير أن المحادثات مستمرة."], source: "الوزير", kind: .person),
        Case(paragraphs: ["ووفق المسؤول، فإن الهجوم فشل."], source: "المسؤول", kind: .anonymous, content: "الهجوم فشل"),
        Case(paragraphs: ["قالت الوزارة في بيان إن الحدود مغلقة."], source: "الوزارة", kind: .organization,
             content: "الحدود مغلقة"),
        Case(paragraphs: ["وقال الوزير في تصريح لـ\"رويترز\" إن الاتفاق قريب."], source: "الوزير", kind: .person,
             via: ["رويترز"]),
        Case(paragraphs: ["نقلت وكالة رويترز عن مسؤول عراقي قوله إن 300 مقاتل فروا."], source: "مسؤول عراقي",
             kind: .anonymous, via: ["وكالة رويترز"], content: "300 مقاتل فروا"),
        Case(paragraphs: ["ونُقل عن الوزير قوله إن الحكومة لن تتراجع."], source: "الوزير", kind: .person),
        Case(paragraphs: ["وبحسب ما نقلت صحيفة واشنطن بوست عن مصادر مطلعة، فإن الخطة أرجئت."], source: "مصادر مطلعة",
             kind: .anonymous, via: ["صحيفة واشنطن بوست"], content: "الخطة أرجئت"),
        Case(paragraphs: ["قال وزير الخارجية ماركو روبيو إن بلاده لن تنسحب.", "وأضاف: «نحن مستعدون لكل الاحتمالات»."],
             source: "ماركو روبيو", kind: .person, quote: .direct),
        Case(paragraphs: ["قالت الحكومة إن الحدود مغلقة.", "وأشار إلى أن الحكومة ستجتمع غدا."], source: "الحكومة",
             kind: .organization),
        Case(paragraphs: ["نفت الحكومة أن تكون قد وافقت على الخطة."], source: "الحكومة", kind: .organization,
             polarity: .negative, content: "تكون قد وافقت على الخطة"),
        Case(paragraphs: ["ونفى المتحدث صحة التقارير."], source: "المتحدث", kind: .person, polarity: .negative,
             content: "صحة التقارير"),
        Case(paragraphs: ["امتنع البيت الأبيض عن التعليق على التقرير."], source: "البيت الأبيض", kind: .organization,
             polarity: .none),
        Case(paragraphs: ["وقال مسؤول، طلب عدم الكشف عن هويته، إن الاجتماع تأجل."], source: "مسؤول", kind: .anonymous,
             content: "الاجتماع تأجل"),
        Case(paragraphs: ["وقال دبلوماسي فضل عدم ذكر اسمه إن المفاوضات متعثرة."], source: "دبلوماسي", kind: .anonymous,
             content: "المفاوضات متعثرة"),
        Case(paragraphs: ["وقال المتحدث، الذي تحدث شريطة عدم الكشف عن اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن القرار نهائي."],
             source: "المتحدث", kind: .anonymous, content: "القرار نهائي"),
        // Withholding clauses opened by a participle or "دون" (the verb كشف must not take the
        // clause's «الكشف عن» as its own preposition).
        Case(paragraphs: ["وفي السياق ذاته، كشف مصدر في الوفد الحكومي لـ«صوت الخرطوم»، طالباً عدم الكشف عن اسمه، أن الطرفين اتفقا على تشكيل لجنة."],
             source: "مصدر", kind: .anonymous, via: ["صوت الخرطوم"], content: "الطرفين اتفقا على تشكيل لجنة"),
        Case(paragraphs: ["وقال مسؤول، رافضاً الكشف عن هويته، إن الاتفاق وشيك."], source: "مسؤول", kind: .anonymous,
             content: "الاتفاق وشيك"),
        Case(paragraphs: ["وأكد مصدر ملاحي، تحفّظ على ذكر اسمه، أن الصمام كان معطلاً."], source: "مصدر ملاحي", kind: .anonymous,
             content: "الصمام كان معطلاً"),
        // A statement noun before its speaker («بحسب تقدير X», «وفق رواية X») or with the speaker
        // attached («وفق بيانها»); a contrast opener before a fronted subject («غير أن وكالة X أوردت»).
        Case(paragraphs: ["وبحسب تقدير الفرشيشي، احتشد نحو خمسة وعشرين صحفياً في الوقفة."], source: "الفرشيشي", kind: .person,
             content: "احتشد نحو خمسة وعشرين صحفياً في الوقفة"),
        Case(paragraphs: ["وبحسب رواية الشرطة، فإن المتظاهرين بدأوا بالرشق."], source: "الشرطة", kind: .organization,
             content: "المتظاهرين بدأوا بالرشق"),
        Case(paragraphs: ["وأعلنت هيئة الطيران المدني أن الطائرة هبطت بسلام.", "وباشرت الهيئة تحقيقاً في ملابسات الحادث، وفق بيانها."],
             source: "هيئة الطيران المدني", kind: .organization, content: "وباشرت الهيئة تحقيقاً في ملابسات الحادث"),
        Case(paragraphs: ["غير أن وكالة \"نورث أفريكا نيوزواير\" أوردت أن منظمة \"مراسلون بلا حدود\" رصدت ملاحقة واحد وثلاثين صحفياً."],
             source: "نورث أفريكا نيوزواير", kind: .outlet, content: "منظمة \"مراسلون بلا حدود\" رصدت ملاحقة واحد وثلاثين صحفياً"),
        Case(paragraphs: ["ويرى مراقبون أن التصعيد مرجح."], source: "مراقبون", kind: .anonymous),
        Case(paragraphs: ["كشفت صحيفة نيويورك تايمز أن الإدارة تدرس خيارات عسكرية."], source: "نيويورك تايمز", kind: .outlet),
        Case(paragraphs: ["وجاء في البيان: \"لن نقبل بأي تدخل خارجي في شؤوننا\"."], source: "البيان", kind: .document,
             quote: .direct),
        Case(paragraphs: ["وأفادت وكالة فرانس برس بأن الانفجار وقع قرب السفارة."], source: "فرانس برس", kind: .outlet,
             content: "الانفجار وقع قرب السفارة"),
        Case(paragraphs: ["وشدد الرئيس على أن الانتخابات ستجري في موعدها."], source: "الرئيس", kind: .person,
             content: "الانتخابات ستجري في موعدها"),
        Case(paragraphs: ["وحذر الخبراء من أن الأزمة قد تتفاقم."], source: "الخبراء", kind: .anonymous),
        Case(paragraphs: ["وكتب ترامب على منصة تروث سوشال: \"سنفعل ما يلزم لحماية بلادنا\"."], source: "ترامب", kind: .person,
             quote: .direct),
        Case(paragraphs: ["أبلغ مسؤول أميركي وكالة أسوشيتد برس بأن القوات ستنسحب."], source: "مسؤول أميركي",
             kind: .anonymous, via: ["وكالة أسوشيتد برس"]),
        Case(paragraphs: ["بحسب وثيقة اطلعت عليها رويترز، فإن الشحنة وصلت في مارس."], source: "وثيقة", kind: .document,
             via: ["رويترز"]),
        Case(paragraphs: ["وفقًا لوزارة الصحة، ارتفع عدد الضحايا إلى 40."], source: "وزارة الصحة", kind: .organization,
             content: "ارتفع عدد الضحايا إلى 40"),
        Case(paragraphs: ["ارتفع عدد الضحايا إلى 40 شخصا، بحسب وزارة الصحة."], source: "وزارة الصحة",
             kind: .organization, content: "ارتفع عدد الضحايا إلى 40 شخصا"),
        Case(paragraphs: ["وأكد مصدر أمني لـ\"الجزيرة نت\" أن الهجوم نفذ بطائرة مسيرة."], source: "مصدر أمني",
             kind: .anonymous, via: ["الجزيرة نت"]),
        Case(paragraphs: ["قال المسؤول إن الوضع خطير.", "وبحسبه، فإن الحكومة تستعد لكل الاحتمالات."], source: "المسؤول",
             kind: .anonymous, content: "الحكومة تستعد لكل الاحتمالات"),
        Case(paragraphs: ["وقال المسؤول: \"لقد انتهت العملية. وعاد الجنود إلى قواعدهم\"."], source: "المسؤول",
             kind: .anonymous, quote: .direct),
        Case(paragraphs: ["ولم ترد وزارة الدفاع على طلب للتعليق."], source: "وزارة الدفاع", kind: .organization,
             polarity: .none),
        Case(paragraphs: ["وجاءت هذه التصريحات على لسان وزير الدفاع التركي، الذي زار المنطقة أمس."],
             source: "وزير الدفاع التركي", kind: .person, content: "وجاءت هذه التصريحات"),
        Case(paragraphs: ["طبقا لمصادر محلية، قتل ثلاثة مدنيين في القصف."], source: "مصادر محلية", kind: .anonymous,
             content: "قتل ثلاثة مدنيين في القصف"),
        Case(paragraphs: ["وحسب المرصد السوري لحقوق الإنسان، فإن الاشتباكات مستمرة منذ الصباح."],
             source: "المرصد السوري", kind: .organization, content: "الاشتباكات مستمرة منذ الصباح"),
        Case(paragraphs: ["الوزير أكد أن الحكومة ستدفع الرواتب في موعدها."], source: "الوزير", kind: .person,
             content: "الحكومة ستدفع الرواتب في موعدها"),
        Case(paragraphs: ["وقالت مصادر متطابقة لـ\"العربي الجديد\" إن الوفد وصل إلى الدوحة."], source: "مصادر متطابقة",
             kind: .anonymous, via: ["العربي الجديد"], content: "الوفد وصل إلى الدوحة"),
        Case(paragraphs: ["وصرّح الناطق باسم الجيش بأن القوات سيطرت على المعبر."], source: "الناطق باسم الجيش",
             kind: .person, content: "القوات سيطرت على المعبر"),
        // An announced or confirmed event: the announcer stands behind the figure (a report counts
        // who says how many died), so it is a claim, not the outlet's own voice.
        Case(paragraphs: ["أكد الجيش مقتل خمسة مسلحين في الاشتباكات."], source: "الجيش", kind: .organization,
             content: "مقتل خمسة مسلحين في الاشتباكات"),
        Case(paragraphs: ["وأعلنت وزارة العمل في بيان إغلاق المصنع إلى حين انتهاء التحقيق."], source: "وزارة العمل",
             kind: .organization, content: "إغلاق المصنع إلى حين انتهاء التحقيق"),
        Case(paragraphs: ["وكانت المديرية العامة للدفاع المدني قد أعلنت مساء الثلاثاء وفاة ١٤ شخصاً."],
             source: "المديرية العامة للدفاع المدني", kind: .organization, content: "وفاة ١٤ شخصاً"),
        Case(paragraphs: ["وأكد الناطق باسم الشرطة مقتل 12 شخصاً في الحادث."], source: "الناطق باسم الشرطة",
             kind: .person, content: "مقتل 12 شخصاً في الحادث"),
        // A name after a long description, without commas; a company's full name with ل.
        Case(paragraphs: ["قال رئيس النقابة العامة للعاملين في الغزل والنسيج ماجد الطراونة إن الحصيلة بلغت 19."],
             source: "ماجد الطراونة", kind: .person, content: "الحصيلة بلغت 19"),
        Case(paragraphs: ["ونفى رئيس مجلس إدارة شركة الياسمين لصناعة الألبسة سامر الحدادين أن تكون المخارج مغلقة."],
             source: "سامر الحدادين", kind: .person, polarity: .negative, content: "تكون المخارج مغلقة"),
        // The issuer of the statement a verb speaks through; a denial that points back.
        Case(paragraphs: ["في المقابل، أصدر المحامي زياد عبود، وكيل مالك المبنى، بياناً نفى فيه هذه الاتهامات."],
             source: "المحامي زياد عبود", kind: .person, polarity: .negative, content: "هذه الاتهامات"),
        // قال … إنّ: a description of unnamed speakers between the verb and إنّ.
        Case(paragraphs: ["وقال ثلاثة عمال نجوا من الحريق لـ\"الميدان\"، طالبين عدم الكشف عن أسمائهم، إن الباب كان مقفلاً."],
             source: "ثلاثة عمال", kind: .anonymous, via: ["الميدان"], content: "الباب كان مقفلاً"),
        // "the same official" is the official named before; ل + outlet is the listener, not part
        // of the source's description.
        Case(paragraphs: ["أفاد مسؤول دفاعي أميركي لصحيفة كابيتول سنتينل، شريطة عدم الكشف عن هويته، بأن طائرة مسيرة أصابت ناقلة نفط.",
                          "وأضاف المسؤول ذاته أن الصاروخ أطلق من منطقة قريبة من الميناء."],
             source: "مسؤول دفاعي أميركي", kind: .anonymous, via: ["صحيفة كابيتول سنتينل"],
             content: "الصاروخ أطلق من منطقة قريبة من الميناء"),
        // A ḥāl participle speaks for the clause's subject; the phrase after it is its object.
        Case(paragraphs: ["ونفى الشرفي في تصريح لاحق صحة ما نقلته الصحيفة، واصفاً ذلك بأنه \"ذريعة مكشوفة\"."],
             source: "الشرفي", kind: .person),
        // An outlet reporting what a speaker said relays that speaker.
        Case(paragraphs: ["كشفت صحيفة كابيتول سنتينل، نقلاً عن مسؤول دفاعي أميركي، أن طائرة مسيرة أصابت ناقلة نفط.",
                          "وذكرت الصحيفة أن المسؤول وصف الصاروخ بأنه من تصميم إيراني."],
             source: "مسؤول دفاعي أميركي", kind: .anonymous, via: ["صحيفة كابيتول سنتينل"], content: "بأنه من تصميم إيراني"),
        Case(paragraphs: ["وذكرت وكالة الأنباء الرسمية أن الجيش أعلن مقتل خمسة مسلحين."],
             source: "الجيش", kind: .organization, via: ["وكالة الأنباء الرسمية"], content: "مقتل خمسة مسلحين"),
        // Confiding to an outlet named after إلى, past a place with بـ and a withholding clause.
        Case(paragraphs: ["وأفضى طبيب في البعثة الطبية المصرية بمكة المكرمة إلى \"المحروسة نيوز\"، وقد اشترط حجب اسمه كونه غير مفوض بالتصريح، بأن مستشفيات المشاعر استقبلت حالات إجهاد حراري."],
             source: "طبيب", kind: .anonymous, via: ["المحروسة نيوز"], content: "مستشفيات المشاعر استقبلت حالات إجهاد حراري"),
        // A disclosure whose anonymity aside speaks of "the media": no outlet in play.
        Case(paragraphs: ["أفصح مصدر فني يعمل في قسم الصيانة، آثر عدم الكشف عن اسمه لأنه غير مخوّل بالحديث إلى وسائل الإعلام، عن أن المحرك سُجّل فيه عطل."],
             source: "مصدر فني", kind: .anonymous, content: "المحرك سُجّل فيه عطل"),
        // The close associate ("المقرّب من الوزير") is unnamed; narrating, a caveat, a hint.
        Case(paragraphs: ["وأشار المقرّب من الوزير إلى أن أسرته طلبت من الجميع التزام التحفظ."],
             source: "المقرّب", kind: .anonymous, content: "أسرته طلبت من الجميع التزام التحفظ"),
        Case(paragraphs: ["ويحكي أحد هؤلاء المزارعين، وهو صاحب أربعة قراريط من القمح، أن السرب غطّى عين الشمس."],
             source: "أحد هؤلاء المزارعين", content: "السرب غطّى عين الشمس"),
        Case(paragraphs: ["واستدرك المحقق نفسه بأن الهواتف حُجزت."], source: "المحقق", kind: .person, content: "الهواتف حُجزت"),
        Case(paragraphs: ["وألمح المسؤول إلى أن الحكومة قد تستقيل."], source: "المسؤول", kind: .anonymous, content: "الحكومة قد تستقيل"),
        Case(paragraphs: ["وجزم الشرقاوي، في حديثه إلى \"المحروسة نيوز\"، بأن السماسرة اختفوا."], source: "الشرقاوي", kind: .person,
             via: ["المحروسة نيوز"], content: "السماسرة اختفوا"),
        Case(paragraphs: ["وذهب المحلل الاقتصادي إلى أن البنك سيرفع الفائدة."], source: "المحلل الاقتصادي", kind: .person, content: "البنك سيرفع الفائدة"),
        Case(paragraphs: ["وأنكر المتهم أن يكون قد تلقى أي مبلغ."], source: "المتهم", polarity: .negative),
        // Stated flatly (قطع بأن), deemed unlikely or not ruled out (استبعد، لا يستبعد), pledged
        // to a listener who is told, not telling (تعهّد المصرف لعملائه بأن).
        Case(paragraphs: ["وقطع المحامي بأن موكله غادر البلاد قبل الضبط."], source: "المحامي", kind: .person,
             content: "موكله غادر البلاد قبل الضبط"),
        Case(paragraphs: ["ويستبعد المسؤول أن تُصرف الرواتب في موعدها."], source: "المسؤول", kind: .anonymous,
             content: "تُصرف الرواتب في موعدها"),
        Case(paragraphs: ["ولا يستبعد المسؤول أن يكون المهاجمون قد تلقّوا معلومات."], source: "المسؤول", kind: .anonymous,
             content: "يكون المهاجمون قد تلقّوا معلومات"),
        Case(paragraphs: ["وتعهّد المصرف لعملائه بأن ودائعهم مصونة."], source: "المصرف", kind: .organization,
             content: "ودائعهم مصونة"),
        // A post's writer: «كتبت X أنها …».
        Case(paragraphs: ["وعلى صفحتها في \"فيسبوك\"، كتبت لين شحادة، الطالبة في كلية الصيدلة، أنها اضطرت إلى السير ساعتين."],
             source: "لين شحادة", kind: .person),
        Case(paragraphs: ["ويُصرّ النقيب على أن القوارب كانت تصطاد في مياهنا."], source: "النقيب",
             content: "القوارب كانت تصطاد في مياهنا"),
        // A statement's owner after ل is its author, part of the document's name.
        Case(paragraphs: ["وجاء في بيان لوزارة التربية والتعليم، وُزّع مساء أمس، أنها شكّلت لجنة للتحقيق."],
             source: "بيان لوزارة التربية والتعليم", kind: .document),
        // A communiqué and its issuer as a verb's subject; «أسرّ … بأن» (confided); «عاد X ليكشف»
        // (the lam of purpose on an imperfect speech verb); «فضّل التحفظ على هويته» withholds a name.
        Case(paragraphs: ["وأورد بلاغ صادر عن عمالة إنزكان أيت ملول أن الحادث خلّف ستة قتلى."],
             source: "بلاغ صادر عن عمالة إنزكان", kind: .document, content: "الحادث خلّف ستة قتلى"),
        Case(paragraphs: ["وأسرّ مصدر لـ\"جهات 24\" بأن رخصة الاستغلال انتهت."], source: "مصدر", kind: .anonymous,
             via: ["جهات 24"], content: "رخصة الاستغلال انتهت"),
        Case(paragraphs: ["قال المهندس سامي الكبيسي إن الآبار متوقفة.", "وعاد المهندس ذاته ليكشف أن ثلاث محطات توقفت."],
             source: "سامي الكبيسي", kind: .person, content: "ثلاث محطات توقفت"),
        Case(paragraphs: ["وقال مسؤول، فضّل التحفظ على هويته، إن رخصة الاستغلال انتهت."], source: "مسؤول", kind: .anonymous),
        // The body an unnamed speaker comes from, before the outlet told and بأن.
        Case(paragraphs: ["وأسرّ مصدر من السلطة المحلية بإنزكان، فضّل التحفظ على هويته، لـ\"جهات 24\" بأن رخصة الاستغلال انتهت."],
             source: "مصدر", kind: .anonymous, via: ["جهات 24"], content: "رخصة الاستغلال انتهت"),
        // «والي» is the wali (not «وإلى») before a name; «بن» links two names; a press conference
        // "held" somewhere is an aside, not the object of a denial («ندوة صحفية» in the Maghreb).
        Case(paragraphs: ["فنّد والي تلمسان عبد الحكيم بن منصور، في ندوة صحفية عقدها بسبدو بعد ظهر الثلاثاء، أن تكون الطائرات قد تأخرت."],
             source: "والي تلمسان عبد الحكيم بن منصور", kind: .person, polarity: .negative, content: "تكون الطائرات قد تأخرت"),
        Case(paragraphs: ["ونفى الوزير، في مؤتمر صحفي عقده في الرباط بعد ظهر الثلاثاء، أن تكون الطائرات قد تأخرت."],
             source: "الوزير", kind: .person, polarity: .negative, content: "تكون الطائرات قد تأخرت"),
        // A statement an outlet received a copy of was given to it; a nisba after a named body
        // before the frame.
        Case(paragraphs: ["أعلن الهلال الأحمر الجزائري في بيان تلقّى \"الوهراني\" نسخة منه أن العائلات تمّ إيواؤها."],
             source: "الهلال الأحمر", kind: .organization, via: ["الوهراني"], content: "العائلات تمّ إيواؤها"),
        // A relative clause whose verb introduces a statement speaks for its antecedent.
        Case(paragraphs: ["فقد وجد صدى لدى أحد الإطارات المسيّرة في \"أسيست\"، الذي قال لنا، مشترطاً التكتّم على هويته، إن البيع قريب."],
             source: "أحد الإطارات المسيّرة", kind: .anonymous, content: "البيع قريب"),
        Case(paragraphs: ["وتحدثنا إلى الطبيب خالد العمري، الذي أكد أن المستشفى استقبل 40 مصاباً."],
             source: "الطبيب خالد العمري", kind: .person, content: "المستشفى استقبل 40 مصاباً"),
        // «بموجب بيان صادر عن X» attributes to X through the statement.
        Case(paragraphs: ["وبموجب بيان صادر عن وزارة الداخلية، شُكّلت لجنة تحقيقية برئاسة أحد وكلاء الوزير."],
             source: "وزارة الداخلية", kind: .organization, via: ["بيان صادر"], content: "شُكّلت لجنة تحقيقية برئاسة أحد وكلاء الوزير"),
        // A feminine title before a name and a comma apposition: the name stays in the source; the
        // family name alone later is the same person.
        Case(paragraphs: ["قالت الدكتورة سهاد البدور، عالمة الأحياء البحرية، إن النفط خطير."],
             source: "سهاد البدور", kind: .person),
        Case(paragraphs: ["قالت الدكتورة سهاد البدور، عالمة الأحياء البحرية، إن النفط خطير.",
                          "ونبّهت البدور إلى أن النفط قد يستقر فوق الشعاب."],
             source: "سهاد البدور", kind: .person, content: "النفط قد يستقر فوق الشعاب"),
        // Verbs of asking: the addressee after the subject is neither speaker nor content.
        Case(paragraphs: ["وطالب البزوني الحكومة المحلية بصرف تعويضات عاجلة للمتضررين."], source: "البزوني", kind: .person,
             content: "بصرف تعويضات عاجلة للمتضررين"),
        Case(paragraphs: ["ودعا المحافظ السكان إلى عدم الاقتراب من ضفاف النهر."], source: "المحافظ", kind: .person,
             content: "عدم الاقتراب من ضفاف النهر"),
        Case(paragraphs: ["ودعا الأمين العام للنقابة العمال إلى إضراب مفتوح."], source: "الأمين العام", kind: .person,
             content: "إضراب مفتوح"),
        Case(paragraphs: ["وناشدت وزارة الصحة المواطنين بغلي مياه الشرب قبل استخدامها."], source: "وزارة الصحة",
             kind: .organization, content: "بغلي مياه الشرب قبل استخدامها"),
        // After "، إذ" the speaker is the sentence's opening subject; a frame's carrier («في تصريح
        // أوردته وكالة X») is the outlet it comes through, not a speaker.
        Case(paragraphs: ["غير أن الناطق باسم البحرية، الرائد إيتان شاكيد، ساق رواية مغايرة، إذ زعم في تصريح أوردته وكالة \"ليفانت نيوزواير\" أن القوارب كانت في عمق المياه."],
             source: "الناطق باسم البحرية", kind: .person, via: ["وكالة ليفانت نيوزواير"], content: "القوارب كانت في عمق المياه"),
        Case(paragraphs: ["وخرج الأهالي إلى الشوارع، إذ قال مسؤول محلي إن المياه ارتفعت."], source: "مسؤول محلي", kind: .anonymous,
             content: "المياه ارتفعت"),
        // A while-clause («وفيما …،») ends at the main clause's speech verb.
        Case(paragraphs: ["وفيما تصرّ البلدية على أنها حذّرت الأهالي، قال سكان إن أحداً لم ينبّههم."], source: "سكان", kind: .anonymous,
             content: "أحداً لم ينبّههم"),
        // A contrast opener, the speaker and the name in apposition, then the verb.
        Case(paragraphs: ["وقال الزروق إن الخسائر كبيرة.", "غير أن مدير عام الهيئة، سالم أبوشعالة، دحض هذه الرواية في اتصال هاتفي."],
             source: "مدير عام الهيئة", kind: .person, polarity: .negative),
        // أبرز as "most prominent" is no cue: what came in the statement is the statement's.
        Case(paragraphs: ["أبرز ما جاء في البيان أن الرواتب ستُصرف."], source: "البيان", kind: .document),
        Case(paragraphs: ["وأبرز الزواري أن العملية نُفّذت بإذن من النيابة."], source: "الزواري", kind: .person,
             content: "العملية نُفّذت بإذن من النيابة"),
        Case(paragraphs: ["وتمسّك العلي بأن دمشق تمرّر إلى العراق 58 في المئة من مياه الفرات."], source: "العلي",
             content: "دمشق تمرّر إلى العراق 58 في المئة من مياه الفرات"),
        Case(paragraphs: ["وأبان المتحدث باسم الدفاع المدني أن عدد الوفيات بلغ ستة."], source: "المتحدث باسم الدفاع المدني", kind: .person,
             content: "عدد الوفيات بلغ ستة"),
        // A quotation, then its speaker; on the word of a source; a participle after an unknown verb.
        Case(paragraphs: ["\"منذ السبت لم أرَ ابني، أقفلوا باب الزيارات في وجوهنا\"، تقول فاطمة سرور، والدة أحد الموقوفين."],
             source: "فاطمة سرور", kind: .person, quote: .direct),
        Case(paragraphs: ["«لم نرَ أبناءنا منذ السبت الماضي أبداً»، قال المسؤول لـ\"الشرفة\"."], source: "المسؤول", kind: .anonymous,
             via: ["الشرفة"]),
        Case(paragraphs: ["وعلى ذمّة المصدر ذاته، نُقل أحد عشر سجيناً إلى زنازين انفرادية."], source: "المصدر", kind: .anonymous,
             content: "نُقل أحد عشر سجيناً إلى زنازين انفرادية"),
        Case(paragraphs: ["طمأن مصرف البحرين المركزي المودعين إلى سلامة القطاع، مؤكداً في بيان أصدره مساء الأحد أن البنوك تتمتع بالسيولة."],
             source: "مصرف البحرين المركزي", kind: .organization, content: "البنوك تتمتع بالسيولة"),
        // Session 11: «وفق ما أبلغه لـ"X" مهندسٌ» (a relay verb with the outlet told, then an unnamed
        // engineer); a feminine verb with no subject of its own after «خفّضت الشركة»; «نسبت X إلى
        // موقع Y قوله، نقلاً عن Z» with «لم يفصح الموقع عن اسمه».
        Case(paragraphs: ["أوقفت شركة طيران الفنار 11 طائرة عن الخدمة، وفق ما أبلغه لـ\"الخور اليوم\" مهندسٌ في قسم الصيانة بالشركة."],
             source: "مهندسٌ", kind: .anonymous, via: ["الخور اليوم"]),
        Case(paragraphs: ["وقال مهندس في قسم الصيانة إن الفحص امتد إلى بقية الطائرات."], source: "مهندس", kind: .anonymous),
        Case(paragraphs: ["في المقابل، خفّضت الشركة الرقم في بيان مقتضب، إذ أشارت إلى أنها سحبت تسع طائرات من جدول التشغيل."],
             source: "الشركة", kind: .organization),
        Case(paragraphs: ["ونسبت \"كورنيش تايمز\" إلى موقع \"الخور اليوم\" قوله، نقلاً عن مهندس في قسم الصيانة لم يفصح الموقع عن اسمه، إن التشققات ظهرت في شفرات التوربين."],
             source: "مهندس", kind: .anonymous, via: ["كورنيش تايمز", "موقع الخور اليوم"],
             content: "التشققات ظهرت في شفرات التوربين"),
        // «على ما أفاد به "X" مهندسٌ»: the quoted outlet told, then the speaker; «نسب X إلى مصدر …
        // أن» without قوله; a bare «وفق الوكالة نفسها» between the subject and what was said.
        Case(paragraphs: ["خرجت ثلاث وحدات توليد عن الخدمة، على ما أفاد به \"الديرة اليوم\" مهندسٌ يعمل في المحطة."],
             source: "مهندسٌ", kind: .anonymous, via: ["الديرة اليوم"]),
        Case(paragraphs: ["ونسب موقع \"بوابة برقة\" الليبي إلى مصدر أمني رفيع لم يكشف عن هويته أن عناصر من الكتيبة نفذت العملية."],
             source: "مصدر أمني رفيع", kind: .anonymous, via: ["موقع بوابة برقة الليبي"], content: "عناصر من الكتيبة نفذت العملية"),
        Case(paragraphs: ["وأعلنت الوزارة، وفق صحيفة \"الوسط\" نفسها، أنها فتحت تحقيقاً في الحادثة."],
             source: "الوزارة", kind: .organization, via: ["صحيفة الوسط"]),
    ]

    static let counterExamples: [String] = [
        // «بموجب» before a law or a deal: its terms, not anyone's statement.
        "وبموجب القانون، يحق للمواطنين الاعتراض على القرار.",
        "وبموجب الاتفاق، تنسحب القوات من المدينة.",
        // أسر "captured" takes no بأن; «ليكشف» opens no claim without «عاد» before it.
        "وأسر المقاتلون جنديين في الهجوم.",
        "وتسعى الوزارة ليكشف التحقيق أن الحادث عرضي.",
        // طالب, the noun "student", after a verb.
        "قُتل طالب بالرصاص قرب الجامعة مساء الأحد.",
        // A bare preposition before a phrase that names no speaker; «على ما» as a noun's object.
        "وتسير الأعمال وفق الخطة الموضوعة.",
        "ولم يشأ المتحدث التعليق على ما أعلنته المجموعة.",
        "ونسبت الشرطة الهجوم إلى جماعة مسلحة.",
        // A feminine verb whose earlier feminine noun is not a verb's subject.
        "وفي الجلسة المقبلة ستناقش اللجان المختصة الملف.",
        "لم يذكر المسؤول أن الهجوم فشل.",
        "يُعتقد أن الهجوم نفذ ليلا.",
        "ويُذكر أن المدينة شهدت معارك عنيفة عام 2016.",
        "نُقل المعتقلون من سجن غويران إلى العراق.",
        "نقلت القوات 6000 «داعشي» إلى بغداد في عملية استمرت أسابيع.",
        "انسحبت الفصائل التابعة لإيران من المنطقة.",
        "تقع المدينة بين النهرين.",
        "يبلغ عدد سكان المدينة مليون نسمة.",
        "رفع المتظاهرون لافتة كتب عليها شعار الحملة.",
        "وأضاف الجيش ثلاث كتائب إلى قواته في الشمال.",
        "وتابع الرئيس الأحداث من غرفة العمليات.",
        "وشدد الأمن إجراءاته حول السفارة.",
        "«وقال لي أبي إن الحرب انتهت» عبارة يرددها الجميع.",
        "ركزت العملية حصرا على مقاتلي \"داعش\" الذكور، فيما بقيت زوجاتهم وأطفالهم في مخيمات احتجاز توصف بأنها \"هشة\".",
        "وراجعت اللجنة التقارير التي تحدثت عن الانتهاكات.",
        // A relative clause about a report, and «من» after a speaker that names no body.
        "وانتقد النائب البيانات التي أكدت أن الوضع مستقر، دون أن يقدّم أرقاماً.",
        "وحذّر الوزير من ارتفاع الأسعار في الأسواق المحلية.",
        // «وإلى» ("and to") before «جانب».
        "وإلى جانب ذلك، وصلت المساعدات إلى المدينة.",
        "ومن المرجح أن تستمر المحادثات أسبوعا آخر.",
        "ويرى أن الحل سياسي قبل كل شيء.",
        "وأضاف أن الحكومة ستجتمع غدا.",
        // Without saying it.
        "ويُعدّ هذا الاستهداف الثالث من نوعه منذ مطلع العام، من دون أن تعلن أي جهة مسؤوليتها عن أيٍّ منها.",
        // The announced object is not the speaker's name, and a name is not an object.
        "وأعلن المحافظ.",
        // أَسَرَ is also "captured"; يرجع is also "is due to".
        "وأسر الجيش جنديين في المعركة.",
        "ويرجع ذلك إلى أن الأمطار تأخرت.",
        "وذهب الوفد إلى أنقرة لإجراء محادثات.",
        "ويُعتقد أن المهاجمين فروا ليلاً.",
        "وختم الموظف الأوراق قبل تسليمها.",
        "ومن أبرز مطالب المحتجين أن تُلغى الضريبة الجديدة.",
    ]

    @Test(arguments: examples)
    func example(_ c: Case) throws {
        let set = ClaimExtractor().extract(ArabicArticle.make(c.paragraphs))
        let claim = try #require(set.claims.last, "no claim")
        let name = { (id: String) in set.sources.first { $0.id == id }?.name ?? "?" }
        let source = try #require(set.sources.first { $0.id == claim.source })
        #expect(source.name.contains(c.source ?? "∅"), "source \(source.name)")
        #expect(source.kind == c.kind, "kind of \(source.name)")
        #expect(claim.polarity == c.polarity)
        if let q = c.quote { #expect(claim.quote == q) }
        #expect(claim.via.map(name) == c.via)
        if let content = c.content { #expect(claim.content == content) }
    }

    @Test(arguments: counterExamples)
    func counterExample(_ text: String) {
        let set = ClaimExtractor().extract(ArabicArticle.make([text]))
        #expect(set.claims.isEmpty, "\(ClaimDump.text(set))")
    }
}

/// Hostile input: long unpunctuated runs of cues, quotes and commas finish and stay sane.
@Suite struct ArabicRulesRobustnessTests {
    @Test func longRunsOfCues() {
        let runs = [
            String(repeating: "وقال المسؤول إن ", count: 2000),
            String(repeating: "بحسب ", count: 3000),
            String(repeating: "\"قال\" ", count: 2000),
            String(repeating: "، ", count: 3000) + "قال الوزير إن الوضع هادئ.",
            "«" + String(repeating: "كلمة ", count: 5000),
        ]
        for text in runs {
            let set = ClaimExtractor().extract(ArabicArticle.make([text]))
            #expect(set.claims.count <= 2)
            for c in set.claims { #expect(c.offsets.text.end <= text.unicodeScalars.count + 2) }
        }
    }

    @Test func emptyAndMarkOnlyParagraphs() {
        let set = ClaimExtractor().extract(ArabicArticle.make(["ـــــ.", "«»", "\u{200F}.", "،،،."]))
        #expect(set.claims.isEmpty)
    }
}
