import CorroborateModel
import Testing
@testable import ClaimMatching

/// A relay in the other language, two figures for one count, and clock times: the matching rules
/// the fourth blind story (an anonymous U.S. official relayed in Arabic) asked for.
@Suite struct RelayAlignmentTests {
    let extractor = FeatureExtractor()

    /// The aligned pairs (sorted index pairs) of `english` + `arabic`, all of one origin.
    func alignedPairs(_ english: [String], _ arabic: [String]) -> Set<[Int]> {
        let features = (english + arabic).enumerated().map { extractor.features(id: "c\($0.offset)", text: $0.element) }
        return Set(RelayAlignment.pairs(features: features, origins: Array(repeating: 1, count: features.count)).map { [$0.0, $0.1].sorted() })
    }

    /// The Arabic relay's sentences line up with the English original's, one to one, though the
    /// two share no language-neutral term the topical similarity knows.
    @Test func aRelaysSentencesAlignWithTheOriginals() {
        let english = [
            "the crew had brought the blaze under control within about two hours and that everyone on board was safe",
            "A U.S. Navy destroyer patrolling the southern Red Sea shot down a second drone that was heading toward the tanker",
        ]
        let arabic = [
            "الطاقم تمكن من السيطرة على الحريق في غضون ساعتين تقريباً، وأن جميع من كانوا على متن الناقلة بخير",
            "مدمرة تابعة للبحرية الأميركية كانت تقوم بدورية في جنوب البحر الأحمر أسقطت طائرة مسيرة ثانية كانت متجهة نحو الناقلة",
        ]
        #expect(alignedPairs(english, arabic) == [[0, 2], [1, 3]])
        // Another origin's claims are never aligned.
        let features = (english + arabic).enumerated().map { extractor.features(id: "c\($0.offset)", text: $0.element) }
        #expect(RelayAlignment.pairs(features: features, origins: [1, 1, 2, 2]).isEmpty)
    }

    /// The specific vocabulary bridges sentences whose only shared terms are things (a diesel
    /// tanker, tyres and cooking oil): each aligns with its translation.
    @Test func specificVocabularyAlignsTranslations() {
        let english = [
            "a diesel tanker carrying ten thousand litres was dispatched to the hospital on Sunday morning",
            "whole shipments of tyres, cooking oil and household appliances were lost in the warehouse",
        ]
        let arabic = [
            "شحنات كاملة من الدواليب وزيت الطهي والأجهزة المنزلية ضاعت في المستودع",
            "صهريج مازوت يحمل عشرة آلاف ليتر أُرسل إلى المستشفى صباح الأحد",
        ]
        #expect(alignedPairs(english, arabic) == [[0, 3], [1, 2]])
    }

    /// Once a group holds both languages it is not merged again: alignments do not chain.
    @Test func alignedGroupsDoNotChain() {
        let texts = ["the crew is safe", "الطاقم بخير", "the crew is safe and the ship sails on", "الطاقم بخير والسفينة تبحر"]
        let features = texts.enumerated().map { extractor.features(id: "c\($0.offset)", text: $0.element) }
        let merged = RelayAlignment.mergeTranslations([[0], [1], [2, 3]], pairs: [(1, 0), (1, 2)], features: features)
        #expect(merged == [[0, 1], [2, 3]])
    }

    /// "a crew of 23" against "25 seafarers on board, two of whom were hurt": the count of the
    /// crew is compared with the count of the crew, not with the two injured.
    @Test func aNamedCountIsComparedWithTheSameCount() {
        let a = extractor.features(id: "a", text: "The official put the crew at 23.")
        let b = extractor.features(id: "b", text: "Thalassa says there were 25 seafarers on board, two of whom suffered minor injuries.")
        let f = PairFeatures(a, b, statistics: TermStatistics([a, b]))
        #expect(f.numberConflict == "23 vs 25")
        #expect(f.conflictIsSpecific)
        #expect(!f.conflictIsRejection)
    }

    /// A clock time is not a quantity: "23:40 local time" neither agrees with 23 nor conflicts.
    @Test func clockTimesAreNotNumbers() {
        let f = extractor.features(id: "a", text: "The vessel was hit at approximately 23:40 local time; all 25 crew are safe.")
        #expect(f.quantities.map(\.value) == [25])
        let g = extractor.features(id: "b", text: "السفينة أصيبت عند الساعة 23:40 بالتوقيت المحلي")
        #expect(g.quantities.isEmpty)
    }
}
