@testable import ClaimExtraction
import CorroborateModel
import Testing

@Suite struct EnglishRulesTests {
    private func claims(_ paragraphs: [String], outlet: String? = "Daily Example") -> (ClaimSet, [String: Source]) {
        let set = ClaimExtractor().extract(EnglishExamples.article(paragraphs, outlet: outlet))
        return (set, Dictionary(uniqueKeysWithValues: set.sources.map { ($0.id, $0) }))
    }

    /// (sentence, expected source mention text, expected cue, a phrase the content must hold)
    @Test(arguments: [
        ("Senator Ann Lee said that the bill would pass next week.", "Senator Ann Lee", "said", "the bill would pass"),
        ("The bill will pass next week, a senior administration official said.", "a senior administration official", "said", "The bill will pass"),
        ("“We will not back down from this fight,” said Mayor Tom Reed.", "Mayor Tom Reed", "said", "We will not back down"),
        ("The plan, he said, will cost more than $2 billion over a decade.", "he", "said", "will cost more"),
        ("According to the report, unemployment fell to 4.9 percent in January.", "the report", "According to", "unemployment fell"),
        ("Unemployment fell to 4.9 percent, according to people familiar with the matter.", "people familiar with the matter", "according to", "Unemployment fell"),
        ("The governor told reporters that the storm had passed the coast.", "The governor", "told", "the storm had passed"),
        ("The company denied that it had misled investors about the merger.", "The company", "denied", "it had misled"),
        ("Jim Bopp, a member of the platform committee, said the language was settled.", "Jim Bopp, a member of the platform committee", "said", "the language was settled"),
        ("The Civil Defence Directorate put the death toll at 14 on Tuesday evening.", "The Civil Defence Directorate", "put", "the death toll at 14"),
        ("A hospital spokesman put the number of injured at 22.", "A hospital spokesman", "put", "the number of injured at 22"),
        ("The official put the crew at 23.", "The official", "put", "the crew at 23"),
        ("Nine people were killed on Saturday, Reuters reported, citing the ministry.", "the ministry", "reported", "Nine people were killed"),
        ("Majed al-Tarawneh, president of the Union of Workers in Textile, Garment and Clothing, said five bodies were missing.",
         "Majed al-Tarawneh, president of the Union of Workers in Textile, Garment and Clothing", "said", "five bodies were missing"),
        // A name with two particles after its description (seven tokens, four words).
        ("Sudan’s plant-protection director for Northern State, Awad al-Karim al-Tayeb, told the wire that some 1,200 hectares were lost.",
         "Sudan’s plant-protection director for Northern State, Awad al-Karim al-Tayeb", "told", "some 1,200 hectares were lost"),
        // Session 11: "per" as "according to", closing or opening the sentence.
        ("The chief executive expects the first jets back within ten days, per the same outlet.", "the same outlet", "per", "the first jets back"),
        ("Per the ministry, 40 flights were cancelled on Monday.", "the ministry", "per", "40 flights were cancelled"),
        // A bare plural addressee before the statement's subject.
        ("The envoy told reporters the talks would resume in March.", "The envoy", "told", "the talks would resume"),
    ])
    func frames(_ sentence: String, _ source: String, _ cue: String, _ content: String) throws {
        let (set, sources) = claims([sentence])
        let claim = try #require(set.claims.first, "no claim in: \(sentence)")
        let mention = try #require(sources[claim.source]?.mentions.first)
        #expect(mention.text == source)
        #expect(claim.cue.lowercased().hasPrefix(cue.lowercased()))
        #expect(claim.content.contains(content), "content was: \(claim.content)")
    }

    /// A description followed by a name ("the director for Northern State, Awad al-Karim al-Tayeb"):
    /// the name is the head, so the source is a person.
    /// "per" is no cue in "per cent", "per head" or "per day".
    @Test func perBeforeAUnitIsNoCue() {
        for sentence in ["Inflation rose 5 per cent in June.", "Crossings cost 1,000 euros per head this winter.",
                         "The plant burns 40 tonnes of fuel per day."] {
            let (set, _) = claims([sentence])
            #expect(set.claims.isEmpty, "\(sentence)")
        }
    }

    /// The outlet a source came through: "as quoted by X" after "according to", a closing "in an
    /// interview with X", and a trailing "per X" after a statement.
    @Test func channelsAfterTheSourceAreRelays() throws {
        func via(_ sentence: String) throws -> (String, [String], String) {
            let (set, sources) = claims([sentence])
            let claim = try #require(set.claims.first { sources[$0.source]?.kind != .outlet }, "no claim in: \(sentence)")
            return (sources[claim.source]?.mentions.first?.text ?? "", claim.via.compactMap { sources[$0]?.mentions.first?.text }, claim.content)
        }
        let (s1, v1, c1) = try via("Another boat has gone down off Cap Blanc, according to the coast guard as quoted by Sahel Atlantic Wire.")
        #expect(s1 == "the coast guard")
        #expect(v1 == ["Sahel Atlantic Wire"])
        #expect(c1.contains("Another boat has gone down"))
        let (s2, v2, c2) = try via("Captain Nasser al-Hajri spoke of about 40 cancellations in an interview with Al Wakra News.")
        #expect(s2 == "Captain Nasser al-Hajri")
        #expect(v2 == ["Al Wakra News"])
        #expect(!c2.contains("interview"))
        let (_, v3, c3) = try via("The airline said nine jets were grounded, per Gulf Aero Wire.")
        #expect(v3 == ["Gulf Aero Wire"])
        #expect(c3 == "nine jets were grounded")
        // An interview with a person is no relay.
        let (_, v4, _) = try via("The mayor said the bridge was safe in an interview with his deputy.")
        #expect(v4.isEmpty)
    }

