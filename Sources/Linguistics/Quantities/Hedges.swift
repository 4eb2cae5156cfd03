/// Approximators and bounds that qualify a number (reference §1.9), in match form.
enum Hedges {
    /// Phrases that come before the number, longest first.
    static let before: [([String], Quantity.Qualifier)] = {
        let table: [(String, Quantity.Qualifier)] = [
            // English
            ("about", .approximate), ("around", .approximate), ("approximately", .approximate),
            ("roughly", .approximate), ("some", .approximate), ("an estimated", .approximate),
            ("close to", .approximate), ("nearly", .approximate), ("almost", .approximate),
            ("circa", .approximate), ("approx", .approximate), ("estimated", .approximate),
            ("more than", .moreThan), ("over", .moreThan), ("upwards of", .moreThan),
            ("in excess of", .moreThan), ("greater than", .moreThan), ("above", .moreThan),
            ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast),
            ("a minimum of", .atLeast),
            ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
            ("up to", .atMost), ("as many as", .atMost), ("at most", .atMost), ("no more than", .atMost),
            // Arabic (match form: ى → ي, أ → ا, ة → ه)
            ("نحو", .approximate), ("حوالي", .approximate), ("قرابه", .approximate), ("زهاء", .approximate),
            ("ما يقارب", .approximate), ("ما يقرب من", .approximate), ("ما يناهز", .approximate),
            ("يقارب", .approximate), ("يناهز", .approximate),
            ("اكثر من", .moreThan), ("ازيد من", .moreThan), ("ما يزيد علي", .moreThan),
            ("ما يزيد عن", .moreThan), ("يزيد علي", .moreThan), ("يزيد عن", .moreThan),
            ("ما لا يقل عن", .atLeast), ("لا يقل عن", .atLeast),
            ("اقل من", .lessThan), ("ما يقل عن", .lessThan),
            ("حتي", .atMost), ("ما يصل الي", .atMost), ("يصل الي", .atMost),
        ]
        return table.map { (phrase, q) in (phrase.split(separator: " ").map(String.init), q) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// Phrases that come after the number.
    static let after: [([String], Quantity.Qualifier)] = {
        let table: [(String, Quantity.Qualifier)] = [
            ("تقريبا", .approximate), ("approximately", .approximate), ("or so", .approximate),
            ("roughly", .approximate), ("علي الاقل", .atLeast), ("at least", .atLeast),
            ("or more", .atLeast), ("and more", .atLeast), ("او اكثر", .atLeast),
        ]
        return table.map { (phrase, q) in (phrase.split(separator: " ").map(String.init), q) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// The first word of a hedge may carry و/ب/ل/ف proclitics ("بنحو", "لأكثر", "وحوالي").
    static func matches(_ word: String, _ expected: String, first: Bool) -> Bool {
        if word == expected { return true }
        guard first, let f = word.unicodeScalars.first, "وبلف".unicodeScalars.contains(f) else { return false }
        let rest = String(String.UnicodeScalarView(word.unicodeScalars.dropFirst()))
        if rest == expected { return true }
        guard let g = rest.unicodeScalars.first, "بل".unicodeScalars.contains(g) else { return false }
        return String(String.UnicodeScalarView(rest.unicodeScalars.dropFirst())) == expected
    }
}
