/// Stable keys that say when two names refer to the same outlet or the same named source.
///
/// Outlets are matched across scripts and spellings ("Fox News", "foxnews.com", "فوكس نيوز",
/// "شبكة فوكس نيوز") through a small hand-curated alias table plus a spacing-insensitive fold;
/// people and organisations by their folded name without articles and titles.
public enum EntityKey {
    /// The key for an outlet name or domain.
    public static func outlet(_ name: String) -> String {
        var text = name.lowercased()
        for prefix in ["https://", "http://", "www."] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
        }
        if let slash = text.firstIndex(of: "/") { text = String(text[..<slash]) }
        for suffix in [".com", ".net", ".org", ".co.uk", ".co", ".news", ".tv", ".ae", ".sa", ".qa"]
        where text.hasSuffix(suffix) && !text.contains(" ") {
            text.removeLast(suffix.count)
        }
        let words = TextFolding.words(text).filter { !outletNoise.contains($0) }
        let joined = words.joined()
        if let canonical = outletAliases[joined] { return canonical }
        // Arabic outlet names often come with a prefix (شبكة، قناة، صحيفة) or the article ال.
        let trimmed = words.map { $0.hasPrefix("ال") && $0.count > 3 ? String($0.dropFirst(2)) : $0 }.joined()
        return outletAliases[trimmed] ?? joined
    }

    /// The key for a named person, organisation or document.
    public static func named(_ name: String) -> String {
        let words = TextFolding.words(name).filter { !nameNoise.contains($0) }
        return words.joined(separator: " ")
    }

    /// Words that do not distinguish outlets ("the", "network", "شبكة").
    static let outletNoise: Set<String> = [
        "the", "network", "channel", "newspaper", "agency", "online", "website", "tv",
        "شبكه", "قناه", "صحيفه", "وكاله", "موقع", "جريده", "مجله",
    ]

    /// Articles and honorifics that do not distinguish people.
    static let nameNoise: Set<String> = ["the", "a", "an", "mr", "mrs", "ms", "dr", "السيد", "السيده"]

    /// Folded, space-free alias → canonical key. Outlets only; Arabic forms appear without ال.
    static let outletAliases: [String: String] = {
        let table: [String: [String]] = [
            "foxnews": ["fox", "fnc", "foxnews", "فوكسنيوز", "فوكس"],
            "reuters": ["reuters", "رويترز"],
            "ap": ["ap", "associatedpress", "apnews", "اسوشيتدبرس", "اسوشيتد", "اسوشيتيدبرس"],
            "afp": ["afp", "agencefrancepresse", "francepresse", "فرانسبرس", "الفرنسيه", "فرنسبرس"],
            "cnn": ["cnn", "سيانان", "سيانن"],
            "bbc": ["bbc", "bbcnews", "bbcarabic", "بيبيسي", "بيبيسيعربي"],
            "aljazeera": ["aljazeera", "jazeera", "جزيره", "الجزيره"],
            "alarabiya": ["alarabiya", "arabiya", "عربيه", "العربيه", "alarabiyanet"],
            "nytimes": ["nytimes", "newyorktimes", "نيويوركتايمز"],
            "washingtonpost": ["washingtonpost", "wapo", "واشنطنبوست"],
            "wsj": ["wsj", "wallstreetjournal", "والستريتجورنال"],
            "skynewsarabia": ["skynewsarabia", "سكاينيوزعربيه"],
            "skynews": ["skynews", "سكاينيوز"],
            "axios": ["axios", "اكسيوس"],
            "politico": ["politico", "بوليتيكو"],
            "nbcnews": ["nbc", "nbcnews", "انبيسي"],
            "cbsnews": ["cbs", "cbsnews", "سيبياس"],
            "abcnews": ["abc", "abcnews"],
            "theguardian": ["guardian", "theguardian", "غارديان", "جارديان"],
            "asharqalawsat": ["asharqalawsat", "aawsat", "شرقالاوسط"],
            "anadolu": ["anadolu", "aa", "الاناضول", "اناضول"],
            "sana": ["sana", "سانا"],
        ]
        var map: [String: String] = [:]
        for (canonical, aliases) in table {
            for alias in aliases { map[TextFolding.words(alias).joined()] = canonical }
        }
        return map
    }()
}
