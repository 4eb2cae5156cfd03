/// Which scripts a text is written in, and the language that follows (Arabic vs English).
public struct ScriptProfile: Sendable, Hashable {
    /// A language this module handles.
    public enum Language: String, Sendable, Hashable, Codable {
        case arabic = "ar"
        case english = "en"
        case unknown = "und"
    }

    /// Letters in the Arabic script.
    public let arabicLetters: Int
    /// Letters in the Latin script.
    public let latinLetters: Int
    /// All letters.
    public let letters: Int

    /// Share of letters that are Arabic (0...1).
    public var arabicShare: Double { letters == 0 ? 0 : Double(arabicLetters) / Double(letters) }
    /// Share of letters that are Latin (0...1).
    public var latinShare: Double { letters == 0 ? 0 : Double(latinLetters) / Double(letters) }

    /// Arabic when more than half the letters are Arabic, English when more than half are Latin.
    public var language: Language {
        if letters == 0 { return .unknown }
        if arabicShare > 0.5 { return .arabic }
        if latinShare > 0.5 { return .english }
        return .unknown
    }

    /// Counts the letters of `text` by script (one pass over its scalars).
    public init(_ text: some StringProtocol) {
        var arabic = 0, latin = 0, all = 0
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { latin += 1; all += 1 }
                continue
            }
            if ArabicScalars.isArabicLetter(s) { arabic += 1; all += 1; continue }
            if v >= 0xC0 && v < 0x250 && s.properties.isAlphabetic { latin += 1; all += 1; continue }
            if s.properties.isAlphabetic && s.properties.generalCategory != .nonspacingMark { all += 1 }
        }
        arabicLetters = arabic
        latinLetters = latin
        letters = all
    }
}
