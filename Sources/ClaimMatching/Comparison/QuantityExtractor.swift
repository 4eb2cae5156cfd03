import Linguistics

/// Finds quantities in folded tokens: digits with scale words ("6 آلاف", "2.5 million"),
/// hedges before them ("about", "more than", "نحو", "أكثر من") or after them ("تقريبا"),
/// percent and money markers, and vague amounts ("dozens", "عشرات", "hundreds of").
///
/// Number words ("ستة آلاف", "six thousand", "ألفين") come from `Linguistics.QuantityParser`
/// and are added when the digit pass did not already find the same value.
enum QuantityExtractor {
    /// Digit quantities from `tokens`, plus number-word quantities found by the Linguistics
    /// parser in `text`.
    static func quantities(in tokens: [MatchText.Token], text: String) -> [ClaimQuantity] {
        var out = quantities(in: tokens)
        var scalars: [Unicode.Scalar] = []
        for q in QuantityParser.quantities(in: text) where !q.isLikelyYear {
            if out.contains(where: { $0.value == q.value || $0.written == q.value }) { continue }
            if scalars.isEmpty { scalars = Array(text.unicodeScalars) }
            if isClockTime(scalars, q.range) { continue }
            let hedge: ClaimQuantity.Hedge
            switch q.qualifier {
            case .exact: hedge = .exact
            case .approximate: hedge = .approximate
            case .moreThan: hedge = .moreThan
            case .atLeast: hedge = .atLeast
            case .lessThan: hedge = .lessThan
            case .atMost: hedge = .upTo
            case .vague: hedge = .vague
            }
            out.append(ClaimQuantity(value: q.value, hedge: hedge, kind: q.isPercent ? .percent : .count, unit: nil,
                                     text: String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(q.range.lowerBound).prefix(q.range.count))),
                                     vagueRange: hedge == .vague ? q.low...q.high : nil))
        }
        return out
    }

    /// Whether the digits at `range` are one side of a clock time ("23:40").
    private static func isClockTime(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        func digit(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.numericType != nil }
        return range.upperBound < s.count && s[range.upperBound] == ":" && digit(range.upperBound + 1)
            || range.lowerBound >= 2 && s[range.lowerBound - 1] == ":" && digit(range.lowerBound - 2)
    }

    private static let scales: [String: Double] = foldKeys([
        "thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6,
        "mn": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12,
        "الف": 1e3, "الاف": 1e3, "الفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
        "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9, "مليارا": 1e9, "تريليون": 1e12,
    ])

    /// Units of data, in bytes: "2.4 terabytes" and «2400 غيغابايت» are one figure.
    private static let dataUnits: [String: Double] = foldKeys([
        "kb": 1e3, "kilobytes": 1e3, "mb": 1e6, "megabyte": 1e6, "megabytes": 1e6,
        "gb": 1e9, "gigabyte": 1e9, "gigabytes": 1e9, "tb": 1e12, "terabyte": 1e12, "terabytes": 1e12,
        "pb": 1e15, "petabyte": 1e15, "petabytes": 1e15,
        "ميغابايت": 1e6, "ميجابايت": 1e6, "غيغابايت": 1e9, "جيجابايت": 1e9, "جيغابايت": 1e9, "غيغا": 1e9,
        "تيرابايت": 1e12, "تيرا": 1e12, "بيتابايت": 1e15,
    ])

    private static let vague: [String: ClosedRange<Double>] = foldKeys([
        "dozens": 24...99, "scores": 40...99, "hundreds": 200...999, "thousands": 2000...9999,
        "millions": 2e6...9.99e6, "عشرات": 20...99, "مئات": 200...999, "الاف": 2000...9999,
        "ملايين": 2e6...9.99e6,
    ])

    /// Hedge phrases (folded, as token sequences) that come before a number.
    private static let before: [([String], ClaimQuantity.Hedge)] = rawBefore.map { ($0.0.map(MatchText.foldString), $0.1) }
    private static let rawBefore: [([String], ClaimQuantity.Hedge)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["upwards", "of"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["as", "many", "as"], .upTo),
        (["up", "to"], .upTo), (["less", "than"], .lessThan), (["fewer", "than"], .lessThan),
        (["under"], .lessThan), (["nearly"], .lessThan), (["almost"], .lessThan),
        (["about"], .approximate), (["around"], .approximate), (["approximately"], .approximate),
        (["roughly"], .approximate), (["some"], .approximate), (["estimated"], .approximate),
        (["an", "estimated"], .approximate), (["close", "to"], .approximate),
        (["اكثر", "من"], .moreThan), (["ازيد", "من"], .moreThan), (["ما", "يزيد", "على"], .moreThan),
        (["ما", "يزيد", "عن"], .moreThan), (["ما", "لا", "يقل", "عن"], .atLeast),
        (["لا", "يقل", "عن"], .atLeast), (["اقل", "من"], .lessThan), (["حتى"], .upTo),
        (["نحو"], .approximate), (["حوالي"], .approximate), (["قرابة"], .approximate),
        (["زهاء"], .approximate), (["ما", "يقارب"], .approximate), (["ما", "يناهز"], .approximate),
        (["يقارب"], .approximate), (["يناهز"], .approximate), (["تقريبا"], .approximate),
    ]

    private static let yearPrepositions = Set([
        "in", "since", "of", "until", "by", "from", "عام", "سنة", "منذ", "في", "العام", "حتى", "خلال",
    ].map(MatchText.foldString))
    private static let percentPairs = Set(["per cent", "في المئة", "في المائة", "في المية"].map(MatchText.foldString))
    private static let percentWords = Set(["percent", "per cent", "بالمئة", "بالمائة", "في المئة"].map(MatchText.foldString))
    private static let moneyWords = Set([
        "dollars", "euros", "pounds", "دولار", "دولارا", "يورو", "جنيه", "ريال", "درهم", "ليرة", "دينار",
    ].map(MatchText.foldString))
    private static let atLeastAfter = (MatchText.foldString("على"), MatchText.foldString("الأقل"))
    private static let approximatelyAfter = Set(["تقريبا", "approximately", "or so"].map(MatchText.foldString))

    private static func foldKeys<V>(_ d: [String: V]) -> [String: V] {
        Dictionary(d.map { (MatchText.foldString($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// The quantities in `tokens`, in order.
    static func quantities(in tokens: [MatchText.Token]) -> [ClaimQuantity] {
        var out: [ClaimQuantity] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var value: Double?
            var vagueRange: ClosedRange<Double>?
            var end = i + 1
            var scaled = false
            var data = false
            if token.kind == .number, let v = Double(token.text) {
                value = v
                if end < tokens.count, let scale = scales[tokens[end].text] {
                    value = v * scale
                    scaled = true
                    end += 1
                }
                if end < tokens.count, let bytes = dataUnits[tokens[end].text] {
                    value = (value ?? v) * bytes
                    scaled = true
                    data = true
                    end += 1
                }
            } else if token.kind == .word, let range = vague[token.text] {
                vagueRange = range
                value = range.lowerBound
            }
            guard let v = value else { i += 1; continue }
            var kind: ClaimQuantity.Kind = .count
            if end < tokens.count, tokens[end].text == "%" || percentWords.contains(tokens[end].text) {
                kind = .percent
                end += 1
            } else if end + 1 < tokens.count, percentPairs.contains(tokens[end].text + " " + tokens[end + 1].text) {
                kind = .percent     // "41 per cent", «41 في المئة»
                end += 2
            } else if i > 0, tokens[i - 1].text == "$" || tokens[i - 1].text == "€" || tokens[i - 1].text == "£" {
                kind = .money
            } else if end < tokens.count, moneyWords.contains(tokens[end].text) {
                kind = .money
            }
            var hedge: ClaimQuantity.Hedge = vagueRange == nil ? .exact : .vague
            var start = i
            if vagueRange == nil, let (h, length) = hedgeBefore(tokens, i) {
                hedge = h
                start = i - length
            }
            if end < tokens.count, approximatelyAfter.contains(tokens[end].text) {
                hedge = .approximate
                end += 1
            }
            // "48 مهاجراً على الأقل": at least, after the number and its counted noun.
            if hedge == .exact, end + 1 < tokens.count, let k = (end..<min(tokens.count - 1, end + 2)).first(where: {
                tokens[$0].text == atLeastAfter.0 && tokens[$0 + 1].text == atLeastAfter.1
            }) {
                hedge = .atLeast
                if k == end { end += 2 }
            }
            let isInteger = v == v.rounded()
            if kind == .count, !scaled, vagueRange == nil, isInteger, (1900...2100).contains(v), hedge == .exact,
               i > 0, yearPrepositions.contains(tokens[i - 1].text) || end >= tokens.count || tokens[end].kind != .word {
                kind = .year
            }
            // What the number counts: a casualty measure next to it ("توفي 14 شخصاً", "22 injured",
            // "killing at least 12"), nearest first; else the counted noun, the first lexicon
            // concept among the next three words.
            var unit: String? = data ? "bytes" : nil
            if kind != .year, !data {
                unit = measure(tokens, before: start, after: end)
                var k = end
                while unit == nil, k < tokens.count && k < end + 3 && tokens[k].kind == .word {
                    if let c = NewsLexicon.shared.concept(of: tokens[k].text, arabic: tokens[k].isArabic) {
                        unit = c
                        break
                    }
                    k += 1
                }
            }
            let text = tokens[start..<end].map(\.text).joined(separator: " ")
            var quantity = ClaimQuantity(value: v, hedge: hedge, kind: kind, unit: unit, text: text, vagueRange: vagueRange)
            quantity.rejected = isRejected(tokens, before: start)
            if data { quantity.written = Double(token.text) }
            out.append(quantity)
            i = end
        }
        return out
    }

    /// Casualty and count measures by concept: a toll of the dead, of the injured, of the rescued…
    /// Different words for one measure ("14 people died" / "19 killed" / "61 bodies") compare.
    static let measures: [String: String] = [
        "kill": "dead", "die": "dead", "body": "dead", "victim": "dead", "toll": "dead",
        "injure": "injured", "rescue": "rescued", "survive": "rescued", "missing": "missing",
        "arrest": "arrested", "evacuate": "evacuated", "crew": "aboard", "passenger": "aboard",
    ]

    /// Words that count cases of a disease ("1,240 suspected cases", «1240 حالة اشتباه»): a
    /// unit of their own for comparing figures, kept out of the topical lexicon and of the
    /// similarity features («حالة» is also "state", as in «حالة الطوارئ»; sharing the word made
    /// every figure of an outbreak story one group).
    static let caseWords = Set(["case", "cases", "infections", "حالة", "حالات"].map(MatchText.foldString))

    /// Words that count a crowd ("police put the crowd at 3,000", "25,000 people had taken part",
    /// «عدد المشاركين بنحو خمسة وعشرين ألف»), a unit like `caseWords`.
    static let crowdWords = Set(["crowd", "crowds", "protesters", "demonstrators", "participants", "marchers", "joined",
                                 "marched", "protested", "participated", "part", "متظاهر", "متظاهرين", "المتظاهرين",
                                 "محتجين", "المحتجين", "المشاركين", "مشارك", "حشد", "شارك", "شاركوا", "تظاهر"]
        .map(MatchText.foldString))

    /// The measure a word names, if any.
    private static func measure(of token: MatchText.Token) -> String? {
        // "11 narrow-body jets", "a wide-body aircraft": the singular is no toll ("61 bodies" is).
        if token.text == "body" { return nil }
        if caseWords.contains(token.text) { return "cases" }
        if crowdWords.contains(token.text) { return "crowd" }
        return NewsLexicon.shared.concept(of: token.text, arabic: token.isArabic).flatMap { measures[$0] }
    }

    static let measureClasses = Set(measures.values)
    /// Every measure a count can name (`measureClasses` plus disease cases).
    static let countedMeasures = measureClasses.union(["cases", "crowd"])

    /// The measure named by the nearest casualty word within five words after or three before
    /// the number (nearest first, after before before at equal distance), stopping at other numbers.
    private static func measure(_ tokens: [MatchText.Token], before start: Int, after end: Int) -> String? {
        var afterOpen = true, beforeOpen = true
        for d in 0..<5 {
            let k = end + d
            if afterOpen, k < tokens.count {
                if tokens[k].kind != .word { afterOpen = false }
                else if let m = measure(of: tokens[k]) {
                    // «23 حالة وفاة»: a case of what the next word names.
                    if m == "cases", k + 1 < tokens.count, tokens[k + 1].kind == .word,
                       let specific = measure(of: tokens[k + 1]), specific != "cases" { return specific }
                    return m
                }
            }
            let b = start - 1 - d
            if beforeOpen, d < 3, b >= 0 {
                if tokens[b].kind != .word { beforeOpen = false }
                else if let m = measure(of: tokens[b]) { return m }
            }
        }
        return nil
    }

    /// Words that reject the number after them ("not the official 14", "وليس 6000", "rather
    /// than 40"), looked for among the three words before it (no number in between).
    private static let rejecters = Set(["not", "ليس", "وليس", "ليست", "وليست", "لا", "rather", "instead", "بدلا", "وبدلا"]
        .map(MatchText.foldString))

    private static func isRejected(_ tokens: [MatchText.Token], before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, k >= start - 3, tokens[k].kind == .word {
            if rejecters.contains(tokens[k].text) { return true }
            k -= 1
        }
        return false
    }

    private static func hedgeBefore(_ tokens: [MatchText.Token], _ i: Int) -> (ClaimQuantity.Hedge, Int)? {
        for (phrase, hedge) in before where phrase.count <= i {
            if tokens[(i - phrase.count)..<i].map(\.text).elementsEqual(phrase) { return (hedge, phrase.count) }
            // Arabic proclitics on the first word: "وأكثر من", "بنحو", "لنحو".
            let first = tokens[i - phrase.count]
            if first.isArabic, first.text.unicodeScalars.count > 2,
               let c = first.text.unicodeScalars.first, "وبلف".unicodeScalars.contains(c),
               String(String.UnicodeScalarView(first.text.unicodeScalars.dropFirst())) == phrase[0],
               tokens[(i - phrase.count + 1)..<i].map(\.text).elementsEqual(phrase.dropFirst()) {
                return (hedge, phrase.count)
            }
        }
        return nil
    }
}
