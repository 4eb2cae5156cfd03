/// Joins groups of node indices through pairs of their nodes (union-find over the groups).
struct GroupMerger {
    private let groups: [[Int]]
    private var groupOf: [Int]
    private var parent: [Int]

    init(_ groups: [[Int]], count: Int) {
        self.groups = groups
        groupOf = [Int](repeating: 0, count: count)
        for (g, list) in groups.enumerated() { for i in list { groupOf[i] = g } }
        parent = Array(groups.indices)
    }

    /// The current group (root) of a node.
    mutating func group(of node: Int) -> Int {
        var g = groupOf[node]
        while parent[g] != g { parent[g] = parent[parent[g]]; g = parent[g] }
        return g
    }

    /// Joins two groups (roots); the lower index stays the root, which is returned.
    @discardableResult
    mutating func join(_ a: Int, _ b: Int) -> Int {
        let root = min(a, b)
        parent[max(a, b)] = root
        return root
    }

    /// The merged groups: members sorted, groups ordered by their first member.
    mutating func result() -> [[Int]] {
        var merged: [Int: [Int]] = [:]
        for g in groups.indices {
            var r = g
            while parent[r] != r { r = parent[r] }
            merged[r, default: []].append(contentsOf: groups[g])
        }
        return merged.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// `groups` with the groups of every pair joined, except groups whose nodes' `kinds` are both
    /// non-empty and disjoint (see `AverageLinkage.groups`).
    static func merge(_ groups: [[Int]], pairs: [(Int, Int)], count: Int, kinds: [Set<Int>]? = nil) -> [[Int]] {
        guard !pairs.isEmpty else { return groups }
        var merger = GroupMerger(groups, count: count)
        var kindsOf: [Set<Int>] = kinds.map { k in groups.map { $0.reduce(into: Set<Int>()) { $0.formUnion(k[$1]) } } } ?? []
        for (i, j) in pairs {
            let (a, b) = (merger.group(of: i), merger.group(of: j))
            guard a != b else { continue }
            if !kindsOf.isEmpty {
                guard kindsOf[a].isEmpty || kindsOf[b].isEmpty || !kindsOf[a].isDisjoint(with: kindsOf[b]) else { continue }
                let union = kindsOf[a].union(kindsOf[b])
                kindsOf[merger.join(a, b)] = union
            } else {
                merger.join(a, b)
            }
        }
        return merger.result()
    }
}
