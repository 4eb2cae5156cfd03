import CorroborateModel

/// Articles written for these tests (no benchmark text): news-style English with the patterns
/// the rules must read.
enum EnglishExamples {
    static func article(_ paragraphs: [String], outlet: String? = "Daily Example",
                        kinds: [Paragraph.Kind]? = nil) -> Article {
        Article(input: "test", headline: "Test", outlet: outlet, language: "en",
                paragraphs: paragraphs.enumerated().map { i, text in
                    Paragraph(kind: kinds?[i] ?? .paragraph, text: text)
                })
    }

    /// An English retelling of the seed story's sourcing: a relay outlet and one anonymous official.
    static let relayStory = article([
        "Fox News reported, citing a senior U.S. intelligence official, that the United States foiled a mass escape of about 6,000 fighters from a prison in northern Syria.",
        "An escape of that size could have changed the region overnight, the official said.",
        "“If those 6,000 got out and went back to the battlefield, it would be an instant reconstitution of the group,” he told Fox News.",
        "Officials began planning the transfer months ago.",
        "The official added that the detainees were moved to a facility near Baghdad airport.",
    ], outlet: "Example Gazette")
}
