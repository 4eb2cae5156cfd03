/// The article-extraction-benchmark metric, exactly as `shared/tools/score_extraction.py`
/// computes it: Python `\w+` tokens, bags of 4-word shingles ("shingle4") and of single
/// tokens ("token"); per page tp/fp/fn normalised to sum 1; precision and recall are macro
/// averages over pages, F1 is taken from the two averages.
public struct ExtractionScore: Sendable {
    public struct Summary: Sendable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    private var shingle: [(Double, Double, Double)] = []
    private var token: [(Double, Double, Double)] = []
    private var exact = 0

    public init() {}

    public var pages: Int { shingle.count }
    public var shingle4: Summary { Self.aggregate(shingle) }
    public var tokens: Summary { Self.aggregate(token) }
    /// Share of pages whose token sequence equals the ground truth exactly.
    public var accuracy: Double { shingle.isEmpty ? 0 : Double(exact) / Double(shingle.count) }

    /// Adds one page; returns its shingle4 F1.
    @discardableResult
    public mutating func add(truth: String, predicted: String) -> Double {
        var vocabulary: [Substring: Int] = [:]
        let t = Self.tokenize(truth, &vocabulary)
        let p = Self.tokenize(predicted, &vocabulary)
        let s = Self.counts(t, p, n: 4)
        shingle.append(s)
        token.append(Self.counts(t, p, n: 1))
        if t == p { exact += 1 }
        let pr = Self.precision(s), rc = Self.recall(s)
        return pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0
    }

    /// Python's `\w`: letters (L*), anything with a numeric value, and "_".
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return c.properties.numericType != nil
        }
    }

    static func tokenize(_ text: String, _ vocabulary: inout [Substring: Int]) -> [Int] {
        var out: [Int] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var i = scalars.startIndex
        while i != scalars.endIndex {
            if isWord(scalars[i]) {
                if start == nil { start = i }
            } else if let s = start {
                out.append(id(Substring(scalars[s..<i]), &vocabulary))
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start { out.append(id(Substring(scalars[s..<scalars.endIndex]), &vocabulary)) }
        return out
    }

    private static func id(_ word: Substring, _ vocabulary: inout [Substring: Int]) -> Int {
        if let v = vocabulary[word] { return v }
        let v = vocabulary.count
        vocabulary[word] = v
        return v
    }

    private struct Gram: Hashable {
        var a: Int, b: Int, c: Int, d: Int, length: Int
    }

    private static func grams(_ tokens: [Int], n: Int) -> [Gram: Int] {
        var bag: [Gram: Int] = [:]
        guard !tokens.isEmpty else { return bag }
        let count = max(1, tokens.count - n + 1)
        for i in 0..<count {
            let end = min(tokens.count, i + n)
            var g = Gram(a: -1, b: -1, c: -1, d: -1, length: end - i)
            for (k, j) in (i..<end).enumerated() {
                switch k {
                case 0: g.a = tokens[j]
                case 1: g.b = tokens[j]
                case 2: g.c = tokens[j]
                default: g.d = tokens[j]
                }
            }
            bag[g, default: 0] += 1
        }
        return bag
    }

    private static func counts(_ truth: [Int], _ predicted: [Int], n: Int) -> (Double, Double, Double) {
        let t = grams(truth, n: n), p = grams(predicted, n: n)
        var tp = 0.0, fp = 0.0, fn = 0.0
        for (g, a) in t {
            let b = p[g] ?? 0
            tp += Double(min(a, b))
            fn += Double(max(0, a - b))
        }
        for (g, b) in p {
            fp += Double(max(0, b - (t[g] ?? 0)))
        }
        let s = tp + fp + fn
        return s > 0 ? (tp / s, fp / s, fn / s) : (tp, fp, fn)
    }

    static func precision(_ x: (Double, Double, Double)) -> Double {
        if x.1 == 0 && x.2 == 0 { return 1 }
        if x.0 == 0 && x.1 == 0 { return 0 }
        return x.0 / (x.0 + x.1)
    }

    static func recall(_ x: (Double, Double, Double)) -> Double {
        if x.1 == 0 && x.2 == 0 { return 1 }
        if x.0 == 0 && x.2 == 0 { return 0 }
        return x.0 / (x.0 + x.2)
    }

    private static func aggregate(_ xs: [(Double, Double, Double)]) -> Summary {
        let ps = xs.filter { $0.0 + $0.1 > 0 }.map(precision)
        let rs = xs.filter { $0.0 + $0.2 > 0 }.map(recall)
        let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        return Summary(precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}
