/// A number found in text, with the interval of values it is compatible with.
///
/// "about 6,000" is 6,000 ± 10 %; "more than 5,700" is (5,700, 8,550]; "عشرات" is [20, 99].
/// Two quantities that can describe the same fact have overlapping intervals:
/// `isCompatible(with:)`; 6,000 and 7,000 do not.
public struct Quantity: Sendable, Hashable {
    /// How the text qualifies the number.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable, Codable {
        /// As written: "6,000", "ستة آلاف".
        case exact
        /// "about", "nearly", "نحو", "قرابة", "حوالي", "زهاء", "ما يقرب من".
        case approximate
        /// "more than", "over", "أكثر من", "ما يزيد على".
        case moreThan
        /// "at least", "ما لا يقل عن".
        case atLeast
        /// "less than", "fewer than", "أقل من".
        case lessThan
        /// "up to", "as many as", "حتى", "ما يصل إلى".
        case atMost
        /// A vague plural: "dozens", "hundreds", "عشرات", "آلاف".
        case vague
    }

    /// The number as stated (for vague plurals, the lower end of the range).
    public var value: Double
    /// Smallest value the phrase is compatible with.
    public var low: Double
    /// Largest value the phrase is compatible with.
    public var high: Double
    public var qualifier: Qualifier
    /// Whether the number is a percentage ("5%", "5 percent", "5 بالمئة").
    public var isPercent: Bool
    /// Code-point offsets `[start, end)` of the whole phrase (hedge included) in the source.
    public var range: Range<Int>
    /// Code-point offsets of the number itself, without the hedge.
    public var numberRange: Range<Int>
    /// True for a bare four-digit integer between 1800 and 2100 ("2014"): most likely a year.
    public var isLikelyYear: Bool

    public init(value: Double, low: Double, high: Double, qualifier: Qualifier, isPercent: Bool = false,
                range: Range<Int>, numberRange: Range<Int>, isLikelyYear: Bool = false) {
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.isPercent = isPercent
        self.range = range
        self.numberRange = numberRange
        self.isLikelyYear = isLikelyYear
    }

    /// The interval a stated value gets under a qualifier.
    ///
    /// Exact numbers get ±1 % (news rounds); approximations ±10 %; "more than"/"at least" reach
    /// up to 1.5× (beyond that a writer would give a bigger number); "less than"/"up to" reach
    /// down to zero.
    public static func interval(for value: Double, qualifier: Qualifier) -> ClosedRange<Double> {
        let v = abs(value)
        switch qualifier {
        case .exact: return value - max(v * 0.01, 0.5) ... value + max(v * 0.01, 0.5)
        case .approximate: return value - v * 0.1 ... value + v * 0.1
        case .moreThan: return value ... value + v * 0.5
        case .atLeast: return value ... value + v * 0.5
        case .lessThan, .atMost: return 0 ... value
        case .vague: return value ... value
        }
    }

    /// Whether both phrases can describe the same number (their intervals overlap) and both or
    /// neither are percentages.
    public func isCompatible(with other: Quantity) -> Bool {
        isPercent == other.isPercent && low <= other.high && other.low <= high
    }

    /// Whether the two phrases cannot describe the same number.
    public func conflicts(with other: Quantity) -> Bool { !isCompatible(with: other) }
}