    /// A passive report's agent is the speaker and what it reported the content; a relative
    /// "which was told by Y that …" after it is Y's statement passed on by the agent; a verb
    /// between the participle and "by" ("were reported killed by the army") is no such frame.
    @Test func passiveReportsNameTheirAgent() throws {
        let (set, sources) = claims(["The grounding was first reported on Monday by the news site Al Khor Today, which was told by an engineer in the maintenance department that 11 aircraft had been withdrawn."])
        let claim = try #require(set.claims.first)
        #expect(sources[claim.source]?.mentions.first?.text == "an engineer in the maintenance department")
        #expect(sources[claim.source]?.kind == .anonymous)
        #expect(claim.via.compactMap { sources[$0]?.mentions.first?.text } == ["Al Khor Today"])
        #expect(claim.content == "11 aircraft had been withdrawn")
        let (killed, named) = claims(["Nine people were reported killed by the army near the border."])
        #expect(!killed.claims.contains { named[$0.source]?.mentions.first?.text == "the army" })
        // "was announced / confirmed by X on Monday": X, without the time, speaks; the subject is
        // what it said.
        let (announced, bodies) = claims(["The closure of the crossing was announced by the ministry on Monday."])
        let a = try #require(announced.claims.first)
        #expect(bodies[a.source]?.mentions.first?.text == "the ministry")
        #expect(a.content == "The closure of the crossing")
        let (confirmed, people) = claims(["The arrests were confirmed by Lt-Col. Mounir Sghaier, the National Guard's spokesman."])
        #expect(confirmed.claims.first.flatMap { people[$0.source]?.kind } == .person)
    }

    /// "A father of three said": the count closes the phrase; "the father of three", "the
    /// 45-year-old" later in the article are the person named before.
    @Test func familyAndAgeEpithets() throws {
        let (set, sources) = claims(["Faraj al-Ubaidi, a guard at the branch, said the robbers were armed.",
                                     "The father of three said the alarm had been broken for two weeks.",
                                     "The 45-year-old said he had seen six men."])
        #expect(set.claims.count == 3)
        #expect(Set(set.claims.map(\.source)).count == 1)
        #expect(set.claims.first.flatMap { sources[$0.source]?.mentions.first?.text } == "Faraj al-Ubaidi, a guard at the branch")
        // "a guard" (lower case, indefinite) is a person; "the National Guard" stays a body.
        #expect(set.claims.first.flatMap { sources[$0.source]?.kind } == .person)
        let (alone, _) = claims(["A mother of two said the water had turned brown overnight."])
        #expect(alone.claims.count == 1)
        // An organisation is nobody's "45-year-old".
        let (body, _) = claims(["The Interior Ministry said the road was closed.", "The 45-year-old said he had seen six men."])
        #expect(Set(body.claims.map(\.source)).count == 2)
    }

    /// "X quotes Y, Name, as saying": the named object speaks, through X; a capitalised word in a
    /// name run ("The Nile Files") is no cue.
    @Test func quotedObjectWithItsNameAndNamesThatLookLikeVerbs() throws {
        let (set, sources) = claims(["The Courier quotes the mineral resources company’s chief, Mohamed Taher al-Amin, as saying no export form was ever issued."])
        let claim = try #require(set.claims.first)
        #expect(sources[claim.source]?.mentions.first?.text == "the mineral resources company’s chief, Mohamed Taher al-Amin")
        #expect(claim.via.compactMap { sources[$0]?.mentions.first?.text } == ["The Courier"])
        #expect(claim.content == "no export form was ever issued")
        let (files, named) = claims(["The Nile Files, an investigative outlet, relayed the report on Monday."])
        #expect(!files.claims.contains { named[$0.source]?.mentions.first?.text == "The Nile" })
    }

    /// An outlet's possessive opening the sentence passes on its unnamed sources: "South Arabia
    /// Wire's residents describe …" (the residents spoke to the wire); "The ministry's spokesman"
    /// is no relay.
    @Test func possessiveOutletOpeningTheSentenceIsARelay() throws {
        let (set, sources) = claims(["South Arabia Wire’s residents describe weeks of midnight jerrycan sales at the station."])
        let claim = try #require(set.claims.first)
        #expect(claim.via.compactMap { sources[$0]?.mentions.first?.text } == ["South Arabia Wire"])
        let (ministry, named) = claims(["The ministry’s spokesman said the port was open."])
        #expect(try #require(ministry.claims.first).via.compactMap { named[$0]?.name }.isEmpty)
    }

    @Test func nameAfterItsDescriptionIsAPerson() throws {
        let (set, sources) = claims(["The head of the union in Basra, Ali Hassan, said the strike would go on."])
        let claim = try #require(set.claims.first)
        #expect(sources[claim.source]?.kind == .person)
    }

