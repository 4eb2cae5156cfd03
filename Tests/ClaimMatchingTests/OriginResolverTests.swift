import CorroborateModel
import Testing
@testable import ClaimMatching

/// Which people `OriginResolver` takes for one origin (`mergePeople`), on hand-built claim sets:
/// one claim per document, each from its own outlet, quoting the person named.
@Suite struct OriginResolverTests {
    /// The origin index of each named person, in the order given.
    static func origins(of names: [String]) -> [Int] {
        var documents: [Document] = []
        var sources: [Source] = []
        var claims: [Claim] = []
        for (i, name) in names.enumerated() {
            documents.append(Document(id: "d\(i)", article: Article(input: "p\(i).html", outlet: "Outlet \(i)")))
            sources.append(Source(id: "s\(i)", name: name, kind: .person))
            let text = "\(name) said the talks would resume."
            claims.append(Claim(id: "c\(i)", document: "d\(i)", paragraph: 0, text: text, content: "the talks would resume",
                                cue: "said", quote: .indirect, polarity: .positive, source: "s\(i)", via: [],
                                offsets: .init(text: Span(0, text.count), source: [Span(0, name.count)], cue: [], content: [])))
        }
        let resolution = OriginResolver().resolve(ClaimSet(documents: documents, sources: sources, claims: claims),
                                                  copiedFrom: [:])
        return claims.map { resolution.traces[$0.id]!.origin }
    }

    /// Titles, a missing given name and the other script do not make another person.
    @Test func oneSurnameWithTitlesOrWithoutGivenNameIsOnePerson() {
        let o = Self.origins(of: ["Secretary of State Marco Rubio", "Marco Rubio", "Rubio", "Mr. Rubio"])
        #expect(Set(o).count == 1, "\(o)")
        let g = Self.origins(of: ["Director of National Intelligence Tulsi Gabbard", "Gabbard", "غابارد", "تولسي غابارد"])
        #expect(Set(g).count == 1, "\(g)")
    }

    /// Every word of `Linguistics.Titles` is a title here too, also after the name (the surname
    /// of «ماركو روبيو وزير الخارجية» is روبيو, not الخارجية).
    @Test func titlesAfterTheNameAreNotTheSurname() {
        #expect(Set(Self.origins(of: ["ماركو روبيو وزير الخارجية", "ماركو روبيو"])).count == 1)
        #expect(Set(Self.origins(of: ["Marco Rubio, Secretary of State", "Rubio"])).count == 1)
        #expect(SourceIdentity.titles.isSuperset(of: ["president", "prime", "minister", "الخارجيه", "ولي", "العهد", "sen"]))
    }

    /// Short surnames (one consonant) merge when spelled alike, in either script.
    @Test func shortSurnamesMergeWhenSpelledAlike() {
        #expect(Set(Self.origins(of: ["Yang Li", "Li"])).count == 1)
        #expect(Set(Self.origins(of: ["محمد علي", "علي"])).count == 1)
        #expect(Set(Self.origins(of: ["Yang Li", "Yang Lu"])).count == 2)
    }

    /// Given names that disagree in the same script are two people.
    @Test func differentGivenNamesAreDifferentPeople() {
        #expect(Set(Self.origins(of: ["Joe Biden", "Hunter Biden"])).count == 2)
        #expect(Set(Self.origins(of: ["Yang Li", "Wei Li"])).count == 2)
        #expect(Set(Self.origins(of: ["Marco Rubio", "Lena Vogt"])).count == 2)
    }
}

/// A spokesperson speaks for the organisation the description names (mentions as they appear in
/// `Corpora/sahab-factory-fire`), in either script; a person with no organisation stays a person.
@Suite struct SpokespersonOrganizationTests {
    @Test(arguments: [
        "Civil Defence spokesman Lt. Col. Raed al-Hiyari",
        "الناطق الإعلامي باسم المديرية العامة للدفاع المدني المقدم رائد الحياري",
    ])
    func spokespeopleSpeakForTheirOrganisation(_ name: String) {
        #expect(SourceIdentity.spokespersonOrganization(name) == "entity:civil-defence")
    }

    @Test(arguments: ["Raed al-Hiyari", "Majed al-Tarawneh, president of the General Trade Union", "the Civil Defence Directorate"])
    func othersAreNotSpokespeople(_ name: String) {
        #expect(SourceIdentity.spokespersonOrganization(name) == nil)
    }
}
