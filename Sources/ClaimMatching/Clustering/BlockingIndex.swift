/// Candidate pairs from an inverted index over rare match terms (stems, lexicon concepts,
/// numbers), so clustering compares claims that share something instead of all N² pairs.
///
/// Each claim is indexed under its `keysPerClaim` rarest terms; a term carried by more than
/// `maxPosting` claims is too common to pair everyone on. A claim with fewer than `minimumKeys`
/// rare terms (in a very large or very repetitive collection every term is common) is also
/// indexed under its rarest common terms, where it is paired only with its `window` neighbours
/// in input order (sorted-neighbourhood blocking), so it is still compared with something.
/// The number of pairs is at most N · (keysPerClaim · maxPosting + minimumKeys · window), linear
/// in N.
public struct BlockingIndex: Sendable {
    public var keysPerClaim: Int
    public var maxPosting: Int
    public var minimumKeys: Int
    public var window: Int

    public init(keysPerClaim: Int = 12, maxPosting: Int = 100, minimumKeys: Int = 1, window: Int = 5) {
        self.keysPerClaim = keysPerClaim
        self.maxPosting = maxPosting
        self.minimumKeys = minimumKeys
        self.window = window
    }

    /// Distinct pairs (i < j) of indices into `features` that share at least one key,
    /// in ascending order.
    public func candidatePairs(_ features: [ClaimFeatures], statistics: TermStatistics) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        var common: [String: [Int]] = [:]
        for (index, f) in features.enumerated() {
            let ranked = f.terms
                .map { (df: statistics.documentFrequency($0), term: $0) }
                .filter { $0.df > 1 }
                .sorted { ($0.df, $0.term) < ($1.df, $1.term) }
            let rare = ranked.prefix { $0.df <= maxPosting }.prefix(keysPerClaim)
            for key in rare { postings[key.term, default: []].append(index) }
            if rare.count < minimumKeys {
                for key in ranked.drop(while: { $0.df <= maxPosting }).prefix(minimumKeys - rare.count) {
                    common[key.term, default: []].append(index)
                }
            }
        }
        var seen = Set<Int>()
        var pairs: [(Int, Int)] = []
        let n = features.count
        func add(_ i: Int, _ j: Int) {
            if seen.insert(i * n + j).inserted { pairs.append((i, j)) }
        }
        for key in postings.keys.sorted() {
            let list = postings[key]!
            for x in 0..<list.count {
                for y in (x + 1)..<list.count { add(list[x], list[y]) }
            }
        }
        // Common keys: only claims that lacked rare ones were filed here; pair each with its
        // next `window` neighbours on the term (input order).
        for key in common.keys.sorted() {
            let list = common[key]!
            for x in 0..<list.count {
                for y in (x + 1)..<min(list.count, x + 1 + window) { add(list[x], list[y]) }
            }
        }
        pairs.sort { $0 < $1 }
        return pairs
    }
}