    /// A statement nested in another's content is relayed by it, unless it is set against it
    /// ("…, while the governor has said …").
    /// "the Belgian official" two paragraphs after "Belgian foreign ministry spokesperson Karel
    /// Dewulf" is Dewulf: the named person whose name holds every word that qualifies "official".
    @Test func qualifiedOfficialIsTheNamedPersonWithThoseWords() {
        let (set, sources) = claims([
            "Belgian foreign ministry spokesperson Karel Dewulf said the accusations were unfounded.",
            "Algiers gave the diplomats 48 hours to leave, Algerian spokesman Sofiane Belaid said.",
            "Brussels would answer in kind, the Belgian official said.",
        ])
        let last = set.claims.first { $0.text.hasPrefix("Brussels would answer") }
        #expect(last.flatMap { sources[$0.source]?.name }?.contains("Dewulf") == true)
    }

    @Test func aContrastingClauseIsNotRelayedByTheOuterStatement() {
        let (contrast, contrastSources) = claims(["The ministry put the toll at nine, while the governor has said 12 people died."])
        let governor = contrast.claims.first { contrastSources[$0.source]?.name == "the governor" }
        #expect(governor != nil)
        #expect(governor?.via.isEmpty == true)
    }

    @Test func denialIsNegativeAndNoCommentIsNone() {
        let (set, _) = claims([
            "The ministry denied that any prisoners had escaped from the camp.",
            "A spokesman for the ministry declined to comment on the transfer.",
        ])
        #expect(set.claims.map(\.polarity) == [.negative, .none])
    }

    @Test func quoteKinds() {
        let (set, _) = claims([
            "“The camp is nearly empty,” the official said.",
            "The official said the camp was nearly empty.",
            "The official said the camp was “nearly empty” by Friday.",
        ])
        #expect(set.claims.map(\.quote) == [.direct, .indirect, .mixed])
    }

    @Test func cueInsideQuotationIsNotANewAttribution() {
        let (set, _) = claims(["“He said he would come, and he never did,” Smith said."])
        #expect(set.claims.count == 1)
        #expect(set.claims.first?.cue == "said")
    }

    @Test func headingsAndCaptionsAreNeverClaims() {
        let article = EnglishExamples.article(
            ["Officials said the deal was done", "A spokesman said the photo was taken Monday.", "Officials said the deal was done."],
            kinds: [.heading, .caption, .paragraph])
        let set = ClaimExtractor().extract(article)
        #expect(set.claims.map(\.paragraph) == [2])
    }

    @Test func multiParagraphQuoteIsOneContent() {
        let (set, _) = claims([
            "The senator said: “We have waited long enough for this bill.",
            "“Now it is time to vote, and we will vote this week.”",
            "The vote is set for Thursday.",
        ])
        let claim = set.claims.first
        #expect(claim?.content.contains("time to vote") == true)
        #expect(claim?.offsets.content.count == 2)
        #expect(claim?.quote == .direct)
    }

    @Test func colonIntroducedQuote() {
        let (set, sources) = claims(["Rubio: “We will not accept this deal under any circumstances.”"])
        #expect(set.claims.count == 1)
        #expect(set.claims.first?.cue == ":")
        #expect(set.claims.first.flatMap { sources[$0.source]?.name } == "Rubio")
        #expect(set.claims.first?.quote == .direct)
    }

    @Test func impersonalReportHasAnUnknownSource() {
        let (set, sources) = claims(["It is believed that the fighters were moved before dawn."])
        #expect(set.claims.count == 1)
        #expect(set.claims.first.flatMap { sources[$0.source]?.kind } == .unknown)
        #expect(set.claims.first?.offsets.source == [])
    }

    /// What is said about the saying (anonymity, time, reasons) is not what was said.
    @Test(arguments: [
        ("A drone struck a tanker off Hodeidah late Monday, setting it on fire, a U.S. defense official told The Capitol Sentinel on condition of anonymity because the operation is ongoing.",
         "A drone struck a tanker off Hodeidah late Monday, setting it on fire", ["The Capitol Sentinel"]),
        ("The strike killed two sailors, a Navy official said, speaking on condition of anonymity to discuss operations.",
         "The strike killed two sailors", []),
        ("The ship sank quickly, two officials told Reuters on Monday.", "The ship sank quickly", ["Reuters"]),
        ("The spokesman denied it on Wednesday, telling the Sudanese site Darfur Now that the issue was never raised.",
         "that the issue was never raised", ["Darfur Now"]),
    ])
    func tailsAfterTheCueAreNotContent(_ sentence: String, _ content: String, _ via: [String]) throws {
        let (set, sources) = claims([sentence])
        let claim = try #require(set.claims.last)
        #expect(claim.content == content)
        #expect(claim.via.compactMap { sources[$0]?.name } == via)
    }

    /// A semicolon outside quotes closes what was said: the clause after it is another statement.
    @Test func aSemicolonEndsTheContent() throws {
        let (set, _) = claims(["One diplomat put the number at 120 trucks; the UN spokesperson told reporters that 200 could pass."])
        let first = try #require(set.claims.first)
        #expect(first.content == "the number at 120 trucks")
        #expect(set.claims.count == 2)
    }

