/// The numbers written in a text (Western or Arabic-Indic digits, with grouping separators),
/// used to explain a number conflict as "6,000 vs 7,000".
enum NumberMentions {
    static func values(in text: String) -> [Int] {
        var result: [Int] = []
        var current: Int?
        var pendingSeparator = false
        for s in text.unicodeScalars {
            let digit: Int?
            switch s.value {
            case 0x30...0x39: digit = Int(s.value - 0x30)
            case 0x0660...0x0669: digit = Int(s.value - 0x0660)
            case 0x06F0...0x06F9: digit = Int(s.value - 0x06F0)
            default: digit = nil
            }
            if let d = digit {
                current = (current ?? 0).multipliedReportingOverflow(by: 10).partialValue &+ d
                pendingSeparator = false
            } else if current != nil, !pendingSeparator, s == "," || s == "\u{066C}" {
                pendingSeparator = true                       // 6,000 / ٦٬٠٠٠
            } else {
                if let c = current { result.append(c) }
                current = nil
                pendingSeparator = false
            }
        }
        if let c = current { result.append(c) }
        return result
    }

    /// "6,000 vs 7,000" from two claim texts: the numbers one has and the other lacks.
    static func contrast(_ a: String, _ b: String) -> String? {
        let (x, y) = (values(in: a), values(in: b))
        let onlyX = x.filter { !y.contains($0) && !isYear($0) }
        let onlyY = y.filter { !x.contains($0) && !isYear($0) }
        guard let first = onlyX.first, let second = onlyY.first else { return nil }
        return "\(format(first)) vs \(format(second))"
    }

    static func isYear(_ n: Int) -> Bool { (1900...2100).contains(n) }

    static func format(_ n: Int) -> String {
        let digits = String(n)
        guard n >= 1000 else { return digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
