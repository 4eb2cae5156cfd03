import Foundation

/// Document frequencies of match terms over a collection, for IDF weights.
///
/// Built from the claims being compared (no labels, nothing learned): a term shared by many
/// claims of the batch says less about two claims being the same than a rare name or number.
public struct TermStatistics: Sendable {
    public private(set) var documents: Int = 0
    private var frequency: [String: Int] = [:]

    public init() {}

    /// idf² of every term seen, filled once the batch is complete (`init(_:)`): comparisons
    /// look weights up for every term of every pair.
    private var squared: [String: Double] = [:]

    /// Statistics over `features`.
    public init(_ features: [ClaimFeatures]) {
        for f in features { add(f.terms) }
        squared.reserveCapacity(frequency.count)
        for t in frequency.keys { let x = idf(t); squared[t] = x * x }
    }

    /// idf², the weight of a term in the comparator's cosine.
    public func weight(_ term: String) -> Double {
        if let w = squared[term] { return w }
        let x = idf(term)
        return x * x
    }

    /// Counts one document's distinct terms.
    public mutating func add<S: Sequence>(_ terms: S) where S.Element == String {
        squared = [:]
        documents += 1
        for t in Set(terms) { frequency[t, default: 0] += 1 }
    }

    public func documentFrequency(_ term: String) -> Int { frequency[term] ?? 0 }

    /// Smoothed inverse document frequency, ≥ 1 for a term seen in every document. Terms
    /// never seen weigh as if seen once; numbers weigh at least as much as a rare word.
    public func idf(_ term: String) -> Double {
        let df = Double(max(1, frequency[term] ?? 0))
        let base = log((Double(documents) + 1) / df) + 1
        return term.hasPrefix("n:") ? max(base, log(Double(documents) + 1)) : base
    }
}
