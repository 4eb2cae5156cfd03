import CorroborateModel
import Testing
@testable import ClaimMatching

/// `ClaimClusterer.attachDenials`: a group holding a denial joins the group it is closest to on
/// average (uncompared members count 0, one extra member's worth of shrinkage), when that average
/// reaches the link threshold; nothing else moves.
@Suite struct DenialAttachmentTests {
    /// Three claims that say one thing, linked to each other, and claim 3 that denies it.
    static let statement: [(Int, Int, Double)] = [(0, 1, 0.8), (1, 2, 0.7), (0, 2, 0.6)]

    @Test func aDenialJoinsTheGroupItDenies() {
        let edges = Self.statement + [(3, 0, 0.6), (3, 1, 0.5), (1, 3, 0.1), (3, 2, 0.4)]  // mean 1.6 / 4 = 0.4
        let groups = ClaimClusterer.attachDenials([[0, 1, 2], [3]], edges: edges, isDenial: [false, false, false, true],
                                                  threshold: 0.3)
        #expect(groups == [[0, 1, 2, 3]])
    }

    @Test func oneSimilarClaimIsTooThin() {
        let edges = Self.statement + [(3, 0, 0.9)]                                  // 0.9 / 4 < 0.3
        let groups = ClaimClusterer.attachDenials([[0, 1, 2], [3]], edges: edges, isDenial: [false, false, false, true],
                                                  threshold: 0.3)
        #expect(groups == [[0, 1, 2], [3]])
    }

    @Test func theClosestGroupOnAverageWins() {
        // Group [0, 1] has the single strongest edge; [2, 3] is closer on average.
        let edges: [(Int, Int, Double)] = [(0, 1, 0.9), (2, 3, 0.9), (4, 0, 0.95), (4, 1, 0.1), (4, 2, 0.6), (3, 4, 0.6)]
        let groups = ClaimClusterer.attachDenials([[0, 1], [2, 3], [4]], edges: edges,
                                                  isDenial: [false, false, false, false, true], threshold: 0.3)
        #expect(groups == [[0, 1], [2, 3, 4]])
    }

    @Test func onlyDenialsAreAttached() {
        let edges = Self.statement + [(3, 0, 0.6), (3, 1, 0.5), (3, 2, 0.5)]
        let groups = ClaimClusterer.attachDenials([[0, 1, 2], [3]], edges: edges, isDenial: [false, false, false, false],
                                                  threshold: 0.3)
        #expect(groups == [[0, 1, 2], [3]])
    }

    /// Edges between two denials do not count: co-denials are not evidence about the claim.
    @Test func denialsDoNotPullEachOther() {
        let edges: [(Int, Int, Double)] = [(0, 1, 0.9), (2, 1, 0.9)]
        let groups = ClaimClusterer.attachDenials([[0], [1], [2]], edges: edges, isDenial: [true, true, false],
                                                  threshold: 0.3)
        // 0 reaches only the denial 1; the denial 1 joins 2 (0.9 / 2 ≥ 0.3).
        #expect(groups == [[0], [1, 2]])
    }

    /// End to end on hand-written claims: the coast guard's denial lands in the group of the
    /// accounts it denies, not in a group of its own.
    @Test func theClustererPutsADenialWithWhatItDenies() {
        func claim(_ id: String, _ document: String, _ content: String, _ polarity: Claim.Polarity = .positive) -> Claim {
            Claim(id: id, document: document, paragraph: 0, text: content, content: content,
                  cue: polarity == .negative ? "denied" : "said", quote: .indirect, polarity: polarity,
                  source: "s-\(id)", via: [], offsets: .init(text: Span(0, content.count), source: [], cue: [], content: []))
        }
        let claims = [
            claim("a1", "d1", "a coast guard patrol boat rammed the migrant boat off Tobruk before it sank"),
            claim("a2", "d2", "the migrant boat sank off Tobruk after a coast guard patrol boat rammed it"),
            claim("a3", "d3", "a patrol boat of the coast guard rammed the migrant vessel near Tobruk"),
            claim("n1", "d4", "one of its patrol boats had rammed the migrant boat", .negative),
            claim("x1", "d5", "the central bank raised interest rates by half a point"),
        ]
        let groups = ClaimClusterer.story.cluster(claims, documents: [])
        let groupOf = Dictionary(uniqueKeysWithValues: groups.enumerated().flatMap { g in g.element.claims.map { ($0, g.offset) } })
        #expect(groupOf["a1"] == groupOf["a2"])
        #expect(groupOf["n1"] == groupOf["a1"], "\(groups.map(\.claims))")
        #expect(groupOf["x1"] != groupOf["a1"])
    }
}
