/// Consonant skeletons for matching names across Arabic and Latin script without a gazetteer
/// (reference §3.3, after Freeman, Condon & Ackerman 2006): "Gabbard" and "غابارد" both give
/// `KBRD`, "Fox News" and "فوكس نيوز" give `FKS NS`.
public struct NameSkeleton: Sendable, Hashable {
    /// Consonant classes, words separated by a space.
    public let key: String
    /// Consonant/vowel shape with runs collapsed ("CVCV" for Rubio/روبيو), used to confirm short keys.
    public let shape: String
    /// Number of consonant classes in `key`.
    public var consonants: Int { letters.count }
    /// `key` and `shape` without their spaces, kept because `matches` runs for many word pairs.
    private let letters: [Unicode.Scalar]
    private let flatShape: [Unicode.Scalar]

    /// The skeleton of a name in either script (match normalisation applied first).
    public init(_ name: String) {
        let normalized = TextNormalizer.normalize(name, level: .aggressive)
        var keys: [String] = []
        var shapes: [String] = []
        for word in normalized.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "'" }) {
            let w = String(word)
            let (k, s) = w.unicodeScalars.first.map(ArabicScalars.isArabicLetter) == true
                ? Self.arabic(w) : Self.latin(w)
            if !k.isEmpty { keys.append(k) }
            shapes.append(s)
        }
        key = keys.joined(separator: " ")
        shape = shapes.joined(separator: " ")
        letters = key.unicodeScalars.filter { $0 != " " }
        flatShape = shape.unicodeScalars.filter { $0 != " " }
    }

    /// How alike two skeletons are: 1 − edit distance / longer length, spaces ignored.
    public func similarity(to other: NameSkeleton) -> Double {
        let longest = max(letters.count, other.letters.count)
        guard longest > 0 else { return 0 }
        return 1 - Double(EditDistance.levenshtein(letters, other.letters)) / Double(longest)
    }

    /// Whether two names plausibly denote the same person or place: skeletons of at least three
    /// consonants with similarity ≥ 0.75, or identical two-consonant skeletons with the same shape.
    public func matches(_ other: NameSkeleton) -> Bool {
        let n = min(consonants, other.consonants)
        if n >= 3 {
            // The edit distance is at least the length difference: skip the table when that
            // alone puts the similarity under 0.75.
            let longest = max(letters.count, other.letters.count)
            guard 4 * (longest - n) <= longest else { return false }
            return similarity(to: other) >= 0.75
        }
        if n == 2 { return letters == other.letters && flatShape == other.flatShape }
        return false
    }

    // MARK: - Arabic

    private static func arabicClass(_ s: Unicode.Scalar) -> Character? {
        switch s {
        case "ب", "پ": return "B"
        case "ت", "ط": return "T"
        case "ث", "س", "ص", "ش", "ز", "ظ", "ژ": return "S"
        case "ذ", "د", "ض": return "D"
        case "ج", "غ", "گ", "ك", "ق": return "K"
        case "ح", "خ", "ه": return "H"
        case "ف", "ڤ": return "F"
        case "ل": return "L"
        case "م": return "M"
        case "ن": return "N"
        case "ر": return "R"
        default: return nil
        }
    }

    private static func arabic(_ word: String) -> (String, String) {
        var letters = Array(word.unicodeScalars)
        if letters.count > 3, letters[0] == "ا", letters[1] == "ل" { letters.removeFirst(2) }
        if letters.count > 2, letters.last == "ه" { letters.removeLast() }
        var key = ""
        var shape = ""
        for (i, s) in letters.enumerated() {
            var cls: Character?
            if i == 0 && s == "و" { cls = "W" } else if i == 0 && s == "ي" { cls = "Y" } else { cls = arabicClass(s) }
            if let cls {
                if key.last != cls { key.append(cls) }
                if shape.last != "C" { shape.append("C") }
            } else if s == "ا" || s == "و" || s == "ي" || s == "ع" {
                // ع has no Latin letter: it is written as the vowel beside it ("al-Ubaidi" /
                // «العبيدي», "Abbadi" / «العبادي»), so it shapes as one.
                if shape.last != "V" { shape.append("V") }
            }
        }
        return (key, shape)
    }

    // MARK: - Latin

    private static let digraphs: [(String, Character)] = [
        ("sch", "S"), ("sh", "S"), ("th", "S"), ("ch", "K"), ("ph", "F"), ("gh", "K"), ("kh", "H"),
        ("ck", "K"), ("dh", "D"), ("ng", "N"), ("qu", "K"),
    ]

    private static func latin(_ word: String) -> (String, String) {
        var w = Substring(word)
        for prefix in ["al-", "el-", "ad-", "ash-", "as-", "ar-"] where w.hasPrefix(prefix) && w.count > prefix.count + 2 {
            w = w.dropFirst(prefix.count)
            break
        }
        if w == "al" || w == "el" { return ("", "") }
        let chars = Array(w)
        var key = ""
        var shape = ""
        var i = 0
        func push(_ c: Character) {
            if key.last != c { key.append(c) }
            if shape.last != "C" { shape.append("C") }
        }
        while i < chars.count {
            var matched = false
            for (d, cls) in digraphs where i + d.count <= chars.count && String(chars[i..<(i + d.count)]) == d {
                push(cls)
                i += d.count
                matched = true
                break
            }
            if matched { continue }
            let c = chars[i]
            switch c {
            case "b", "p": push("B")
            case "t": push("T")
            case "d": push("D")
            // A soft c ("Circuit", "Cyprus") is سيـ: an s.
            case "c" where i + 1 < chars.count && "eiy".contains(chars[i + 1]): push("S")
            case "g", "j", "c", "k", "q": push("K")
            case "s", "z": push("S")
            case "x": push("K"); push("S")
            case "f", "v": push("F")
            case "h": push("H")
            case "l": push("L")
            case "m": push("M")
            case "n": push("N")
            case "r": push("R")
            case "w": if i == 0 { push("W") } else if shape.last != "V" { shape.append("V") }
            case "y": if i == 0 { push("Y") } else if shape.last != "V" { shape.append("V") }
            case "a", "e", "i", "o", "u": if shape.last != "V" { shape.append("V") }
            default: break
            }
            i += 1
        }
        return (key, shape)
    }
}
