import CorroborateModel

/// Groups claims across outlets and languages: blocking (an inverted index over rare terms,
/// numbers and lexicon concepts) → pairwise similarity on candidate pairs only → guarded
/// average linkage → the comparator's relation for each linked pair.
///
/// Every claim ends up in exactly one group (singletons included). Output is deterministic:
/// groups are ordered by their first claim's position in the input.
public struct ClaimClusterer: Sendable {
    public var comparator: ClaimComparator
    public var blocking: BlockingIndex
    /// Overrides the model's link threshold (see `ClaimClusterer.story`).
    public var linkThreshold: Double?
    /// Whether groups with a specific number conflict between them are joined (see `run`): right
    /// within one story, where two figures for one count are one claim; wrong across stories
    /// (Emergent headlines), where "19 million" and "10 million" count different things.
    public var joinsNumberConflicts = false
    /// Whether groups whose figures count different things (the dead, the injured, cases) are kept
    /// apart (see `measureKind`): within a story, a lead that gives a toll and a case count must not
    /// make one group of every figure.
    public var separatesMeasures = false
    private let extractor = FeatureExtractor()

    /// What a claim counts, as a linkage kind: the one measure its figures name ("14 dead",
    /// "1,240 suspected cases"), or none when it names none or several.
    static func measureKind(_ f: ClaimFeatures) -> Set<Int> {
        var measures = Set<String>()
        for q in f.quantities where q.kind == .count && !q.rejected {
            if let unit = q.unit, QuantityExtractor.countedMeasures.contains(unit) { measures.insert(unit) }
        }
        guard measures.count == 1, let m = measures.first, let id = measureIDs[m] else { return [] }
        return [id]
    }

    private static let measureIDs = Dictionary(uniqueKeysWithValues: QuantityExtractor.countedMeasures.sorted().enumerated()
        .map { ($0.element, $0.offset) })

    public init() {
        self.init(comparator: ClaimComparator(), blocking: BlockingIndex())
    }

    public init(comparator: ClaimComparator, blocking: BlockingIndex = BlockingIndex(), linkThreshold: Double? = nil) {
        self.comparator = comparator
        self.blocking = blocking
        self.linkThreshold = linkThreshold
    }

    /// The clusterer for the claims of one story. Every claim in a story shares the story's topic
    /// (the place, the event, its actors), so topical similarity runs higher than between the
    /// headlines of different claims that the model's threshold was fitted on (Emergent): at 0.15,
    /// "61 bodies recovered" and "two smugglers arrested" link through "Tobruk" and "migrants".
    /// 0.3 was chosen on the Corpora stories' scorecards (`swift test --filter claimScorecard`).
    public static let story: ClaimClusterer = {
        var clusterer = ClaimClusterer(comparator: ClaimComparator(), linkThreshold: storyLinkThreshold)
        clusterer.joinsNumberConflicts = true
        clusterer.separatesMeasures = true
        return clusterer
    }()

    /// See `story`.
    public static let storyLinkThreshold = 0.3

    /// Groups of matched claims. `documents` is accepted for the documents' languages and
    /// future use; claims not found in any document are still grouped.
    public func cluster(_ claims: [Claim], documents: [Document]) -> [ClaimGroup] {
        Self.attachAnaphoricDenials(run(claims.map(extractor.features(of:))).groups, claims: claims)
    }

    /// Groups of matched claims, with the origin of each claim (claim id → any origin number, see
    /// `OriginResolver`): claims of one origin in two languages are also aligned as translations
    /// (`RelayAlignment`).
    public func cluster(_ claims: [Claim], documents: [Document], origins: [String: Int]) -> [ClaimGroup] {
        let groups = run(claims.map(extractor.features(of:)), origins: claims.map { origins[$0.id] }).groups
        return Self.attachAnaphoricDenials(groups, claims: claims)
    }

    /// A denial restates what it denies in a few words ("denied survivors' accounts that one of
    /// its boats had rammed the vessel"), so it shares fewer terms with the claim than a restatement
    /// does while being about exactly that claim: its link weight is raised by half.
    /// A number conflict about one named figure (same counted noun on both sides, or one side
    /// rejecting the other's number) is raised the same way: two outlets giving different tolls
    /// for one event word it differently ("61 bodies recovered" / "48 migrants lost their lives") yet
    /// are the comparison a reader most needs to see.
    static func linkWeight(_ verdict: ClaimComparator.Verdict) -> Double {
        let denial = verdict.relation == .contradiction && verdict.features["denialDiff"] > 0
        guard denial || verdict.relation == .numberConflict && verdict.features.conflictIsSpecific else {
            return verdict.similarity
        }
        return min(1, verdict.similarity * denialBoost)
    }

    static let denialBoost = 1.5

