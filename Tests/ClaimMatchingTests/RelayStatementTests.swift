import CorroborateModel
import Testing
@testable import ClaimMatching

/// `ClusterAssessor.relayStatements`: in a nested attribution ("Sea Watch said survivors told it
/// that ...") the outer speaker only passes the inner one's statement on; it is a relay, not an
/// origin of its own, unless it is anonymous.
@Suite struct RelayStatementTests {
    static let sources = [
        Source(id: "sw", name: "Sea Watch", kind: .organization),
        Source(id: "surv", name: "survivors", kind: .anonymous),
        Source(id: "off", name: "a senior official", kind: .anonymous),
        Source(id: "vogt", name: "Lena Vogt", kind: .person),
    ]

    static func claim(_ id: String, document: String = "d1", paragraph: Int = 2, start: Int = 0, source: String,
                      via: [String] = []) -> Claim {
        let text = "Sea Watch said survivors told it that a patrol boat rammed their vessel."
        return Claim(id: id, document: document, paragraph: paragraph, text: text,
                     content: "a patrol boat rammed their vessel", cue: "said", quote: .indirect, polarity: .positive,
                     source: source, via: via, offsets: .init(text: Span(start, start + text.count), source: [], cue: [], content: []))
    }

    static func assessor(_ claims: [Claim]) -> ClusterAssessor {
        let documents = Set(claims.map(\.document)).sorted().map {
            Document(id: $0, article: Article(input: "\($0).html", outlet: "Outlet \($0)"))
        }
        let set = ClaimSet(documents: documents, sources: sources, claims: claims)
        return ClusterAssessor(claims: Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) }),
                               sources: Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) }),
                               resolution: OriginResolver().resolve(set, copiedFrom: [:]))
    }

    @Test func theOuterSpeakerOfANestedAttributionIsARelay() {
        let claims = [Self.claim("outer", source: "sw"), Self.claim("inner", source: "surv", via: ["sw"])]
        let assessor = Self.assessor(claims)
        #expect(assessor.relayStatements(claims) == ["outer"])
        // So the group has one origin (the survivors, via Sea Watch), not two.
        let (cluster, _) = assessor.assess(id: "c1", group: ClaimGroupEvidence(claims: ["outer", "inner"]))
        #expect(cluster.independentSources == 1)
        #expect(cluster.findings.contains(.singleSource))
    }

    @Test func aNamedPersonPassingOnIsARelayToo() {
        let claims = [Self.claim("outer", source: "vogt"), Self.claim("inner", source: "surv", via: ["vogt"])]
        #expect(Self.assessor(claims).relayStatements(claims) == ["outer"])
    }

    /// What an unnamed official passes on rests on that official: the official is the origin,
    /// the speaker passed on adds none.
    @Test func anAnonymousOuterSpeakerIsTheOrigin() {
        let claims = [Self.claim("outer", source: "off"), Self.claim("inner", source: "vogt", via: ["off"])]
        #expect(Self.assessor(claims).relayStatements(claims) == ["inner"])
        let (cluster, _) = Self.assessor(claims).assess(id: "c1", group: ClaimGroupEvidence(claims: ["outer", "inner"]))
        #expect(cluster.independentSources == 1)
    }

    /// Only the same sentence counts: Sea Watch saying the same thing elsewhere is its own claim.
    @Test func anotherSentenceIsNotARelay() {
        let inner = Self.claim("inner", source: "surv", via: ["sw"])
        for outer in [Self.claim("outer", start: 80, source: "sw"), Self.claim("outer", paragraph: 5, source: "sw"),
                      Self.claim("outer", document: "d2", source: "sw")] {
            #expect(Self.assessor([outer, inner]).relayStatements([outer, inner]).isEmpty)
        }
        // Two speakers in one sentence with no chain between them are both origins.
        let both = [Self.claim("a", source: "sw"), Self.claim("b", source: "vogt")]
        #expect(Self.assessor(both).relayStatements(both).isEmpty)
    }
}
