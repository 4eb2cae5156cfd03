/// The primary language subtag from `lang`, `content-language`, JSON-LD `inLanguage`, or, failing
/// those, the body's script: Arabic letters → "ar"; Latin text with common English function
/// words → "en".
enum LanguageGuesser {
    /// "en-US" → "en", "AR_eg" → "ar"; nil for empty or malformed values.
    static func primaryTag(_ value: String?) -> String? {
        guard let value else { return nil }
        let first = value.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map(String.init) ?? value
        let tag = first.trimmingWhitespace().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        guard let tag, (2...3).contains(tag.count), tag.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return tag
    }

    static let englishWords: Set<Substring> = ["the", "and", "of", "to", "in", "is", "that", "said", "for", "was", "with"]

    /// An Arabic letter (the base block, its supplement and the presentation forms).
    static func isArabic(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }

    /// Script statistics over the first few thousand letters of `text`.
    static func fromScript(_ text: String) -> String? {
        var arabic = 0, latin = 0, cyrillic = 0, hangul = 0, kana = 0, han = 0, seen = 0
        for c in text.unicodeScalars where c.properties.isAlphabetic {
            switch c.value {
            case _ where isArabic(c): arabic += 1
            case 0x0041...0x024F: latin += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF: han += 1
            default: break
            }
            seen += 1
            if seen > 4000 { break }
        }
        guard seen >= 20 else { return nil }
        let best = max(arabic, latin, cyrillic, hangul, kana, han)
        if best == arabic { return "ar" }
        if best == cyrillic { return "ru" }
        if best == hangul { return "ko" }
        if best == kana { return "ja" }
        if best == han { return kana > 0 ? "ja" : "zh" }
        let words = text.prefix(4000).lowercased().split(whereSeparator: { !$0.isLetter })
        let english = words.filter { englishWords.contains($0) }.count
        return words.count > 0 && Double(english) / Double(words.count) > 0.08 ? "en" : nil
    }
}
