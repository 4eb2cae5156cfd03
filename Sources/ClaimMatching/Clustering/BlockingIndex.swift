/// Candidate pairs from an inverted index over rare match terms (stems, lexicon concepts,
/// numbers), so clustering compares claims that share something instead of all N² pairs.
///
/// Each claim is indexed under its `keysPerClaim` rarest terms; a term carried by more than
/// `maxPosting` claims is too common to block on and is skipped. The number of pairs is then
/// at most N · keysPerClaim · maxPosting, linear in N.
public struct BlockingIndex: Sendable {
    public var keysPerClaim: Int
    public var maxPosting: Int

    public init(keysPerClaim: Int = 12, maxPosting: Int = 100) {
        self.keysPerClaim = keysPerClaim
        self.maxPosting = maxPosting
    }

    /// Distinct pairs (i < j) of indices into `features` that share at least one key,
    /// in ascending order.
    public func candidatePairs(_ features: [ClaimFeatures], statistics: TermStatistics) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        for (index, f) in features.enumerated() {
            let keys = f.terms
                .filter { statistics.documentFrequency($0) <= maxPosting && statistics.documentFrequency($0) > 1 }
                .sorted { (statistics.documentFrequency($0), $0) < (statistics.documentFrequency($1), $1) }
                .prefix(keysPerClaim)
            for key in keys { postings[key, default: []].append(index) }
        }
        var seen = Set<Int>()
        var pairs: [(Int, Int)] = []
        let n = features.count
        for key in postings.keys.sorted() {
            let list = postings[key]!
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let (i, j) = (list[x], list[y])
                    if seen.insert(i * n + j).inserted { pairs.append((i, j)) }
                }
            }
        }
        pairs.sort { $0 < $1 }
        return pairs
    }
}
