/// How the numbers of two claims relate: a conflict (with its evidence), an agreement, or
/// neither.
///
/// A number with a compatible partner of the same kind on the other side (whatever the counted
/// noun: 48 migrants = 48 people) is accounted for and conflicts with nothing. A number with no
/// compatible partner conflicts with the one comparable number on the other side, or with several
/// when they all count the same named thing. A number one side rejects ("19, not the official 14")
/// conflicts with the other side stating it.
struct NumberComparison {
    /// "14 vs 19", or nil.
    private(set) var conflict: String?
    /// The conflict is about one figure: both sides name what they count and it is the same
    /// ("14 dead" / "19 dead"), or one side rejects the very number the other states.
    private(set) var isSpecific = false
    /// The conflict is one side rejecting the other's figure ("4,500, not 6,000"), a denial of
    /// the number more than a second count of the same thing.
    private(set) var isRejection = false
    /// Some comparable pair is compatible.
    private(set) var agree = false

    init(_ a: [ClaimQuantity], _ b: [ClaimQuantity]) {
        func accounted(_ q: ClaimQuantity, in other: [ClaimQuantity]) -> Bool {
            other.contains { !$0.rejected && $0.kind == q.kind && $0.isCompatible(with: q) }
        }
        let openB = b.filter { !$0.rejected && !accounted($0, in: a) }
        for q in a where q.kind != .year && !q.rejected {
            if accounted(q, in: b) {
                if b.contains(where: { q.isComparable(with: $0) && q.isCompatible(with: $0) }) { agree = true }
                continue
            }
            var comparable = openB.filter { q.isComparable(with: $0) }
            if comparable.isEmpty { continue }
            // A number that names what it counts is compared with the other side's numbers of
            // that count first ("23 crew" with "25 seafarers", not with "two of whom").
            if let unit = q.unit {
                let same = comparable.filter { $0.unit == unit }
                if !same.isEmpty {
                    comparable = same
                } else if QuantityExtractor.countedMeasures.contains(unit) {
                    // 1,240 cases and 38 dead count different things.
                    comparable = comparable.filter { $0.unit.map { !QuantityExtractor.countedMeasures.contains($0) } ?? true }
                    if comparable.isEmpty { continue }
                }
            }
            let sameUnit = q.unit != nil && comparable.allSatisfy { $0.unit == q.unit }
            if comparable.contains(where: { q.isCompatible(with: $0) }) {
                agree = true
            } else if conflict == nil, comparable.count == 1 || sameUnit {
                conflict = "\(q.text) vs \(comparable[0].text)"
                isSpecific = sameUnit || b.contains { $0.rejected && $0.kind == q.kind && $0.isCompatible(with: q) }
            }
        }
        if conflict == nil, let rejection = Self.rejection(asserting: a, rejecting: b) ?? Self.rejection(asserting: b, rejecting: a) {
            conflict = rejection
            isSpecific = true
            isRejection = true
            agree = false
        }
    }

    /// "14 vs 19" when `rejecting` rejects a number `asserting` states ("19, not the official 14"
    /// against "14 people were killed"); the rejected number itself when nothing else is stated.
    private static func rejection(asserting: [ClaimQuantity], rejecting: [ClaimQuantity]) -> String? {
        for q in asserting where !q.rejected && q.kind != .year {
            guard let r = rejecting.first(where: { $0.rejected && q.isComparable(with: $0) && q.isCompatible(with: $0) })
            else { continue }
            let stated = rejecting.first { !$0.rejected && q.isComparable(with: $0) && !q.isCompatible(with: $0) }
            return "\(q.text) vs " + (stated.map(\.text) ?? "not \(r.text)")
        }
        return nil
    }
}