    /// A quotation over two paragraphs whose attribution closes the second one covers both.
    @Test func attributionAfterAMultiParagraphQuoteCoversItAll() throws {
        let (set, sources) = claims([
            "“This was a deliberate attack on a civilian ship with a crew of 23 on board. They sent a drone in first.",
            "“The missile is what started the fire,” the official said.",
        ])
        let claim = try #require(set.claims.last)
        #expect(claim.content.contains("a crew of 23 on board"))
        #expect(claim.content.contains("started the fire"))
        #expect(claim.paragraph == 0)
        #expect(sources[claim.source]?.name == "the official")
    }

    /// A newspaper title ("The Capitol Sentinel") is an outlet, so "the Washington paper" later
    /// refers to it and not to an outlet named before it.
    @Test func newspaperTitlesAreOutletsForLaterDescriptions() throws {
        let (set, sources) = claims([
            "A tanker is still under way, the trade publication Shipping Telegraph reported, citing the ship's manager.",
            "The Capitol Sentinel first reported the attack, citing a U.S. defense official who said a drone had hit the ship.",
            "The official also told the Washington paper that a U.S. Navy destroyer had shot down a second drone.",
        ], outlet: "Peninsula Briefing")
        let last = try #require(set.claims.last)
        #expect(last.via.compactMap { sources[$0]?.name } == ["The Capitol Sentinel"])
        #expect(last.via.compactMap { sources[$0]?.kind } == [.outlet])
    }

    /// A channel between a speaker and its verb ("quoted by", "in a statement reported by",
    /// "was quoted by … as saying", "X quoted Y as saying") is a relay, not the cue or the source.
    @Test(arguments: [
        ("The Arab diplomat quoted by Gulf Wire put the convoy at 120 trucks in the first 72 hours.",
         "The Arab diplomat", "put", "the convoy at 120 trucks", ["Gulf Wire"]),
        ("Saudi Arabia's foreign ministry, in a statement reported by The Red Sea Times, said both delegations had agreed to open a corridor.",
         "Saudi Arabia's foreign ministry", "said", "both delegations had agreed", ["The Red Sea Times"]),
        ("The minister was quoted by Reuters as saying that the talks had failed.",
         "The minister", "quoted", "the talks had failed", ["Reuters"]),
        ("That report, published by The Capitol Sentinel on Monday night, quoted a U.S. defense official as saying the tanker had a crew of 23.",
         "a U.S. defense official", "quoted", "the tanker had a crew of 23", ["The Capitol Sentinel"]),
    ])
    func channelsAreRelays(_ sentence: String, _ source: String, _ cue: String, _ content: String, _ via: [String]) throws {
        let (set, sources) = claims([sentence], outlet: "Horn Digest")
        #expect(set.claims.count == 1, "\(set.claims.map(\.cue))")
        let claim = try #require(set.claims.first)
        #expect(sources[claim.source]?.name == source)
        #expect(claim.cue.hasPrefix(cue))
        #expect(claim.content.hasPrefix(content) || claim.content.hasPrefix("that " + content), "content was: \(claim.content)")
        #expect(claim.via.compactMap { sources[$0]?.name } == via)
    }

    /// The channel phrase after a cue belongs to that cue: "he said in a statement quoted by
    /// Yarmouk TV, adding that …" keeps Yarmouk TV on "said".
    @Test func aChannelAfterTheCueStaysWithIt() throws {
        let (set, sources) = claims(["“All exits were open,” he said in a statement quoted by Yarmouk TV, adding that the plant had passed an inspection."])
        let said = try #require(set.claims.first { $0.cue == "said" })
        let via = said.via.compactMap { sources[$0]?.name }
        #expect(via.contains("Yarmouk TV"), "\(via)")
    }

    /// A placing verb sets any object at a figure ("put the convoy at 120"); one that sets
    /// something at a place is not a report.
    @Test func figurePlacementsAreCues() {
        let (set, _) = claims(["Analysts put the odds of a deal at about 30 percent.", "He put the book at the end of the shelf."])
        #expect(set.claims.map(\.content) == ["the odds of a deal at about 30 percent"])
    }

    /// In a story report each reported clause is a claim of its own ("… and that …"); `claims`
    /// keeps one claim per attribution.
    @Test func storyModeSplitsReportedClauses() {
        let article = EnglishExamples.article(
            ["The official said the tanker had a crew of 23 and that the crew had put out the blaze within two hours."],
            outlet: "Daily Example")
        let split = ClaimExtractor(options: .story).extract(article).claims.filter { !$0.cue.isEmpty }
        #expect(split.map(\.content) == ["the tanker had a crew of 23", "the crew had put out the blaze within two hours"])
        #expect(Set(split.map(\.source)).count == 1)
        #expect(ClaimExtractor().extract(article).claims.count == 1)
    }

    /// An outlet named after a news noun is that name ("the Yemeni site Taiz Online"), and a name
    /// first taken for a person that the article later calls a news portal is an outlet.
    @Test func outletsNamedAfterANewsNounOrDescribedAsOne() throws {
        let (set, sources) = claims([
            "According to the Yemeni site Taiz Online, the health office has recorded 1,240 suspected cases.",
            "The ministry spokesman told reporters that a vaccination campaign would start on 5 July, Aden Gate said.",
            "Aden Gate, an Arabic-language news portal, also carried UNICEF figures showing that children make up 41 per cent of cases.",
        ], outlet: "Relief Digest")
        let first = try #require(set.claims.first)
        #expect(sources[first.source]?.name == "Taiz Online")
        #expect(sources[first.source]?.kind == .outlet)
        let aden = sources.values.filter { $0.name.hasPrefix("Aden Gate") }
        #expect(aden.count == 1 && aden.first?.kind == .outlet, "\(aden)")
    }

