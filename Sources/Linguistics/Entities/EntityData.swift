/// The built-in alias table (reference §3.1, extended with the region's countries, capitals,
/// U.S. institutions and the big outlets). Kept as Swift data so it ships with the module.
enum EntityData {
    static var all: [Entity] { media + politics + agencies + institutions + places }
}

/// Titles and roles that precede names ("President", "وزير الخارجية"); stripped before a name is
/// compared, and used to recognise that a noun phrase denotes a person.
public enum Titles {
    /// English titles, match form.
    public static let english: Set<String> = [
        "president", "vice president", "prime minister", "minister", "secretary", "secretary of state",
        "defense secretary", "foreign minister", "senator", "sen.", "rep.", "representative", "governor",
        "gov.", "general", "gen.", "lt.", "col.", "colonel", "major", "admiral", "adm.", "commander",
        "director", "chief", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
        "special envoy", "king", "prince", "crown prince", "sheikh", "emir", "dr.", "mr.", "mrs.", "ms.",
        "judge", "mayor", "chairman", "speaker", "official", "analyst", "leader", "sergeant",
    ]

    /// Arabic titles, match form.
    public static let arabic: Set<String> = [
        "الرئيس", "رئيس", "نائب الرئيس", "رئيس الوزراء", "رئيس الحكومه", "وزير", "الوزير", "وزيره",
        "وزير الخارجيه", "وزير الدفاع", "وزير الداخليه", "وزيره الخارجيه", "مدير", "مديره", "المدير",
        "المديره", "السيناتور", "النائب", "الحاكم", "حاكم", "الجنرال", "اللواء", "العميد", "العقيد",
        "الفريق", "القائد", "قائد", "المتحدث", "المتحدثه", "المتحدث باسم", "الناطق", "الناطق باسم",
        "السفير", "سفير", "المبعوث", "المبعوث الخاص", "الملك", "الامير", "ولي العهد", "الشيخ", "الدكتور",
        "د.", "السيد", "السيده", "القاضي", "رئيس البلديه", "زعيم", "الزعيم", "المحلل", "الخبير",
    ]
}
