/// A number stated in a claim, with the interval of values it is compatible with.
///
/// Hedges widen the interval: "about 6,000" → [5,400, 6,600]; "more than 5,700" →
/// [5,700, 6,840]; "up to 2,000" → [0, 2,000]; a bare round number allows for rounding
/// ("6,000" → [5,700, 6,300]). Two quantities conflict when their intervals do not overlap.
public struct ClaimQuantity: Sendable, Hashable {
    /// How the number was qualified.
    public enum Hedge: String, Sendable, Hashable {
        case exact, approximate, moreThan, atLeast, lessThan, upTo, vague
    }

    /// What the number counts.
    public enum Kind: String, Sendable, Hashable {
        case count, percent, money, year
    }

    public var value: Double
    public var low: Double
    public var high: Double
    public var hedge: Hedge
    public var kind: Kind
    /// Concept or stem of the counted noun ("fighter"), when one follows the number.
    public var unit: String?
    /// The words as written, for reasons ("about 6,000").
    public var text: String
    /// The number is named to be rejected ("19, not the official 14", «4500 وليس 6000»): the
    /// claim says the amount is *not* this.
    public var rejected = false
    /// The number as written when a unit scaled it ("2.4" of "2.4 terabytes"), so that the
    /// number-word pass does not count it again.
    public var written: Double?

    /// Builds the interval for `value` under `hedge`.
    public init(value: Double, hedge: Hedge, kind: Kind, unit: String?, text: String,
                vagueRange: ClosedRange<Double>? = nil) {
        self.value = value
        self.hedge = hedge
        self.kind = kind
        self.unit = unit
        self.text = text
        switch hedge {
        case .exact:
            // A whole number is a count: 178 and 182 passengers are two counts, while 180 may be
            // a rounding of 182 (`roundingUnit`). Fractions (rates, percentages, sizes) allow 2 %.
            let rounding = 0.3 * Self.roundingUnit(value)
            let tolerance = value == value.rounded() ? rounding : max(abs(value) * 0.02, rounding)
            low = value - tolerance
            high = value + tolerance
        case .approximate:
            low = value * 0.9
            high = value * 1.1
        case .moreThan, .atLeast:
            // A floor, but a toll "of at least 48" is not the same figure as another source's 61:
            // it allows a fifth more.
            low = value
            high = value * 1.2
        case .lessThan:
            low = value * 0.5
            high = value
        case .upTo:
            low = 0
            high = value
        case .vague:
            low = vagueRange?.lowerBound ?? value
            high = vagueRange?.upperBound ?? value
        }
        if kind == .year { low = value; high = value }
    }

    /// Whether the two quantities can describe the same amount.
    public func isCompatible(with other: ClaimQuantity) -> Bool {
        low <= other.high && other.low <= high
    }

    /// Whether the two quantities measure the same thing (same kind, and same unit when both
    /// units are known).
    public func isComparable(with other: ClaimQuantity) -> Bool {
        guard kind == other.kind, kind != .year else { return false }
        if let u = unit, let v = other.unit { return u == v }
        return true
    }

    /// 10^k for the trailing zeros of an integer ≥ 100 (6,000 → 1,000), else 1.
    static func roundingUnit(_ value: Double) -> Double {
        guard value >= 100, value == value.rounded() else { return 1 }
        var unit = 1.0
        while value.truncatingRemainder(dividingBy: unit * 10) == 0 && unit < 1e12 { unit *= 10 }
        return unit
    }
}
