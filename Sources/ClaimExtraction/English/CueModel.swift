import Foundation

/// A logistic model over `EnglishFrame.features` that decides whether a candidate is an
/// attribution. Weights are fitted on PolNeAR train by `scripts/train_cue_model.py` and embedded
/// in `Data/CueModelData.swift`.
struct CueModel: Sendable {
    private var weights: [String: Double] = [:]

    static let shared = CueModel(tsv: CueModelData.tsv)

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.lastIndex(of: "\t"), let w = Double(line[line.index(after: tab)...]) else { continue }
            weights[String(line[..<tab])] = w
        }
    }

    var isEmpty: Bool { weights.isEmpty }

    /// Probability that the candidate is an attribution.
    func probability(_ features: [String]) -> Double {
        var z = 0.0
        for f in features { z += weights[f] ?? 0 }
        return 1 / (1 + Foundation.exp(-z))
    }
}
