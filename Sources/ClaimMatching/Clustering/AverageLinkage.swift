/// Greedy average-linkage agglomeration over a sparse similarity graph.
///
/// Two groups merge only while the mean similarity over *all* their cross pairs (pairs never
/// compared count as 0) stays at or above the threshold, so a chain A~B~C does not pull in a
/// C unrelated to A the way single linkage (union-find) would.
struct AverageLinkage {
    var threshold: Double

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
    func groups(count: Int, edges: [(Int, Int, Double)]) -> [[Int]] {
        var members: [[Int]] = (0..<count).map { [$0] }
        var links: [[Int: Double]] = Array(repeating: [:], count: count)
        var version = Array(repeating: 0, count: count)
        var alive = Array(repeating: true, count: count)
        for (i, j, s) in edges where i != j && s > 0 {
            links[i][j, default: 0] += s
            links[j][i, default: 0] += s
        }
        var heap = BinaryHeap<Candidate>()
        func push(_ a: Int, _ b: Int) {
            let (x, y) = (min(a, b), max(a, b))
            let avg = (links[x][y] ?? 0) / Double(members[x].count * members[y].count)
            if avg >= threshold { heap.push(Candidate(average: avg, a: x, b: y, versionA: version[x], versionB: version[y])) }
        }
        for i in 0..<count { for j in links[i].keys where i < j { push(i, j) } }
        while let top = heap.pop() {
            guard alive[top.a], alive[top.b], version[top.a] == top.versionA, version[top.b] == top.versionB else { continue }
            // Merge the smaller neighbourhood into the larger; keep the lower id as the survivor.
            let (keep, drop) = (top.a, top.b)
            alive[drop] = false
            members[keep].append(contentsOf: members[drop])
            links[keep][drop] = nil
            for (c, s) in links[drop] where c != keep {
                links[keep][c, default: 0] += s
                links[c][drop] = nil
                links[c][keep, default: 0] += s
            }
            links[drop] = [:]
            version[keep] += 1
            for c in links[keep].keys where alive[c] { push(keep, c) }
        }
        return (0..<count).filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }
}
