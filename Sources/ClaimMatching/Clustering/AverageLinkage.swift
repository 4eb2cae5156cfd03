/// Greedy average-linkage agglomeration over a sparse similarity graph.
///
/// Two groups merge only while the mean similarity over *all* their cross pairs (pairs never
/// compared count as 0) stays at or above the threshold, so a chain A~B~C does not pull in a
/// C unrelated to A the way single linkage (union-find) would.
///
/// `support` relaxes the mean for large groups: the mean is taken over the compared pairs,
/// but over no fewer than `support` · |A| · |B| pairs (1 = strict average linkage, where every
/// uncompared pair counts as 0; 0.5 = at least half the cross pairs must be similar).
struct AverageLinkage {
    var threshold: Double
    var support: Double = 1

    private struct Candidate: Comparable {
        var average: Double
        var a: Int
        var b: Int
        var versionA: Int
        var versionB: Int

        static func < (l: Candidate, r: Candidate) -> Bool {
            if l.average != r.average { return l.average < r.average }
            return (l.a, l.b) > (r.a, r.b)
        }
    }

    /// Groups of node indices for `count` nodes and weighted edges `(i, j, similarity)`;
    /// each group sorted, groups ordered by their first node.
    ///
    /// `kinds` (optional, one set per node) keeps apart groups that state different kinds of
    /// thing: two groups whose nodes' kinds are both non-empty and disjoint never merge (a node
    /// with no kind joins either side).
    func groups(count: Int, edges: [(Int, Int, Double)], kinds: [Set<Int>]? = nil) -> [[Int]] {
        var kindsOf = kinds ?? []
        var members: [[Int]] = (0..<count).map { [$0] }
        var links: [[Int: Double]] = Array(repeating: [:], count: count)
        var compared: [[Int: Int]] = Array(repeating: [:], count: count)
        var version = Array(repeating: 0, count: count)
        var alive = Array(repeating: true, count: count)
        for (i, j, s) in edges where i != j && s > 0 {
            links[i][j, default: 0] += s
            links[j][i, default: 0] += s
            compared[i][j, default: 0] += 1
            compared[j][i, default: 0] += 1
        }
        var heap = BinaryHeap<Candidate>()
        func push(_ a: Int, _ b: Int) {
            let (x, y) = (min(a, b), max(a, b))
            let all = Double(members[x].count * members[y].count)
            let avg = (links[x][y] ?? 0) / max(Double(compared[x][y] ?? 0), support * all)
            if avg >= threshold { heap.push(Candidate(average: avg, a: x, b: y, versionA: version[x], versionB: version[y])) }
        }
        for i in 0..<count { for j in links[i].keys where i < j { push(i, j) } }
        while let top = heap.pop() {
            guard alive[top.a], alive[top.b], version[top.a] == top.versionA, version[top.b] == top.versionB else { continue }
            if !kindsOf.isEmpty, !kindsOf[top.a].isEmpty, !kindsOf[top.b].isEmpty, kindsOf[top.a].isDisjoint(with: kindsOf[top.b]) {
                continue
            }
            // Merge the smaller neighbourhood into the larger; keep the lower id as the survivor.
            let (keep, drop) = (top.a, top.b)
            alive[drop] = false
            members[keep].append(contentsOf: members[drop])
            links[keep][drop] = nil
            compared[keep][drop] = nil
            for (c, s) in links[drop] where c != keep {
                links[keep][c, default: 0] += s
                links[c][drop] = nil
                links[c][keep, default: 0] += s
                let k = compared[drop][c] ?? 0
                compared[keep][c, default: 0] += k
                compared[c][drop] = nil
                compared[c][keep, default: 0] += k
            }
            links[drop] = [:]
            compared[drop] = [:]
            version[keep] += 1
            if !kindsOf.isEmpty {
                kindsOf[keep].formUnion(kindsOf[drop])
                kindsOf[drop] = []
            }
            for c in links[keep].keys where alive[c] { push(keep, c) }
        }
        return (0..<count).filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }
}
