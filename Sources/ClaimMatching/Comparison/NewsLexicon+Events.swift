extension NewsLexicon {
    /// The lexicon for aligning a relay with the article it translates (`RelayAlignment`): the
    /// general entries plus the things and places of accident, disaster and security stories.
    /// Not used for topical similarity: shared event words ("fire", «حريق») link every claim of a
    /// fire story to every other, which merges distinct facts; between two claims already known to
    /// come from one source in two languages they are what shows which sentence translates which.
    static let bridging = NewsLexicon(entries: entries + vocabularyEntries + eventEntries)

    /// Written by hand from news usage, not fitted to any benchmark.
    static let eventEntries: [Entry] = [
        // Transport and the sea
        Entry("ship", en: "ship ships vessel vessels freighter warship warships", ar: "سفينة سفن باخرة بواخر"),
        Entry("tanker", en: "tanker tankers", ar: "ناقلة ناقلات"),
        Entry("boat", en: "boat boats dinghy", ar: "قارب قوارب زورق زوارق مركب"),
        Entry("sea", en: "sea seas maritime navy naval", ar: "بحر البحر بحري البحرية"),
        Entry("port", en: "port ports harbour harbor", ar: "ميناء موانئ مرفأ"),
        Entry("coast", en: "coast coasts coastal shore offshore", ar: "ساحل سواحل شاطئ"),
        Entry("train", en: "train trains railway railways rail", ar: "قطار قطارات سكة"),
        Entry("carriage", en: "carriage carriages coach coaches wagon wagons", ar: "عربة عربات"),
        Entry("driver", en: "driver drivers", ar: "سائق سائقي سائقين"),
        Entry("station", en: "station stations", ar: "محطة محطات"),
        Entry("aircraft", en: "aircraft plane planes jet jets helicopter helicopters", ar: "طائرة طائرات مروحية مروحيات"),
        Entry("drone", en: "drone drones uav", ar: "مسيرة مسيرات درون"),
        Entry("engine", en: "engine engines", ar: "محرك محركات"),
        Entry("speed", en: "speed speeding", ar: "سرعة"),
        // Buildings and industry
        Entry("building", en: "building buildings", ar: "مبنى مباني بناية بنايات عمارة"),
        Entry("floor", en: "floor floors storey storeys", ar: "طابق طوابق"),
        Entry("factory", en: "factory factories plant", ar: "مصنع مصانع معمل"),
        Entry("worker", en: "worker workers labourers laborers employees", ar: "عامل عمال العمال عاملة عاملات موظفين"),
        Entry("owner", en: "owner owners", ar: "مالك مالكي"),
        Entry("company", en: "company companies firm operator manager", ar: "شركة شركات"),
        Entry("exit", en: "exit exits door doors", ar: "مخرج مخارج باب ابواب"),
        Entry("permit", en: "permit permits licence license licensed", ar: "ترخيص تراخيص رخصة"),
        Entry("inspection", en: "inspection inspections inspected inspectors", ar: "تفتيش"),
        Entry("investigation", en: "investigation investigations inquiry probe investigate investigating", ar: "تحقيق تحقيقات"),
        // Disasters
        Entry("fire", en: "fire fires blaze blazes flames", ar: "حريق حرائق نيران"),
        Entry("collapse", en: "collapse collapsed collapses", ar: "انهيار انهار"),
        Entry("earthquake", en: "earthquake earthquakes quake tremor aftershock aftershocks", ar: "زلزال زلازل هزة"),
        Entry("flood", en: "flood floods flooding", ar: "فيضان فيضانات سيول"),
        Entry("sink", en: "sank sink sinking capsized capsize", ar: "غرق غرقت انقلب انقلاب"),
        Entry("collision", en: "collision collided crash crashed", ar: "تصادم اصطدام اصطدم"),
        Entry("rubble", en: "rubble debris", ar: "انقاض ركام"),
        Entry("ambulance", en: "ambulance ambulances paramedics", ar: "اسعاف"),
        Entry("compensation", en: "compensation compensate", ar: "تعويض تعويضات"),
        // Security
        Entry("destroyer", en: "destroyer destroyers", ar: "مدمرة مدمرات"),
        Entry("downed", en: "downed intercepted intercept", ar: "اسقط اسقطت اسقاط اعترض اعترضت"),
        Entry("launch", en: "launched launch fired", ar: "اطلاق اطلق اطلقت"),
        Entry("ballistic", en: "ballistic", ar: "باليستي باليستية"),
        Entry("control", en: "control controlled", ar: "سيطرة سيطر يسيطر"),
        Entry("design", en: "design designed", ar: "تصميم"),
        Entry("supply", en: "supplied supply supplies", ar: "زود زودت تزويد"),
        Entry("patrol", en: "patrol patrols patrolling", ar: "دورية دوريات"),
        Entry("prosecution", en: "prosecution prosecutor prosecutors", ar: "نيابة النيابة"),
        Entry("detention", en: "remanded remand custody", ar: "حبس"),
        Entry("hour", en: "hour hours", ar: "ساعة ساعات ساعتين"),
        Entry("safe", en: "safe unharmed accounted", ar: "بخير سالمين"),
    ]
}
