import Foundation

/// Fits a `LogisticModel` (binary when `classes == 2`, else softmax) by full-batch gradient
/// descent on standardised features with L2 regularisation. Deterministic: zero start,
/// fixed step count, no sampling.
public struct LogisticTrainer: Sendable {
    public var iterations: Int
    public var learningRate: Double
    public var l2: Double

    public init(iterations: Int = 800, learningRate: Double = 0.5, l2: Double = 1e-3) {
        self.iterations = iterations
        self.learningRate = learningRate
        self.l2 = l2
    }

    /// Fits `x` (rows of features) to `y` (class indices in 0..<classes). `classWeights`
    /// reweights the loss per class (e.g. to balance rare classes).
    public func fit(_ x: [[Double]], _ y: [Int], classes: Int, classWeights: [Double]? = nil) -> LogisticModel {
        precondition(!x.isEmpty && x.count == y.count, "no training rows")
        let d = x[0].count, n = x.count
        var means = Array(repeating: 0.0, count: d), scales = Array(repeating: 1.0, count: d)
        for j in 0..<d {
            let column = x.map { $0[j] }
            let m = column.reduce(0, +) / Double(n)
            let v = column.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(n)
            means[j] = m
            scales[j] = v > 1e-12 ? v.squareRoot() : 1
        }
        let z = x.map { row in (0..<d).map { (row[$0] - means[$0]) / scales[$0] } }
        let rows = classes == 2 ? 1 : classes
        var w = Array(repeating: Array(repeating: 0.0, count: d), count: rows)
        var b = Array(repeating: 0.0, count: rows)
        let weights = classWeights ?? Array(repeating: 1.0, count: classes)
        let totalWeight = y.reduce(0.0) { $0 + weights[$1] }
        for _ in 0..<iterations {
            var gw = Array(repeating: Array(repeating: 0.0, count: d), count: rows)
            var gb = Array(repeating: 0.0, count: rows)
            for i in 0..<n {
                let s = (0..<rows).map { k in zip(w[k], z[i]).reduce(b[k]) { $0 + $1.0 * $1.1 } }
                var residual: [Double]
                if rows == 1 {
                    residual = [1 / (1 + exp(-s[0])) - (y[i] == 1 ? 1 : 0)]
                } else {
                    let m = s.max()!
                    let e = s.map { exp($0 - m) }
                    let t = e.reduce(0, +)
                    residual = (0..<rows).map { e[$0] / t - (y[i] == $0 ? 1 : 0) }
                }
                let weight = weights[y[i]]
                for k in 0..<rows {
                    let r = residual[k] * weight
                    gb[k] += r
                    for j in 0..<d { gw[k][j] += r * z[i][j] }
                }
            }
            for k in 0..<rows {
                b[k] -= learningRate * gb[k] / totalWeight
                for j in 0..<d { w[k][j] -= learningRate * (gw[k][j] / totalWeight + l2 * w[k][j]) }
            }
        }
        return LogisticModel(means: means, scales: scales, weights: w, biases: b)
    }
}
