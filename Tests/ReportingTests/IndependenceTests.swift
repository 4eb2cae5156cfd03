import ClaimMatching
import CorroborateModel
import Testing

@Suite("Independence and findings")
struct IndependenceTests {
    let report = StoryAnalyzer().analyze(PortFireStory.claimSet, groups: PortFireStory.groups)

    func cluster(containing claim: String) -> Cluster {
        report.clusters.first { $0.claims.contains(claim) }!
    }

    @Test func relaysAndCopiesAddNoOrigin() {
        let burned = cluster(containing: "k1")
        // The wire's anonymous official (relayed in Arabic and copied) and the named harbour master;
        // the denial asserts nothing.
        #expect(burned.independentSources == 2)
        #expect(Set(burned.rootSources) == ["s1", "s7"])
        #expect(burned.findings == [.corroborated, .contested, .numberConflict])
        #expect(burned.documents == ["d1", "d2", "d3", "d4", "d5"])
    }

    @Test func surnameAndInheritedRelayMerge() {
        let warehouse = cluster(containing: "k2")
        #expect(warehouse.independentSources == 2)
        #expect(Set(warehouse.rootSources) == ["s1", "s7"])
        #expect(warehouse.findings == [.corroborated])
    }

    @Test func ownVoiceIsUnattributedSingleSource() {
        #expect(cluster(containing: "k3").findings == [.singleSource, .unattributed])
        let added = cluster(containing: "k8")
        #expect(added.rootSources == ["s6"])
        #expect(added.findings == [.singleSource, .unattributed])
    }

    @Test func conflictsCarryTheirReasons() {
        let conflicts = cluster(containing: "k1").conflicts
        #expect(conflicts.contains { $0.kind == .number && $0.reason == "300 vs 250" && $0.claims == ["k1", "k9"] })
        #expect(conflicts.contains { $0.kind == .denial && $0.reason == "denied by the port authority" && $0.claims.first == "k11" })
    }

    @Test func copierIsFoundWithDirectionAndCredit() {
        #expect(report.reuse.count == 1)
        let reuse = report.reuse[0]
        #expect(reuse.from == "d2" && reuse.to == "d3" && !reuse.credited)
        #expect(reuse.sharedText > 0.5)
    }

    @Test func storyView() {
        #expect(report.story.firstPublisher == "d1")
        #expect(report.story.outlets == ["Reuters", "وكالة الساحل", "صدى الساحل", "Bay Times", "City Wire"])
        #expect(report.story.timeSpan == Story.TimeSpan(start: "2026-03-01T08:00:00Z", end: "2026-03-01T18:00:00Z"))
        #expect(report.story.noOwnSourcing == ["d2", "d3"])
    }

    @Test func anonymousOnlyWhenEveryOriginIsUnnamed() {
        let groups = [ClaimGroupEvidence(claims: ["k1", "k4", "k6"])]
        let only = StoryAnalyzer().analyze(PortFireStory.claimSet, groups: groups).clusters[0]
        #expect(only.independentSources == 1)
        #expect(only.findings == [.singleSource, .anonymousOnly])
    }

    @Test func anonymousSourceOfAnotherOutletIsSeparate() {
        var set = PortFireStory.claimSet
        set.sources.append(Source(id: "s10", name: "a port official", kind: .anonymous))
        set.claims[8].source = "s10"       // Bay Times now has its own unnamed official
        let c = StoryAnalyzer().analyze(set, groups: [ClaimGroupEvidence(claims: ["k1", "k9"])]).clusters[0]
        #expect(c.independentSources == 2)
        #expect(c.findings == [.corroborated, .anonymousOnly])
    }

    @Test func creditedCopyIsMarkedCredited() {
        var set = PortFireStory.claimSet
        set.documents[2].article.links = [Link(url: "https://www.alsahel.example/x", text: "الساحل")]
        set.documents[1].article.canonicalURL = "https://www.alsahel.example/story"
        set.documents[1].article.outlet = nil
        let reuse = StoryAnalyzer().analyze(set, groups: []).reuse
        #expect(reuse.map(\.credited) == [true])
    }
}
