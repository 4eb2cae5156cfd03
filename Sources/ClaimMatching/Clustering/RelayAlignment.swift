import Foundation

/// Joins a relay's sentence to the sentence it translates.
///
/// An article that relays another outlet in the other language («نقلاً عن صحيفة كابيتول
/// سنتينل») restates that outlet's claims one by one, so two claims that trace back to one origin
/// in two scripts are very likely one claim, worded in two languages. Topical similarity cannot
/// see it when the words have no language-neutral form ("the crew brought the blaze under
/// control" / «الطاقم تمكّن من السيطرة على الحريق»); the bridging lexicon can, and is safe here
/// because the candidates are already narrowed to one source's statements.
///
/// For each origin with claims in both scripts, a pair is joined when each claim is the other's
/// most similar claim of that origin in the other script (bridge terms: concepts of
/// `NewsLexicon.bridging`, numbers, entities; idf-weighted cosine) and the similarity reaches
/// `threshold`. Their groups are merged. Quadratic only within one origin, capped at
/// `maxPerSide` claims per script.
enum RelayAlignment {
    static let threshold = 0.45
    static let maxPerSide = 80

    /// Pairs of claim indices (into `features`) to join, best aligned first.
    static func pairs(features: [ClaimFeatures], origins: [Int?]) -> [(Int, Int)] {
        var sides: [Int: (arabic: [Int], latin: [Int])] = [:]
        for (i, origin) in origins.enumerated() {
            guard let origin, !features[i].bridge.isEmpty else { continue }
            if features[i].isArabic { sides[origin, default: ([], [])].arabic.append(i) } else { sides[origin, default: ([], [])].latin.append(i) }
        }
        let candidates = sides.filter { !$0.value.arabic.isEmpty && !$0.value.latin.isEmpty
            && $0.value.arabic.count <= maxPerSide && $0.value.latin.count <= maxPerSide }
        guard !candidates.isEmpty else { return [] }
        // Document frequency of bridge terms over the whole story.
        var df: [String: Int] = [:]
        for f in features { for t in f.bridge { df[t, default: 0] += 1 } }
        let n = Double(features.count)
        func weight(_ t: String) -> Double { log(1 + n / Double(df[t] ?? 1)) }
        var norm: [Int: Double] = [:]
        func normOf(_ i: Int) -> Double {
            if let v = norm[i] { return v }
            let v = sqrt(features[i].bridge.reduce(0) { $0 + weight($1) * weight($1) })
            norm[i] = v
            return v
        }
        func cosine(_ i: Int, _ j: Int) -> Double {
            var shared = 0.0
            var a = features[i].bridge[...], b = features[j].bridge[...]
            while let x = a.first, let y = b.first {       // both sorted
                if x == y { shared += weight(x) * weight(x); a = a.dropFirst(); b = b.dropFirst() } else if x < y { a = a.dropFirst() } else { b = b.dropFirst() }
            }
            let d = normOf(i) * normOf(j)
            return d > 0 ? shared / d : 0
        }
        var result: [(pair: (Int, Int), score: Double)] = []
        for origin in candidates.keys.sorted() {
            let (arabic, latin) = candidates[origin]!
            var scores = [[Double]](repeating: [Double](repeating: 0, count: latin.count), count: arabic.count)
            for (x, i) in arabic.enumerated() { for (y, j) in latin.enumerated() { scores[x][y] = cosine(i, j) } }
            for x in arabic.indices {
                guard let y = latin.indices.max(by: { (scores[x][$0], $1) < (scores[x][$1], $0) }),
                      scores[x][y] >= threshold,
                      arabic.indices.max(by: { (scores[$0][y], $1) < (scores[$1][y], $0) }) == x else { continue }
                result.append(((arabic[x], latin[y]), scores[x][y]))
            }
        }
        return result.sorted { ($0.score, $1.pair.0) > ($1.score, $0.pair.0) }.map(\.pair)
    }

    /// `groups` with the groups of each aligned pair merged, best pair first, as long as neither
    /// group already holds both scripts: a group that has found its translation is not merged
    /// again, so alignments never chain into one group for a whole story.
    static func mergeTranslations(_ groups: [[Int]], pairs: [(Int, Int)], features: [ClaimFeatures]) -> [[Int]] {
        guard !pairs.isEmpty else { return groups }
        var merger = GroupMerger(groups, count: features.count)
        var bilingual = groups.map { list in
            list.contains { features[$0].isArabic } && list.contains { !features[$0].isArabic }
        }
        for (i, j) in pairs {
            let (a, b) = (merger.group(of: i), merger.group(of: j))
            guard a != b, !bilingual[a], !bilingual[b] else { continue }
            bilingual[merger.join(a, b)] = true
        }
        return merger.result()
    }
}