    /// A group that holds a denial joins the group whose members the denial is closest to on
    /// average (uncompared members count 0), when that average reaches the link threshold:
    /// denials are short and their co-denials ("called the account baseless") would otherwise
    /// hold them apart from what they deny. Linear in the edges.
    static func attachDenials(_ groups: [[Int]], edges: [(Int, Int, Double)], isDenial: [Bool],
                              threshold: Double) -> [[Int]] {
        guard isDenial.contains(true) else { return groups }
        var groupOf = [Int](repeating: 0, count: isDenial.count)
        for (g, list) in groups.enumerated() { for i in list { groupOf[i] = g } }
        var weightTo: [Int: [Int: Double]] = [:]          // denial → other group → summed weight
        for (i, j, w) in edges where groupOf[i] != groupOf[j] {
            if isDenial[i] && !isDenial[j] { weightTo[i, default: [:]][groupOf[j], default: 0] += w }
            if isDenial[j] && !isDenial[i] { weightTo[j, default: [:]][groupOf[i], default: 0] += w }
        }
        var target: [Int: (group: Int, mean: Double)] = [:]   // denial group → best group
        for (d, sums) in weightTo.sorted(by: { $0.key < $1.key }) {
            for (g, sum) in sums.sorted(by: { $0.key < $1.key }) {
                let mean = sum / Double(groups[g].count + 1)   // shrunk: one similar claim is thin evidence
                let from = groupOf[d]
                if mean >= threshold, mean > target[from]?.mean ?? 0 { target[from] = (g, mean) }
            }
        }
        guard !target.isEmpty else { return groups }
        var result = groups
        for (from, to) in target.sorted(by: { $0.key < $1.key }) where target[to.group] == nil {
            result[to.group].append(contentsOf: result[from])
            result[from] = []
        }
        return result.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// What one clustering run did, for tests and benchmarks.
    public struct Run: Sendable {
        public var groups: [ClaimGroup]
        /// Pairs the similarity was computed for (the blocking step's output).
        public var comparisons: Int
    }

    /// Clusters prepared features (claims or any text run through `FeatureExtractor`).
    public func run(_ input: [ClaimFeatures], origins inputOrigins: [Int?]? = nil) -> Run {
        // Work in a canonical order (by content), so that the same claims given in another order
        // (files listed differently, WARC records in crawl order) group the same way: ties in
        // the linkage and in denial attachment are broken by position.
        let order = input.indices.sorted {
            input[$0].terms.lexicographicallyPrecedes(input[$1].terms)
                || input[$0].terms == input[$1].terms && $0 < $1
        }
        let features = order.map { input[$0] }
        let statistics = TermStatistics(features)
        let bothScripts = features.contains(where: \.isArabic) && features.contains(where: { !$0.isArabic })
        let vectors = TermVector.build(features, statistics: statistics, skeletons: bothScripts)
        let pairs = blocking.candidatePairs(features, statistics: statistics)
        var verdicts: [Int: ClaimComparator.Verdict] = [:]
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(pairs.count)
        let n = features.count
        for (i, j) in pairs {
            let verdict = comparator.compare(features[i], features[j], vectors[i], vectors[j])
            verdicts[i * n + j] = verdict
            edges.append((i, j, Self.linkWeight(verdict)))
        }
        let threshold = linkThreshold ?? comparator.model.linkThreshold
        let linkage = AverageLinkage(threshold: threshold, support: comparator.model.linkSupport)
        let kinds = separatesMeasures ? features.map(Self.measureKind) : nil
        var members = Self.attachDenials(linkage.groups(count: n, edges: edges, kinds: kinds), edges: edges,
                                         isDenial: features.map(\.denial), threshold: threshold)
        // Two outlets' different figures for one count ("a crew of 23" / "25 seafarers on board")
        // are one claim in conflict, whatever else the groups around them say. (A rejected figure,
        // "4,500, not 6,000", disputes a number that may belong to another claim: left to linkage.)
        if joinsNumberConflicts {
            let conflicts = edges.filter { i, j, w in
                w >= threshold && verdicts[i * n + j].map {
                    $0.relation == .numberConflict && $0.features.conflictIsSpecific && !$0.features.conflictIsRejection
                } == true
            }
            members = GroupMerger.merge(members, pairs: conflicts.map { ($0.0, $0.1) }, count: n, kinds: kinds)
        }
        if let inputOrigins {
            let aligned = RelayAlignment.pairs(features: features, origins: order.map { inputOrigins[$0] })
            members = RelayAlignment.mergeTranslations(members, pairs: aligned, features: features)
        }
        var groupOf = Array(repeating: 0, count: n)
        for (g, list) in members.enumerated() { for i in list { groupOf[i] = g } }
        var relations: [[PairRelation]] = Array(repeating: [], count: members.count)
        for (i, j) in pairs where groupOf[i] == groupOf[j] {
            guard let v = verdicts[i * n + j], v.relation != .unrelated else { continue }
            relations[groupOf[i]].append(PairRelation(a: features[i].id, b: features[j].id, relation: v.relation,
                                                      similarity: v.similarity, reason: v.reason))
        }
        // Back to input order: members by position, groups by their first member.
        let groups = members.indices
            .map { g in (first: members[g].map { order[$0] }.min()!, group: g) }
            .sorted { $0.first < $1.first }
            .map { entry in
                ClaimGroup(claims: members[entry.group].map { order[$0] }.sorted().map { input[$0].id },
                           relations: relations[entry.group])
            }
        return Run(groups: groups, comparisons: pairs.count)
    }
}
