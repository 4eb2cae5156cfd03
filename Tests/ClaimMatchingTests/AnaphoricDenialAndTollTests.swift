import CorroborateModel
import Testing
@testable import ClaimMatching

/// Denials that only point back ("denied the claim") and tolls that disagree: the two findings a
/// newsroom most needs (`contested`, `number-conflict`) when the wording shares little.
@Suite struct AnaphoricDenialAndTollTests {
    static func claim(_ id: String, _ document: String, _ source: String, _ content: String,
                      _ polarity: Claim.Polarity = .positive) -> Claim {
        Claim(id: id, document: document, paragraph: 0, text: content, content: content,
              cue: polarity == .negative ? "denied" : "said", quote: .indirect, polarity: polarity,
              source: source, via: [], offsets: .init(text: Span(0, content.count), source: [], cue: [], content: []))
    }

    @Test(arguments: ["the claim", "these accusations", "هذه الاتهامات", "the allegations", "it"])
    func pointingBackIsAnaphoric(_ content: String) {
        #expect(ClaimClusterer.isAnaphoric(content))
    }

    @Test(arguments: ["that any prisoner escaped", "the report that 40 people died", "the", "هذه"])
    func contentIsNotAnaphoric(_ content: String) {
        #expect(!ClaimClusterer.isAnaphoric(content))
    }

    /// The lawyer's "denied the claim" joins the engineer's fullest statement just before it, not
    /// the quote that elaborates it, and not a claim of another article.
    @Test func anAnaphoricDenialJoinsTheStatementBeforeIt() {
        let claims = [
            Self.claim("x1", "d1", "s9", "the top two floors of the building were added in 2019 without any permit"),
            Self.claim("e1", "d2", "s1", "the fifth and sixth floors were added in 2019 without any permit or structural study"),
            Self.claim("e2", "d2", "s1", "the foundations carried six floors"),
            Self.claim("n1", "d2", "s2", "the claim", .negative),
        ]
        let groups = ClaimClusterer.attachAnaphoricDenials(claims.map { ClaimGroup(claims: [$0.id], relations: []) },
                                                           claims: claims)
        let withDenial = groups.first { $0.claims.contains("n1") }
        #expect(withDenial?.claims == ["e1", "n1"])
        #expect(withDenial?.relations.first?.relation == .contradiction)
    }

    /// Different words for one toll compare, and a floor is not an open-ended range.
    @Test func tollsOfTheDeadConflictAcrossWordings() {
        let extractor = FeatureExtractor()
        let bodies = extractor.features(id: "a", text: "rescue teams have recovered 61 bodies so far")
        let died = extractor.features(id: "b", text: "at least 48 migrants died when the boat capsized")
        let injured = extractor.features(id: "c", text: "22 people were injured in the fire")
        #expect(bodies.quantities.first?.unit == "dead")
        #expect(died.quantities.first?.unit == "dead")
        #expect(injured.quantities.first?.unit == "injured")
        let statistics = TermStatistics([bodies, died, injured])
        let conflict = PairFeatures(bodies, died, statistics: statistics)
        #expect(conflict.numberConflict != nil)
        #expect(conflict.conflictIsSpecific)
        // 61 dead and 22 injured count different things.
        #expect(PairFeatures(bodies, injured, statistics: statistics).numberConflict == nil)
    }

    @Test func aRejectedNumberConflictsWithTheNumberItRejects() {
        let extractor = FeatureExtractor()
        let official = extractor.features(id: "a", text: "Fourteen people were killed in the fire, 14 in all")
        let union = extractor.features(id: "b", text: "the death toll was 19, not the official 14, the union said")
        #expect(union.quantities.contains { $0.value == 14 && $0.rejected })
        let f = PairFeatures(official, union, statistics: TermStatistics([official, union]))
        #expect(f.numberConflict != nil)
        #expect(f.conflictIsSpecific)
    }

    @Test func hedgedFiguresThatOverlapDoNotConflict() {
        let extractor = FeatureExtractor()
        let more = extractor.features(id: "a", text: "more than 5,700 fighters were moved")
        let about = extractor.features(id: "b", text: "about 6,000 fighters were moved")
        #expect(PairFeatures(more, about, statistics: TermStatistics([more, about])).numberConflict == nil)
    }
}
