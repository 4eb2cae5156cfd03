/// Arabic-Indic (٠-٩) and Extended/Persian (۰-۹) digits to ASCII; Arabic date separators too.
enum ArabicDigits {
    static func westernised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x0600 }) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c.value {
            case 0x0660...0x0669: out.append(Unicode.Scalar(c.value - 0x0660 + 48)!)
            case 0x06F0...0x06F9: out.append(Unicode.Scalar(c.value - 0x06F0 + 48)!)
            case 0x060C: out.append(",") // Arabic comma
            default: out.append(c)
            }
        }
        return String(out)
    }
}
