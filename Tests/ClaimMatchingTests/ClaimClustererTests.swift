import CorroborateModel
import Testing
@testable import ClaimMatching

@Suite struct ClaimClustererTests {
    static func claim(_ id: String, _ document: String, _ content: String, polarity: Claim.Polarity = .positive) -> Claim {
        Claim(id: id, document: document, paragraph: 0, text: content, content: content, cue: "said",
              quote: .indirect, polarity: polarity, source: "s-\(document)", via: [],
              offsets: .init(text: Span(0, content.count), source: [], cue: [], content: []))
    }

    /// One story told by four outlets (two Arabic, two English) plus unrelated claims.
    static let story: [Claim] = [
        claim("ar1", "d1", "أحبطت الولايات المتحدة محاولة هروب جماعي لنحو 6000 مقاتل من داعش من سجن في شمال سوريا"),
        claim("en1", "d2", "The United States foiled a mass escape of about 6,000 ISIS fighters from a prison in northern Syria"),
        claim("en2", "d3", "US forces foiled an escape of 7,000 ISIS fighters from a prison in northern Syria"),
        claim("en3", "d3", "The central bank raised interest rates by half a point"),
        claim("ar2", "d4", "رفع البنك المركزي أسعار الفائدة نصف نقطة"),
        claim("en4", "d2", "The detainees were transferred by helicopter to a facility near Baghdad airport"),
        claim("en5", "d5", "Officials said the detainees were moved by helicopter to a facility near Baghdad airport within weeks"),
    ]

    @Test func groupsTheSameClaimAcrossOutletsAndKeepsOthersApart() {
        let groups = ClaimClusterer().cluster(Self.story, documents: [])
        let groupOf = Dictionary(uniqueKeysWithValues: groups.enumerated().flatMap { g in g.element.claims.map { ($0, g.offset) } })
        #expect(Set(groups.flatMap(\.claims)) == Set(Self.story.map(\.id)), "every claim in exactly one group")
        #expect(groups.flatMap(\.claims).count == Self.story.count)
        #expect(groupOf["en1"] == groupOf["en2"])
        #expect(groupOf["en4"] == groupOf["en5"])
        #expect(groupOf["en1"] != groupOf["en3"])
        #expect(groupOf["en4"] != groupOf["en1"])
        let escape = groups[groupOf["en1"]!]
        let conflict = escape.relations.first { Set([$0.a, $0.b]) == ["en1", "en2"] }
        #expect(conflict?.relation == .numberConflict, "\(escape.relations)")
    }

    @Test func outputIsDeterministicAndOrdered() {
        let a = ClaimClusterer().cluster(Self.story, documents: [])
        let b = ClaimClusterer().cluster(Self.story, documents: [])
        #expect(a == b)
        let firsts = a.map { g in Self.story.firstIndex { $0.id == g.claims[0] }! }
        #expect(firsts == firsts.sorted())
    }

    @Test func emptyInput() {
        #expect(ClaimClusterer().cluster([], documents: []).isEmpty)
    }

    /// A synthetic batch of 3,000 claims: blocking must only pair claims sharing a key and
    /// stay far below the 4.5 million pairs of an all-pairs comparison.
    @Test func blockingIsSubquadratic() {
        let places = ["Aleppo", "Mosul", "Raqqa", "Hasakah", "Baghdad", "Idlib", "Deir", "Homs", "Tikrit", "Kirkuk",
                      "Palmyra", "Qamishli", "Manbij", "Erbil", "Basra", "Latakia", "Daraa", "Tartus", "Fallujah", "Ramadi"]
        let nouns = ["fighters", "civilians", "detainees", "soldiers", "refugees", "children", "protesters", "officials"]
        let verbs = ["killed", "arrested", "released", "transferred", "injured", "displaced"]
        var features: [ClaimFeatures] = []
        let extractor = FeatureExtractor()
        for i in 0..<3000 {
            let text = "\(100 + (i * 37) % 900) \(nouns[i % nouns.count]) were \(verbs[(i / 8) % verbs.count]) in \(places[(i / 48) % places.count]) on day \(i % 61)"
            features.append(extractor.features(id: "c\(i)", text: text))
        }
        let statistics = TermStatistics(features)
        let pairs = BlockingIndex().candidatePairs(features, statistics: statistics)
        for (i, j) in pairs.prefix(20_000) {
            #expect(!Set(features[i].terms).isDisjoint(with: features[j].terms))
        }
        let all = 3000 * 2999 / 2
        #expect(pairs.count < all / 10, "\(pairs.count) comparisons of \(all)")
        // The clusterer reports the same blocking count (a 600-claim slice keeps the debug run short).
        let slice = Array(features.prefix(600))
        let run = ClaimClusterer().run(slice)
        #expect(run.comparisons == BlockingIndex().candidatePairs(slice, statistics: TermStatistics(slice)).count)
        #expect(run.groups.flatMap(\.claims).count == 600)
    }

    /// In a large, repetitive collection every term is carried by more than `maxPosting` claims;
    /// claims must still be compared (with their nearest neighbours on their rarest common term),
    /// and the same statement repeated by 150 outlets must still be grouped.
    @Test func claimsWithOnlyCommonTermsAreStillCompared() {
        let extractor = FeatureExtractor()
        let features = (0..<300).map { i in
            extractor.features(id: "c\(i)", text: i % 2 == 0
                ? "The interior minister said the bridge was closed to traffic"
                : "Heavy rain flooded the old market and the river rose overnight")
        }
        let statistics = TermStatistics(features)
        let blocking = BlockingIndex()
        let pairs = blocking.candidatePairs(features, statistics: statistics)
        #expect(!pairs.isEmpty)
        #expect(pairs.count <= features.count * blocking.minimumKeys * blocking.window)
        // Only neighbours are compared, and average linkage counts uncompared pairs as 0, so the
        // 150 copies of each statement come out as a few groups, never mixed.
        let groups = ClaimClusterer.story.run(features).groups
        #expect(groups.count < 30, "\(groups.count) groups")
        for g in groups {
            let parity = Set(g.claims.map { Int($0.dropFirst())! % 2 })
            #expect(parity.count == 1)
        }
    }

    /// Groups whose figures count different things (deaths, cases) are not merged by linkage or
    /// by a figure conflict; a claim that gives both joins either.
    @Test func measureKindsKeepGroupsApart() {
        let edges: [(Int, Int, Double)] = [(0, 1, 0.9), (2, 3, 0.9), (1, 2, 0.8), (0, 3, 0.8), (3, 4, 0.9)]
        let free = AverageLinkage(threshold: 0.3, support: 0.5).groups(count: 5, edges: edges)
        #expect(free.count == 1)
        let kinds: [Set<Int>] = [[1], [1], [2], [2], []]
        let kept = AverageLinkage(threshold: 0.3, support: 0.5).groups(count: 5, edges: edges, kinds: kinds)
        #expect(kept == [[0, 1], [2, 3, 4]])
        #expect(GroupMerger.merge(kept, pairs: [(1, 2)], count: 5, kinds: kinds) == kept)
    }
}
