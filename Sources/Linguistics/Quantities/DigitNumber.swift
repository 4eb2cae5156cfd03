/// Parses a digit token in match form ("6,000", "2.5", "1'000", "2,5", "1.234.567").
enum DigitNumber {
    /// The value, and whether the token used grouping separators.
    static func parse(_ token: String) -> (value: Double, grouped: Bool)? {
        var digits: [[Unicode.Scalar]] = [[]]
        var seps: [Unicode.Scalar] = []
        for s in token.unicodeScalars {
            if let d = ArabicScalars.digitValue(s) {
                digits[digits.count - 1].append(Unicode.Scalar(UInt32(0x30 + d))!)
            } else if s == "," || s == "." || s == "'" {
                seps.append(s)
                digits.append([])
            } else {
                return nil
            }
        }
        guard digits.allSatisfy({ !$0.isEmpty }) else { return nil }
        func number(_ groups: ArraySlice<[Unicode.Scalar]>) -> String {
            groups.map { String(String.UnicodeScalarView($0)) }.joined()
        }
        if seps.isEmpty { return Double(number(digits[...])).map { ($0, false) } }
        let groupsAfterFirst = digits.dropFirst()
        let allThree = groupsAfterFirst.allSatisfy { $0.count == 3 } && digits[0].count <= 3
        let distinct = Set(seps)
        if distinct.count == 1 {
            let sep = seps[0]
            // One kind of separator: grouping when repeated or when "'" or when "," with 3-digit
            // groups; otherwise a decimal mark ("2.5", "2,5").
            if sep == "'" || (allThree && (seps.count > 1 || sep == ",")) {
                return Double(number(digits[...])).map { ($0, true) }
            }
            guard seps.count == 1 else { return nil }
            return Double(number(digits[0...0]) + "." + number(digits[1...1])).map { ($0, false) }
        }
        // Both kinds: the last separator is the decimal mark ("6,000.5", "6.000,5").
        let last = seps[seps.count - 1]
        guard seps.dropLast().allSatisfy({ $0 != last }) else { return nil }
        let intPart = number(digits.dropLast())
        return Double(intPart + "." + number(digits[(digits.count - 1)...])).map { ($0, true) }
    }
}