    /// A lower-case name particle ("al-Sabri") does not break the name in an appositive.
    @Test func nameParticlesInsideAppositiveNames() throws {
        let (set, sources) = claims(["The governor, Abdulkarim al-Sabri, declared a state of health emergency on Monday, according to the Aden Herald."])
        let declared = try #require(set.claims.first { $0.cue == "declared" })
        #expect(sources[declared.source]?.name == "The governor, Abdulkarim al-Sabri")
        // The closing attribution is the whole sentence's channel, not part of what was declared.
        #expect(declared.content == "a state of health emergency on Monday")
        #expect(declared.via.compactMap { sources[$0]?.name } == ["the Aden Herald"])
    }

    /// A semicolon separates two statements, and the attribution closing the second covers only
    /// it; the first keeps the channel its own sentence names.
    @Test func statementsAcrossASemicolon() throws {
        let (set, sources) = claims(["A medical source quoted by Taiz Online said the hospital had run out of fluids; the ministry denied this, Aden Gate reported."])
        let source = try #require(set.claims.first { $0.cue == "said" })
        #expect(source.content == "the hospital had run out of fluids")
        #expect(source.via.compactMap { sources[$0]?.name } == ["Taiz Online"])
        let denial = try #require(set.claims.first { $0.cue == "denied" })
        #expect(denial.polarity == .negative)
        #expect(denial.content == "this")
        #expect(denial.via.compactMap { sources[$0]?.name } == ["Aden Gate"])
        let reported = try #require(set.claims.first { $0.cue == "reported" })
        #expect(reported.content == "the ministry denied this")
    }

    /// "a claim rejected by a spokesman": a passive participle is not its subject's statement.
    @Test func passiveParticipleIsNotACue() {
        let (set, sources) = claims(["He said the signals had failed – a claim rejected by a spokesman for the railways."])
        #expect(!set.claims.contains { sources[$0.source]?.name == "a claim" })
    }

    /// A figure counted within another ("1,240 suspected cases, including 23 deaths") is a fact of
    /// its own in a story report; a title's period ("Dr.") does not end an appositive name.
    @Test func countedSubsetsAndTitledAppositives() throws {
        let article = EnglishExamples.article(
            ["Cases have risen to 1,240, including 23 deaths, the director of the health office, Dr. Tawfiq al-Sharabi, said."],
            outlet: "Daily Example")
        let set = ClaimExtractor(options: .story).extract(article)
        let claims = set.claims.filter { !$0.cue.isEmpty }
        #expect(claims.map(\.content) == ["Cases have risen to 1,240", "23 deaths"])
        let source = set.sources.first { $0.id == claims.first?.source }
        #expect(source?.name == "the director of the health office, Dr. Tawfiq al-Sharabi")
    }

    /// A dateline opening the sentence is not part of what was said.
    @Test func datelinesAreNotContent() throws {
        let (set, _) = claims(["AMMAN, July 10 (Crescent Wire) – Police fired tear gas at protesters on Friday, witnesses said."])
        #expect(try #require(set.claims.first).content == "Police fired tear gas at protesters on Friday")
    }

    /// Who holds a document belongs to it ("documents seen by The Shatt Review"), and a passive
    /// participle ("records seen by …") is not a cue.
    @Test func documentsAndTheirHolders() throws {
        let (set, sources) = claims([
            "According to documents first reported by The Shatt Review, the ministry awarded the contract without a tender.",
            "Company registration records seen by The Shatt Review list a brother-in-law of the minister as a shareholder.",
        ])
        let first = try #require(set.claims.first)
        #expect(sources[first.source]?.name == "documents first reported by The Shatt Review")
        #expect(sources[first.source]?.kind == .document)
        #expect(set.claims.count == 1, "\(set.claims.map(\.cue))")
    }

    @Test func anonymityClauseMakesTheSourceAnonymous() {
        let (set, sources) = claims(["A senior adviser, who spoke on condition of anonymity, said the talks had stalled."])
        #expect(set.claims.first.flatMap { sources[$0.source]?.kind } == .anonymous)
    }

    @Test func addresseeIsTheChannelNotTheSource() {
        let (set, sources) = claims(["Ann Lee told Fox News that the border would stay closed."], outlet: "Example Gazette")
        let claim = set.claims.first
        #expect(claim.flatMap { sources[$0.source]?.name } == "Ann Lee")
        #expect(claim?.via.compactMap { sources[$0]?.name } == ["Fox News"])
    }

    @Test func firingIsNotSpeechAndAPresentTenseDenialIsKept() {
        let (set, sources) = claims([
            "Police fired rubber bullets at the crowd, witnesses said.",
            "Activists claimed police fired tear gas; the Public Security Directorate denies it.",
        ])
        #expect(set.claims.map(\.cue) == ["said", "claimed", "denies"])
        let denial = set.claims.last
        #expect(denial.flatMap { sources[$0.source]?.name } == "the Public Security Directorate")
        #expect(denial?.polarity == .negative)
    }

