import Foundation

/// A fitted logistic (or softmax) model over standardised features: applying it is all the
/// library does; fitting lives in `Evaluation/LogisticTrainer.swift`.
public struct LogisticModel: Sendable, Hashable, Codable {
    /// Per-feature mean and scale used to standardise inputs.
    public var means: [Double]
    public var scales: [Double]
    /// One weight row per class (one row for a binary model: the positive class).
    public var weights: [[Double]]
    public var biases: [Double]

    public init(means: [Double], scales: [Double], weights: [[Double]], biases: [Double]) {
        self.means = means
        self.scales = scales
        self.weights = weights
        self.biases = biases
    }

    /// Standardised copy of `x`.
    func standardise(_ x: [Double]) -> [Double] {
        (0..<min(x.count, means.count)).map { (x[$0] - means[$0]) / scales[$0] }
    }

    /// Raw scores per class.
    public func scores(_ x: [Double]) -> [Double] {
        let z = standardise(x)
        return weights.indices.map { k in
            zip(weights[k], z).reduce(biases[k]) { $0 + $1.0 * $1.1 }
        }
    }

    /// P(positive) for a binary model.
    public func probability(_ x: [Double]) -> Double {
        1 / (1 + exp(-scores(x)[0]))
    }

    /// Class probabilities for a softmax model.
    public func probabilities(_ x: [Double]) -> [Double] {
        let s = scores(x)
        let m = s.max() ?? 0
        let e = s.map { exp($0 - m) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }
}
