import ClaimExtraction
import CorroborateModel
import Testing
import TestSupport

/// The seed story (../shared/seeds/000_*.txt): every statement traces back to one anonymous
/// senior U.S. intelligence official, relayed by Fox News, except those citing Fox News alone.
@Suite struct ArabicSeedTests {
    @Test(.enabled(if: SharedData.available)) func everyClaimResolvesToTheOfficialViaFoxNews() throws {
        let article = try #require(ArabicArticle.seed())
        #expect(article.paragraphs.filter { $0.kind == .heading }.map(\.text)
            == ["\"أسوأ الأسوأ\"", "تجنب كارثة أمنية", "المرحلة التالية", "مخيم الهول"])
        let set = ClaimExtractor().extract(article)
        let sources = Dictionary(uniqueKeysWithValues: set.sources.map { ($0.id, $0) })
        #expect(set.claims.count >= 18, "\(ClaimDump.text(set))")

        let official = try #require(set.sources.first { $0.kind == .anonymous })
        #expect(official.name.contains("مسؤول"))
        let fox = try #require(set.sources.first { $0.kind == .outlet })
        #expect(fox.name.contains("فوكس نيوز"))
        // Exactly two sources in the whole article: the official and Fox News.
        #expect(Set(set.claims.map(\.source)).union(set.claims.flatMap(\.via)) == [official.id, fox.id])

        for claim in set.claims {
            if claim.source == fox.id {
                #expect(claim.via.isEmpty, "\(claim.content)")
                #expect(claim.cue.contains("بحسب"), "\(claim.cue)")
            } else {
                #expect(claim.source == official.id, "\(claim.content)")
                #expect(claim.via == [fox.id], "\(claim.cue): \(claim.content)")
            }
            // Headings never hold claims.
            #expect(article.paragraphs[claim.paragraph].kind == .paragraph)
        }
        #expect(set.claims.filter { $0.source == fox.id }.count == 1)
        #expect(sources[official.id]?.mentions.isEmpty == false)
    }

    @Test(.enabled(if: SharedData.available)) func cuesContentAndQuotes() throws {
        let article = try #require(ArabicArticle.seed())
        let set = ClaimExtractor().extract(article)
        func claims(in paragraph: Int) -> [Claim] { set.claims.filter { $0.paragraph == paragraph } }

        // Lead: كشفت … نقلًا عن … أن: indirect, content after أن.
        let lead = try #require(claims(in: 0).first)
        #expect(lead.cue.hasPrefix("كشفت") && lead.cue.contains("نقلًا عن"))
        #expect(lead.quote == .indirect)
        #expect(lead.content.hasPrefix("الولايات المتحدة أحبطت"))

        // "تفاقمت المخاوف …" is not part of the quoted claim; the participle مؤكدا is a second claim.
        let p8 = claims(in: 8)
        #expect(p8.count == 2)
        #expect(p8.allSatisfy { !$0.content.contains("تفاقمت") })
        #expect(p8.first?.quote == .direct)
        #expect(p8.last?.cue.hasPrefix("مؤكدا") == true)

        // The closing line: direct quote relayed by Fox News, the writer's gloss left out.
        let last = try #require(set.claims.last)
        #expect(last.quote == .direct)
        #expect(last.content == "\"هذه قصة إخبارية جيدة نادرة قادمة من سوريا\"")

        // Zero subjects (وأوضح أن، وأضاف:، وأكد أن) resolve like the named ones.
        for p in [3, 11, 13, 14] { #expect(claims(in: p).count == 1, "paragraph \(p)") }

        // Unattributed sentences stay unattributed.
        let p20 = article.paragraphs.firstIndex { $0.text.hasPrefix("ركزت العملية حصرا") }
        #expect(p20 != nil && claims(in: p20!).isEmpty)

        // Gabbard and Rubio are mentioned, never sources.
        #expect(!set.sources.contains { $0.name.contains("غابارد") || $0.name.contains("روبيو") })
    }
}