    @Test func theMinistryIsTheMinistryNotTheLatestOrganisation() {
        let (set, sources) = claims([
            "The Interior Ministry said 12 people were arrested.",
            "Police said the crowd numbered 3,000.",
            "The ministry added that the roads had reopened.",
        ])
        #expect(set.claims.map { sources[$0.source]?.name ?? "" } == ["The Interior Ministry", "Police", "The Interior Ministry"])
    }

    @Test(arguments: [
        ("Suhail, an Arabic-language satellite channel, reported that the strike had been carried out by a drone.",
         "Suhail, an Arabic-language satellite channel", Source.Kind.outlet),
        ("Liwa Hurras al-Badiya, an Iran-aligned armed group that controls the area, rejected that account.",
         "Liwa Hurras al-Badiya, an Iran-aligned armed group that controls the area", .organization),
        ("British cybersecurity firm Ferrolith said the leak was smaller.", "Ferrolith", .organization),
        ("The National Cyber Defence Centre (NCDC) said operations had resumed.", "The National Cyber Defence Centre (NCDC)", .organization),
        ("A ransomware gang calling itself VantaLock claimed the attack.", "A ransomware gang calling itself VantaLock", .organization),
        ("Residents of villages along the road east of al-Mayadin say they were woken by a blast.",
         "Residents of villages along the road east of al-Mayadin", .anonymous),
        ("Cruz has long said that he qualifies as a citizen.", "Cruz", .person),
        ("The convoy was struck on the road, the wire service Northgate reported.", "Northgate", .outlet),
        ("“It kept coming,” said a farmer from a village on the Euphrates, who asked that his name not be used.",
         "a farmer from a village on the Euphrates, who asked that his name not be used", .anonymous),
    ])
    func whatANamedSourceIsComesFromItsDescription(_ c: (String, String, Source.Kind)) throws {
        let (set, sources) = claims([c.0])
        let claim = try #require(set.claims.first)
        #expect(sources[claim.source]?.name == c.1)
        #expect(sources[claim.source]?.kind == c.2)
    }

    /// "X cited Y as saying", "X cited Z, which quoted Y as saying": Y speaks through the chain.
    @Test func citedAsSayingAndRelativeRelays() throws {
        let (set, sources) = claims([
            "Northgate cited the Israeli news site Kav Adom, which quoted an unnamed Israeli security official as saying Israeli aircraft hit the convoy.",
            "The report came from Al-Manara, which quoted a rescue worker as saying 40 bodies were found.",
            "Reuters cited a police officer as saying 12 people died.",
        ], outlet: "Mideast Minute")
        let found = set.claims.map { c in
            [sources[c.source]?.name ?? ""] + c.via.map { sources[$0]?.name ?? "" }
        }
        #expect(found == [["an unnamed Israeli security official", "Northgate", "Kav Adom"],
                          ["a rescue worker", "Al-Manara"], ["a police officer", "Reuters"]])
        #expect(set.claims.allSatisfy { sources[$0.source]?.kind == .anonymous })
        #expect(set.claims.first?.content.hasPrefix("Israeli aircraft hit the convoy") == true)
    }

    /// "A Western diplomat following the talks said", "An official who is familiar with the
    /// findings said": the speaker is before the participle or the relative clause.
    @Test func speakerBeforeAParticiplePhrase() throws {
        for (sentence, name) in [("A Western diplomat following the talks said the delegation had agreed to pull out.", "A Western diplomat"),
                                 ("A senior official overseeing the investigation said the dam had cracked.", "A senior official"),
                                 ("Officials attending the meeting said the deal was done.", "Officials"),
                                 // A relative clause up to the cue, or two of them.
                                 ("An official who is familiar with the initial findings said both recorders had been recovered.", "An official"),
                                 ("An official at the authority who is familiar with the findings, and who is not cleared to brief the media, said both recorders were found.",
                                  "An official at the authority")] {
            let (set, sources) = claims([sentence])
            let claim = try #require(set.claims.first)
            #expect(sources[claim.source]?.name == name)
            #expect(sources[claim.source]?.kind == .anonymous)
        }
    }

    /// Source phrases of session 8's blind pages: a hyphenated title, a possessor without its ’s,
    /// a plural possessive, a prepositional aside, a denial verb before a noun cue, a copula
    /// before a colon quotation; and what is never a source (a figure, a participle opening the
    /// sentence, "concerned" as an ordinary verb).
    @Test(arguments: [
        ("The platform stands by every document in it, its editor-in-chief said on Wednesday.", "its editor-in-chief", "said"),
        ("Belhaj brushed aside the interior ministry’s assertion that it had nothing to do with her journalism.", "the interior ministry", "assertion"),
        ("A parents’ committee quoted by Al-Hadba News puts the figure at 140.", "A parents’ committee", "puts"),
        ("The National Union of Tunisian Journalists, in its own statement, gave a lower figure of 23.", "The National Union of Tunisian Journalists", "gave"),
        ("The company categorically rejects claims that the meals caused the illness.", "The company", "rejects"),
        ("Asked about a report that the engine had failed, Bukhari was categorical: “Any suggestion of that is untrue.”", "Bukhari", ":"),
    ])
    func sourcePhrasesOfBlindPages(_ sentence: String, _ source: String, _ cue: String) throws {
        let (set, sources) = claims([sentence])
        #expect(set.claims.count == 1)
        let claim = try #require(set.claims.first)
        #expect(sources[claim.source]?.name == source)
        #expect(claim.cue == cue)
    }

    /// "…, saying …" carries the speaker of a likely attribution before it, not a name from a
    /// weak cue inside a clause ("whether Jordan would seek compensation").
    @Test func aParticipleSpeaksForTheClauseSubject() {
        let (set, sources) = claims([
            "The Environment Ministry would not be drawn on whether Jordan would seek compensation from the ship’s owners, saying only that it was following the situation closely.",
        ])
        #expect(set.claims.map { sources[$0.source]?.name ?? "" } == ["The Environment Ministry"])
    }

    @Test func figuresParticiplesAndOrdinaryVerbsAreNoSources() {
        let (set, sources) = claims(["The official said the inquiry concerned a handful of agents, adding that none had been suspended."])
        #expect(Set(set.claims.map { sources[$0.source]?.name ?? "" }) == ["The official"])
        let (asked, askedSources) = claims(["Asked about the figure, the minister declined to elaborate further on it today."])
        #expect(asked.claims.allSatisfy { askedSources[$0.source]?.name != "Asked" })
    }

    @Test func noOneIsASourceAndAVerbAfterItsAuxiliaryIsNone() {
        #expect(claims(["Nobody has claimed the airstrike that destroyed the convoy."]).0.claims.isEmpty)
        #expect(claims(["No government claimed the strike."]).0.claims.isEmpty)
        // The source phrase inside a subject a negative quantifier opens (relay newsletters, session 8).
        #expect(claims(["Our take: so far nobody who would actually take the decision has confirmed any of this on the record."]).0.claims.isEmpty)
        #expect(claims(["No one at the ministry has confirmed the figure."]).0.claims.isEmpty)
        #expect(claims(["This is what the coverage so far tells us, and where it disagrees."]).0.claims.isEmpty)
        let hurt = claims(["Nobody was hurt, the ministry said."])
        #expect(hurt.0.claims.map { hurt.1[$0.source]?.name ?? "" } == ["the ministry"])
        let (set, sources) = claims([
            "Ferrolith said its analysis of the files VantaLock had released put the volume at about 1.9 terabytes.",
        ])
        #expect(set.claims.map { sources[$0.source]?.name ?? "" } == ["Ferrolith"])
    }

    /// A cue word right after a possessive is a noun: "Tuesday night's blast", "the minister's
    /// claims"; a participle after "he's" is still a verb; "worth arguing over" says nothing.
    @Test func aCueWordAfterAPossessiveIsANoun() {
        let (set, sources) = claims([
            "Tuesday night’s blast at a Port Sudan warehouse is still being counted, and the counts do not agree.",
            "He's blasted the plan as reckless.",
            // A gerund after "worth" is no act of saying.
            "Not a gap worth arguing over.",
        ])
        #expect(set.claims.map { sources[$0.source]?.name ?? "" } == ["He"])
    }

    /// "Brig. Gen.", "Eng.": a rank abbreviation neither ends the sentence nor the speaker's name.
    @Test func rankAbbreviationsStayInTheName() {
        let (set, sources) = claims([
            "Thirty-one people died in the explosion, Brig. Gen. Nabil Osman, the army’s spokesman, told The Sudan Monitor.",
            "The pumps stopped on Sunday, Eng. Hisham al-Maqtari said.",
        ])
        #expect(set.claims.map { sources[$0.source]?.name ?? "" } == ["Brig. Gen. Nabil Osman, the army’s spokesman", "Eng. Hisham al-Maqtari"])
        #expect(set.claims.map(\.content) == ["Thirty-one people died in the explosion", "The pumps stopped on Sunday"])
    }

    /// Session 16: ", who said …" speaks for the name (and appositive) before it; ", citing X"
    /// after the statement names whose account it passes on; an appositive may stand before the
    /// verb's auxiliary; "the engineer who spoke to X" and "as told to X" name a channel; a
    /// semicolon closes an "according to" clause. Each with its counter-example.
    @Test func relativeClausesCitingTailsAndChannels() {
        let (set, sources) = claims([
            "Its reporter also heard from Lahcen Bouzid, a farmer in the district, who said the water was already under the beds.",
            "Sebou Express, the regional news site, had put the number of evacuated families at about forty, citing a local official.",
            "Flooded area: 1,200 hectares according to the agency’s director, as told to The Morocco Ledger; more than 3,000 according to the local official who spoke to Sebou Express.",
        ])
        // ("the local official" is the one Sebou Express cited, named before.)
        #expect(set.claims.map { sources[$0.source]?.name ?? "" }
            == ["Lahcen Bouzid, a farmer in the district", "a local official", "the agency’s director", "a local official"])
        #expect(set.claims.map(\.content) == ["the water was already under the beds", "the number of evacuated families at about forty",
                                              "Flooded area: 1,200 hectares", "more than 3,000"])
        #expect(set.claims.map { $0.via.compactMap { sources[$0]?.name } }
            == [[], ["Sebou Express, the regional news site"], ["The Morocco Ledger"], ["Sebou Express, the regional news site"]])
        // Counter-examples: a reason cited is no source; "however" alone after a semicolon is not
        // what was said; the subject's own relative clause is not read as the statement; an inner
        // clause's comma does not end the relative clause's statement; an anonymity clause
        // ("who asked that his name be withheld") is no statement.
        let (other, names) = claims([
            "The airline said it had suspended flights to Aden, citing security concerns.",
            "Roads were shut; however, according to the ministry, 40 died.",
            "The report, which said 40 people died, was withdrawn.",
            "The paper reached Lahcen Bouzid, a farmer, who said the dam, which was built in 1978, had been opened without warning.",
            "The daily quoted a member of the management team, who asked that his name be withheld, as saying that 110 families had left.",
        ])
        #expect(other.claims.map { names[$0.source]?.name ?? "" }.prefix(3) == ["The airline", "the ministry", "Lahcen Bouzid, a farmer"])
        #expect(!other.claims.contains { $0.content.hasPrefix("that his name") || names[$0.source]?.name == "a member of the management team" })
        #expect(other.claims.map(\.content).prefix(3)
            == ["it had suspended flights to Aden, citing security concerns", "40 died",
                "the dam, which was built in 1978, had been opened without warning"])
    }

    @Test func aNameToldAfterTheStatementIsItsChannel() {
        let (set, sources) = claims([
            "“We had no aircraft in that area last night,” a U.S. defense official told Northgate, speaking anonymously.",
            "“We will win,” the minister told Mr. Smith.",
        ])
        #expect(set.claims.map { $0.via.compactMap { sources[$0]?.name } } == [["Northgate"], []])
    }

    @Test func aSecondReportingVerbOfTheSameSubjectIsAStatementOfItsOwn() {
        let (set, sources) = claims([
            "Thalassa Tanker Management has denied that a fire broke out on the ship, and said all 25 crew members were safe.",
            "The ministry confirmed the deaths and added that 12 people were injured.",
        ])
        #expect(set.claims.map(\.content) == ["that a fire broke out on the ship", "all 25 crew members were safe",
                                              "the deaths", "that 12 people were injured"])
        #expect(set.claims.map(\.polarity) == [.negative, .positive, .positive, .positive])
        #expect(Set(set.claims.prefix(2).map { sources[$0.source]?.name }) == ["Thalassa Tanker Management"])
    }

    /// Session 12 (from the blind stories' digests): a participle aside on how the speaker spoke
    /// ("speaking on condition of anonymity", "addressing parliament") stands between the speaker
    /// and the verb, and an outlet spoken to carries the statement; a closing ", as X reported …"
    /// credits the clause before it, whatever follows the verb; what someone should not be saying
    /// is no statement. A relay aside ("picking up a story first run by …") is no manner aside.
    @Test func participleAsidesAndClosingAsClauses() {
        let (set, sources) = claims([
            "A municipal official, speaking on condition of anonymity, said seven people had died.",
            "A municipal official, speaking anonymously to The Red Sea Gazette, said seven people had died.",
            "The minister, addressing parliament on Monday, said the works were 70 per cent done.",
            "The minister, speaking to reporters, said the works were done.",
            "The Civil Defence has stuck to four dead, as Peninsula Wire reported from the directorate's X account.",
        ])
        #expect(set.claims.map { sources[$0.source]?.name ?? "" }
                == ["A municipal official", "A municipal official", "The minister", "The minister", "Peninsula Wire"])
        #expect(set.claims.map { $0.via.compactMap { sources[$0]?.name } } == [[], ["The Red Sea Gazette"], [], [], []])
        #expect(set.claims.map(\.content).last == "The Civil Defence has stuck to four dead")
        // An object relative aside: "The doctor, whom the site did not name, said".
        let (whom, whomSources) = claims(["The doctor, whom the site did not name, said nurses had noticed spelling mistakes."])
        #expect(whom.claims.map { whomSources[$0.source]?.name } == ["The doctor"])
        // "for its part" is an aside; a semicolon right after a closing cue ends the clause.
        let (part, partSources) = claims([
            "The Interior Ministry, for its part, announced in a statement that a committee had been formed.",
            "Nineteen children had been discharged by mid-afternoon, the director added; most had cuts.",
        ])
        #expect(part.claims.map { partSources[$0.source]?.name } == ["The Interior Ministry", "the director"])
        #expect(part.claims.last?.content == "Nineteen children had been discharged by mid-afternoon")
        #expect(sources[set.claims[0].source]?.kind == .anonymous)
        #expect(claims(["Our take: a city that has spent fifteen years on stormwater should not be arguing in public about whose trench it was."])
            .0.claims.isEmpty)
        #expect(claims(["Our read: until someone explains the four-person gap in the survivor count, treat both numbers as provisional."])
            .0.claims.isEmpty)
        let (relay, relaySources) = claims([
            "Runway Arabia, picking up a story first run by the Muscat site Mutrah Gate, said a technician had told Mutrah Gate that the engine logged a fault.",
        ])
        #expect(!relay.claims.contains { relaySources[$0.source]?.name == "Runway Arabia" && $0.via.isEmpty })
    }
}
