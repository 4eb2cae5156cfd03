import Corroborate
import Foundation
import Testing
import TestSupport

/// Runs the full pipeline on every `Corpora/<story>/` and checks the report against `truth.json`:
/// the story-level facts exactly, the per-claim facts as a scorecard with pinned floors (printed
/// claim by claim, so an upstream miss is visible as such), and the whole report as a golden file
/// (`Corpora/<story>/expected/report.json`; `RECORD=1 swift test` re-records).
@Suite("Corpus stories")
struct CorpusStoryTests {
    static let stories = CorpusTruth.stories(in: SharedData.repo("Corpora"))

    /// Reports with `input` relative to the package root, as `scripts/update-reports.sh` makes them.
    static func report(_ story: URL) async -> Report {
        var (report, _) = await Pipeline.report([story.path])
        let root = SharedData.packageRoot.path + "/"
        for i in report.documents.indices where report.documents[i].article.input.hasPrefix(root) {
            report.documents[i].article.input.removeFirst(root.count)
        }
        return report
    }

    /// The group of a story's report holding the claim whose content holds `text`, with the report.
    static func cluster(_ story: String, containing text: String) async throws -> (Cluster, Report) {
        let url = try #require(stories.first { $0.lastPathComponent == story })
        let report = await report(url)
        let claim = try #require(report.claims.first { $0.content.contains(text) })
        return (try #require(report.clusters.first { $0.claims.contains(claim.id) }), report)
    }

    /// Story facts the upstream stages currently get wrong, with what comes out instead. Checked
    /// as known issues (they pass silently once fixed upstream; then delete the entry).
    static let upstreamGaps: [String: String] = [
        "hajj-heat-deaths/noOwnSourcing/hajjwatch-en.html": "the relay-only briefing is read as sourcing",
        "basra-date-palm-blight/noOwnSourcing/palmpestnotes-en.html":
            "a relay-only digest whose 'X says' lines are not matched with the articles it summarises",
        "aden-rial-slump/noOwnSourcing/rialwatch-en.html":
            "a relay-only Quarto digest: 'called that false on Al-Buraiqa TV', 'The central bank says …' are read as its own",
        // (Nouakchott's and irbid's digests are read right since session 15's named-outlet rule;
        // khartoum's and sfax's were right at its start: their entries are deleted.)
        // Session 13's kut-prison-riot, first run (not mended this session):
        "kut-prison-riot/noOwnSourcing/detentionwatch-en.html":
            "a relay-only Posthaven digest whose 'The first account came from Sawt al-Kut, a local news site, whose source, a guard, said' is read as its own source",
        // Session 14's ramadi-water-contamination, first run:
        "ramadi-water-contamination/noOwnSourcing/iraqhealthbrief-en.html":
            "a relay-only Hakyll digest whose 'The doctor and al-Alwani both say …' and 'Here is what the reporting … says' lines are read as its own",
        // (Salmiya's four-line Blot newsletter, first run of session 15, and mukalla's are read
        // right since "Al-Mirqab" is matched without its article.)
        // Session 15's dubai-crypto-fraud-arrests, first run:
        "dubai-crypto-fraud-arrests/noOwnSourcing/gulffintechwatch-en.html":
            "a relay-only Discourse post whose 'The same Al Deira piece quotes an unnamed investigator' and 'The investigator also says' are read as its own",
        // Session 16's first runs:
        "jerash-festival-stage-collapse/noOwnSourcing/levantculturebrief-en.html":
            "a relay-only Google Docs brief read as sourcing",
        // (Tabuk's relay-only VuePress newsletter, first run, is read right since "the engineer who
        // spoke to Tabuk Al-An" and "according to the wire" are read as relayed.)
        "tabuk-wind-farm-accident/noOwnSourcing-extra/gulfbuildwire-en.html":
            "an own-sourced trade wire read as relay-only",
        "alexandria-metro-tunnel-flooding/noOwnSourcing/tunneltransit-en.html":
            "a relay-only Constant Contact newsletter read as sourcing",
        // (Sanaa's copy direction, reversed on its first run by the copier's day-only `DC.date`, is
        // right since the poster line's time refines a bare date.)
    ]

    func check(_ key: String, _ body: () -> Void) {
        if let reason = Self.upstreamGaps[key] {
            // Not intermittent: a pinned fact that comes out right fails, so that its entry is removed.
            withKnownIssue(Comment(rawValue: reason), isIntermittent: false) { body() }
        } else {
            body()
        }
    }

    @Test(arguments: stories)
    func storyFacts(_ story: URL) async throws {
        let truth = try CorpusTruth.load(story)
        let report = await Self.report(story)
        let card = StoryScorecard(truth: truth, report: report)
        #expect(Set(report.documents.map { card.page($0.id) }) == Set(truth.claims.flatMap { $0.anchors.keys }))
        check("\(truth.story)/firstPublisher") {
            #expect(card.page(report.story.firstPublisher) == truth.firstPublisher)
        }
        for copy in truth.copies {
            check("\(truth.story)/copies/\(copy.to)") {
                let found = report.reuse.first { card.page($0.from) == copy.from && card.page($0.to) == copy.to }
                #expect(found != nil, "copy \(copy.from) → \(copy.to) not found; reuse: \(report.reuse)")
                #expect(found?.credited == copy.credited)
            }
        }
        let noOwn = Set(report.story.noOwnSourcing.map { card.page($0) })
        for page in truth.noOwnSourcing {
            check("\(truth.story)/noOwnSourcing/\(page)") {
                #expect(noOwn.contains(page), "\(page) should add no sourcing of its own")
            }
        }
        for page in noOwn.subtracting(truth.noOwnSourcing).sorted() {
            check("\(truth.story)/noOwnSourcing-extra/\(page)") {
                Issue.record("\(page) is listed as adding no sourcing of its own; truth says it does")
            }
        }
    }

    /// Pinned floors per story: claims whose anchors all became claims, and clusters whose
    /// `independentSources` / findings equal the truth. Raise them as the stages improve.
    static let floors: [String: (anchors: Int, sources: Int, findings: Int)] = [
        // Remaining misses: sentences that carry two facts (61 dead and 23 rescued) and
        // cross-language paraphrases the lexicon cannot bridge (see the scorecard output).
        // isis lost one right count when a nested statement under an unnamed source stopped
        // being an origin of its own: "According to the official, the SDF and the Syrian
        // government reached an understanding" had counted the Syrian government, which the
        // truth counts for another page's statement.
        "isis-prison-break": (12, 7, 7),
        "tobruk-shipwreck": (8, 4, 5),
        "halabja-earthquake": (8, 6, 5),
        // Written without looking at the code, as a held-out stand-in; measured before tuning at
        // (12, 5, 4), now (12, 8, 8).
        // (Sahab's findings 10 → 9 in session 14: «وأوضح الطراونة» is now the union president named
        // before, so the migrant-workers line no longer counts him twice; the ministry's "foreign
        // workers" line stays in a group of its own.)
        "sahab-factory-fire": (12, 10, 9),
        // The second story written blind; measured before any change for it at (12, 8, 8) with
        // one story fact wrong (a credited relay not seen as adding no sourcing).
        "tripoli-building-collapse": (12, 11, 9),
        // The third blind story, measured before any change for it at (12, 9, 8) with one story
        // fact wrong (a relay of a wire not seen as adding no sourcing).
        "minya-train-collision": (10, 11, 9),
        // The fourth blind story (an anonymous U.S. official relayed in both languages), measured
        // before any change for it at (13, 5, 2) with one story fact wrong (a newsletter relaying
        // three outlets not seen as adding no sourcing).
        // Then (7, 7): "Thalassa has denied that a fire broke out …, and said all 25 crew members
        // were safe" became two statements (the second one positive); the denial alone no longer
        // reaches the engine-room group, and the 25 joins the crew-count group.
        // (Houthi findings 7 → 6 in session 15: "Their military spokesman, Brig. Gen. Abdullah
        // al-Sharafi, rejected …" is now read whole, a denial by him, and its group no longer holds
        // the U.S. official's launch-site claim the scorecard counted.)
        "houthi-tanker-strike": (14, 7, 6),
        // The fifth blind story (two diplomats relayed in two languages, a newsletter that only
        // relays), measured before any change for it at (13, 9, 6) with one story fact wrong (the
        // newsletter's "The Arab diplomat quoted by Gulf Wire put …" read as its own sourcing).
        "sudan-ceasefire-talks": (13, 11, 7),
        // The sixth blind story (a cholera outbreak: figures from five bodies, a translated outlet
        // name, "It was reported that"), measured before any change for it at (13, 7, 7) with one
        // story fact wrong (the relay blog not seen as adding no sourcing).
        // (Yemen's sources 12 → 11 in session 14: «وأشار الشرعبي» is now the director named before;
        // the outbreak line's anchors tie between two groups and the smaller one is scored.)
        "yemen-cholera-outbreak": (13, 11, 11),
        // The seventh blind story (fuel protests: crowd sizes from police and organizers, a Medium
        // publication that only relays), measured before any change for it at (14, 8, 8) with
        // every story fact right.
        "amman-fuel-protests": (14, 12, 12),
        // The eighth blind story (leaked contract documents, a Telegram channel that relays),
        // measured before any change for it at (12, 5, 6) with two story facts wrong (the first
        // publisher's date was in a ReportageNewsArticle JSON-LD not read; the Telegram relay
        // of "a statement carried by the agency" was taken for sourcing of its own).
        "basra-contract-leak": (12, 7, 6),
        // The ninth and tenth blind stories, both measured on a1200e7 before any change for them:
        // a hack-and-leak (figures in terabytes and gigabytes, a translation with credit and its
        // uncredited copy) at (14, 6, 3), and a contested strike (relays of relays, numbers in
        // Arabic words) at (13, 7, 6); each with story facts wrong (see `upstreamGaps`).
        // (8, 6) → (7, 5) in session 10: "vantalock-behind-attack" was right only because the
        // relay-only digest's own line («وكانت مجموعة "فانتا لوك" قد تبنّت الهجوم») counted as a
        // second origin; the Ferrolith analysis that the truth counts is in another group.
        "gulf-port-cyberattack": (14, 7, 5),
        "deir-ezzor-convoy-strike": (13, 7, 8),
        // The eleventh and twelfth blind stories, each measured before any change made for it: a
        // kidnapping and release (ransom figures from two unnamed origins, a named denial, an
        // English copier) at (17, 11, 7) with one story fact wrong (a relay-only Arabic page read
        // as sourcing: «أما موقع X فنقل عن», «نقلت عن الناطق نفيه»), and a currency scoop
        // (bankers and a dealer, exchange rates and percentages, a newsletter that only relays)
        // at (13, 6, 7) with one story fact wrong (`upstreamGaps`).
        "kirkuk-engineers-release": (17, 12, 10),
        "cairo-pound-float": (13, 7, 7),
        // The thirteenth and fourteenth, measured (on f6c6d24 with the next commit's first rules)
        // before any change for them: a flash flood (four tolls from four bodies, a warning denied by residents, a Ghost
        // newsletter that only relays) at (14, 7, 7), and a resignation rumour (two unnamed
        // politicians, a named denial, a petition count in words) at (15, 8, 5); each with the
        // relay-only newsletter read as adding sourcing (`upstreamGaps`).
        "derna-flood-toll": (14, 7, 7),
        "baghdad-pm-resignation": (15, 8, 6),
        // The fifteenth and sixteenth, measured on the commit before their merge, before any change
        // for them, with every story fact right: a hospital out of fuel (a director and a ministry
        // disagreeing on deaths, a nurse relayed in both languages) at (12, 7, 4), and a stadium
        // crush (police and club blaming each other, a French-language daily relayed) at (14, 9, 6)
        // (one anchor of the first has no claim: "The ministry insists, via Levant Health Wire, …").
        // (Findings 4 → 3 in session 9: "patients-transferred" was right only because "the
        // director" counted as a second origin beside Samir Kaddoura, the hospital's director; now
        // they are one (`RoleReferences`), and the Red Cross statement it misses is in another group.)
        "sidon-hospital-fuel": (12, 7, 3),
        "oran-stadium-crush": (14, 11, 8),
        // The seventeenth and eighteenth, measured before any change for them: a disputed vote
        // count (turnout figures, a leaked tally denied, an anonymous board employee) at
        // (14, 11, 7), with the relay-only roundup read as sourcing (since fixed); coastal
        // wildfires (areas burned, arson blamed on speculators, arrests denied) at (14, 8, 5) with
        // every story fact right.
        "erbil-vote-count": (14, 11, 9),
        "latakia-wildfire": (14, 9, 6),
        // The nineteenth to twenty-second, written blind in session 8 and measured on 3a1bf6d
        // before any change for them: an oil spill (slick lengths and tonnages, a hull valve
        // reported faulty and denied) at (16, 12, 8), a school-meal poisoning (hospital counts,
        // a caterer's Word press statement) at (17, 10, 9), an emergency landing (passenger
        // counts, an engine fault denied) at (14, 12, 8) and a journalist's detention (charges,
        // prosecution counts, a cybercrime decree) at (19, 11, 11); each with one story fact
        // wrong, the relay-only newsletter read as sourcing (three since fixed by the relay
        // digest rule, `StoryBuilder.addsNoSourcing`; the aqaba one is in `upstreamGaps`).
        "aqaba-oil-spill": (16, 12, 8),
        "mosul-school-poisoning": (17, 10, 9),
        "muscat-emergency-landing": (14, 12, 8),
        "tunis-journalist-detention": (19, 11, 11),
        // The twenty-third and twenty-fourth, written blind in session 9 and measured on 68cde70
        // before any change for them: an antiquities seizure (piece counts 214 vs 230, an auction
        // house's denial, an anonymous freight agent) at (14, 8, 7) with the relay-only brief read
        // as sourcing; counterfeit cancer-drug batches (batch and box counts, an importer's
        // denial, an anonymous doctor) at (14, 8, 4) with every story fact right.
        "luxor-antiquities-seizure": (14, 8, 7),
        "beirut-medicine-recall": (14, 8, 4),
        // The twenty-fifth and twenty-sixth, written blind while session 9's rules were being
        // written and measured after them (6804851; the release binary of 68cde70 gives the same):
        // an exam leak (subject counts, a ministry's denial, arrests counted twice) at (13, 4, 2)
        // with the relay-only roundup read as sourcing; a grid blackout (megawatt shortfalls, a
        // sabotage probe denied) at (15, 7, 7) with the relay-only notes read as sourcing.
        "baghdad-exam-leak": (13, 4, 2),
        // Lowered to (15, 5, 6) in session 11: two of its right counts were right for the wrong
        // reason (the Az-Zour engineer counted twice, once through an unresolved "the site", stood
        // in for the MP the truth counts); with the engineer one origin and the MP's «وأعلن عزمه»
        // still read as the paper's own voice, they are wrong for the right one.
        "kuwait-grid-blackout": (15, 5, 6),
        // The twenty-seventh, written blind late in session 9 and measured on eaec5ea before any
        // change for it: a diplomatic expulsion (3 vs 4 diplomats, 48 vs 72 hours, a denial with a
        // reciprocal measure) at (13, 6, 6), with a relay page whose own anonymous former
        // ambassador («غير أن سفيراً …، تحدّث إلى "الضفّتان" مشترطاً ألّا يُنشر اسمه، رأى أن») was
        // read as relayed, so the page was listed as adding no sourcing (since fixed).
        "algiers-diplomat-expulsion": (13, 6, 6),
        // The twenty-eighth, written blind at the same time and measured before any change for
        // it: match-fixing (8 vs 6 matches, sums wagered that agree, a club president's denial) at
        // (15, 10, 8), with the copy's date, written only in figures («في 2026/3/24 12:10:00
        // (GMT+1)»), not read, so copier and original were swapped (since fixed).
        "casablanca-match-fixing": (15, 10, 8),
        // The twenty-ninth to thirty-second, written blind in session 10 and measured before any
        // change for them, on 85a1a1c (and with the relay-only own-voice rule of the same commit
        // as their merge, in brackets): Hajj heat deaths (national tolls 58 vs 83, 38 vs "close to
        // 40") at (16, 8, 8) [(16, 8, 8)]; a minister's health rumour (an X post, a medical source,
        // a named denial, a retraction) at (16, 14, 5) [(16, 14, 5)]; a bank's withdrawal cap
        // (outflows 120 vs 85 million dinars, a central bank's denial) at (15, 8, 7) [(15, 10, 8)],
        // with the copy's zone-less date read as UTC, so copier and original were swapped; locust
        // swarms (feddans damaged 1,500 vs 350, sprayed 9,000 vs 8,760) at (16, 10, 7)
        // [(16, 10, 7)]. Two relay-only newsletters were read as sourcing (`upstreamGaps`). Raised
        // to the session's end (the Arabic cues and frames that they showed missing).
        "hajj-heat-deaths": (16, 8, 9),
        "rabat-minister-rumour": (16, 13, 7),
        "manama-bank-withdrawals": (15, 10, 10),
        // (Aswan's findings 10 → 9 in session 12: the newsletter's "an unnamed directorate employee,
        // speaking to the same site, said more than 1,500" is now read, and its feddans-less figure
        // tips the vote to the 1,500 group, which the 350 side does not join.)
        "aswan-locust-swarms": (16, 12, 9),
        // The thirty-third and thirty-fourth, written blind later in session 10 and measured on
        // c2ddef9 before any change for them: a cross-border water dispute (180 vs 260 m³/s, 2.8 vs
        // "about 3" billion m³, a named denial with «كذّب») at (12, 10, 5), with one Arabic page's
        // body not found at all (an Apostrophe 3 site); a prison hunger strike (600 vs 38 strikers,
        // seven vs three taken to hospital, a denied death) at (14, 4, 3), every story fact right.
        "euphrates-water-dispute": (12, 10, 5),
        "roumieh-hunger-strike": (14, 4, 3),
        // Session 11's three, written blind and measured on 12fe03f before any change for them: a
        // capsized migrant pirogue (27 vs 41 dead, a named denial without a denial verb) at
        // (15, 10, 6); an airline grounding (11 vs nine aircraft, a denied smoke turn-back) at
        // (15, 7, 5); a leaked port lease ($1.5 bn vs $800 m, a minister's "fabricated") at
        // (14, 11, 8). Two relay-only newsletters were read as sourcing (`upstreamGaps`).
        "nouakchott-migrant-boat": (15, 9, 6),
        "doha-airline-grounding": (15, 7, 5),
        "tartus-port-lease": (14, 11, 8),
        // Session 11's second three, measured on 84c2177 before any change for them: a bank
        // robbery (1.2 million vs 850,000 dinars, a battalion’s named denial) at (14, 8, 4) (floor
        // (14, 7, 2): later rules of the session regrouped its lead and the hospital's statement;
        // "told the Herald from his bed at …" now names the outlet, not "the Herald from his bed") with a
        // Tunisian relay page read as sourcing; a date-palm blight (4,200 vs 11,000 trees) at
        // (14, 9, 8) with its copy's direction reversed (the copier's only date an HTTP
        // last-modified meta) and a Bear Blog digest read as sourcing; tap-water poisoning (146 vs
        // 230 cases) at (13, 11, 6) with every story fact right.
        // (Benghazi's sources 7 → 6 in session 14: "The father of three said the alarm …" is now the
        // guard named before, Faraj al-Ubaidi; «العبيدي» and "al-Ubaidi" do not meet by skeleton (the
        // «ع»), so his two tellings count as two origins.)
        "benghazi-bank-robbery": (14, 6, 2),
        "basra-date-palm-blight": (14, 9, 8),
        "irbid-water-contamination": (13, 11, 6),
        // Session 11's last three, measured on 9aac887 before any change for them: a fuel tanker
        // blast (14 vs 19 dead, a company's named denial) at (15, 13, 8); a gold seizure (47 vs 62
        // kg, a lawyer's denial in two languages) at (14, 8, 7); a camp eviction (480 vs 730 moved,
        // a ministry's denial on a radio) at (15, 9, 4). Two relay-only newsletters read as sourcing.
        // Sfax's floor is (15, 8, 3) since session 12: one count was right for a wrong reason (a uCoz
        // page's entry title, kept as body text, gave "وضابط" as a second source of the 480).
        "mukalla-fuel-tanker-blast": (15, 13, 8),
        // (Khartoum's sources 8 → 7 in session 13: the lawyer's «قطع … بأن موكله "لا صلة له"» is now
        // read as his statement, not the outlet's voice, and regroups the weight and ownership claims.)
        "khartoum-gold-smuggling": (14, 7, 7),
        "sfax-migrant-camp-eviction": (15, 8, 3),
        // Session 12's three, written blind and measured on 3158cea before any change for them: a
        // Jeddah flash flood (four vs seven dead, a municipality's named denial of the drainage
        // link) at (15, 7, 5) with its relay-only newsletter read as sourcing (right since the
        // participle-aside rules); a Tanger Med dock strike (3,200 vs 6,000 stranded, a ferry
        // operator's denial) at (15, 10, 6) with its PostNuke copy undated (so its copy not found) and
        // the first publisher read as relay-only (both right since the poster-line date); a rial
        // slump in Aden (2,870 vs 2,940 a dollar, a deputy governor's denial) at (14, 9, 4) with its
        // Quarto digest read as sourcing (`upstreamGaps`).
        "jeddah-flash-flood": (15, 7, 5),
        // (Tangier's floor (15, 10, 6) → (15, 9, 5) in session 14: the strikers' «ويطالب المضربون
        // بصرف المستحقات» is now their demand, not the outlet's voice, and joins the lorry-queue group.)
        "tangier-ferry-strike": (15, 9, 5),
        "aden-rial-slump": (14, 9, 4),
        // Session 12's second three, measured on b16cc91 before any change for them: bakeries shut in
        // Deir al-Balah (seven vs nine, a petroleum authority's named denial) at (15, 8, 6) with
        // every story fact right; a halted cholera vaccination in Hodeidah (312,000 vs 190,000
        // children, a ministry spokesman's contradiction) at (15, 10, 8) and a school bus crash near
        // Nizwa (23 vs 31 injured, four vs six in intensive care, a bus company's denial) at
        // (16, 8, 7), each with an undated copy (a mailed bulletin, an Invision Board post) read
        // as the original (right since the undated-copier rule and the board's post date).
        "gaza-bakery-fuel": (15, 8, 6),
        // (Hodeidah's sources 10 → 9 with the session's later ingest rules: its digest's outlet is now
        // named from the footer, not the domain, and the campaign's halt regroups without one page.)
        "hodeidah-cholera-vaccines": (15, 9, 8),
        "nizwa-bus-crash": (16, 8, 7),
        // Session 12's last three, measured on e4ee6ed before any change for them: a shrine crush
        // in Najaf (31 vs 18 dead, a council's named denial of a locked gate) at (14, 10, 8) (floor
        // (14, 9, 7): its forum copy's topic title, now its headline, no longer stands as a body
        // line, and the injured count regroups without that page) and a
        // tower fire in Sharjah (nine vs 14 injured, a developer's denial) at (16, 11, 9), every
        // story fact right (their forum and Coranto copies have no machine date: the undated-copier
        // rule placed them); a ferry capsizing near Alexandria (31 vs 27 rescued, an owner's denial)
        // at (14, 11, 6) with its relay-only digest read as sourcing and a page whose spokesman "gave
        // the Mediterranean Mail the same figures" read as relay-only (both right since; the
        // digest's own voice no longer counts, so two counts that were right by it are not: 11 → 9).
        "najaf-pilgrim-stampede": (14, 9, 7),
        "sharjah-tower-fire": (16, 11, 9),
        "alexandria-ferry-sinking": (14, 9, 6),
        // Session 13's blind stories, measured on c11e735 before any change for them: bread in Homs
        // (400 → 1,200 vs 1,000 lira, a ministry's named denial that bakeries will close) at
        // (15, 9, 7), and food poisoning at a Marrakech resort (47 vs 31 in hospital, the hotel
        // group's denial that its kitchen was the source) at (15, 10, 6); every story fact right.
        "homs-bread-subsidy": (15, 9, 7),
        "marrakech-hotel-poisoning": (15, 10, 6),
        // Cracks in the Duhok dam (30 m vs 12 m, the federal ministry's named denial), measured on
        // 0570861: (14, 9, 7), its relay-only Sphinx newsletter read as sourcing.
        "duhok-dam-cracks": (14, 9, 7),
        // A refinery strike near Zarqa (1,100 vs 450 strikers, the company's named denial that
        // deliveries stopped) at (15, 12, 10), every story fact right; Lebanese fishing boats seized
        // off Tyre (four vs three boats, a navy spokesman’s denial) at (12, 7, 7), measured on a689dc1,
        // with an own-sourced page («الذي تحدّثت إليه "جنوبيات"», «على ما أبلغنا قبلان») read as
        // relay-only (right since the Arabic told-itself words).
        // (Zarqa's floor (15, 12, 10) → (15, 11, 9) in session 14: «واحداً وعشرين يوماً» now reads
        // 21, not 20, and the two stock figures regroup.)
        "zarqa-refinery-strike": (15, 11, 9),
        "tyre-fishing-boats-seized": (12, 7, 7),
        // A dengue outbreak in Kassala (9 vs 23 dead, the federal ministry's named denial of a blood
        // shortage), measured on cd01251: (15, 8, 5), its copier read as own-sourced because it kept
        // the original's «الذي تحدّث إلينا» (right since: a copied sentence tells the copier nothing).
        "kassala-fever-outbreak": (15, 8, 5),
        // Session 13's last three, measured on 97f0269: a port warehouse fire in Misrata (64 vs more
        // than 120 containers, the port's named denial of chemicals) at (15, 12, 11), with an
        // own-sourced page read as relay-only (its «في حديث إلى "منارة ليبيا"» was looked for with the
        // quotation stripped; right since); cyclone floods around Salalah (six vs 11 missing, a power
        // company's denial of a substation fire) at (15, 12, 11); a checkpoint closed near Nablus
        // (3,400 vs more than 5,000 turned back, COGAT's denial) at (14, 10, 7); their other facts right.
        "misrata-port-fire": (15, 12, 11),
        "salalah-cyclone-flooding": (15, 12, 11),
        "nablus-checkpoint-closure": (14, 10, 7),
        // And three more, measured on be9cc15: a prison riot in Kut (11 vs 27 injured, three vs five
        // guards held, the ministry's denial of an escape) at (13, 9, 6) with two story facts wrong
        // (pinned in `upstreamGaps`); dead fish at Nouadhibou (12 vs about 30 km, a mining company's
        // denial) at (13, 8, 7); a school bus fire near Taif (9 vs 14 treated, the contractor's
        // denial) at (13, 8, 5).
        "kut-prison-riot": (13, 9, 6),
        "nouadhibou-fish-die-off": (13, 8, 7),
        "taif-school-bus-fire": (13, 8, 5),
        // Session 14's four, measured on 33feb93 before any change for them: a quarry wall collapse
        // near Agadir (six vs nine dead, the company's named denial of blasting) at (16, 12, 7);
        // phosphate railway blockades near Gafsa (45,000 vs more than 120,000 tonnes, the
        // governorate's denial of beatings) at (14, 9, 7); contaminated tap water in Ramadi (212 vs
        // more than 400 vs close to 300 hospitalised, the water director's denial of sewage) at
        // (16, 8, 6) with its relay-only digest read as sourcing (pinned in `upstreamGaps`); a
        // cyberattack on Sohar's container terminal (nine vs 31 hours, the operator's denial of a
        // data theft) at (15, 11, 5).
        "agadir-quarry-collapse": (16, 12, 7),
        "gafsa-phosphate-protest": (14, 9, 7),
        "ramadi-water-contamination": (16, 8, 6),
        // (Sohar's sources 11 → 10 later in session 14: «شريطة التكتّم على هويته» now withholds the
        // agent's name, and the copier's line is his, not its own voice, which had made the
        // outage-hours group count two origins by luck.)
        "sohar-port-cyberattack": (15, 10, 5),
        // Session 14's second four, measured on fd699bb before any change for them: an oilfield
        // sit-in near Basra (1,200 vs about 300 protesters, the company's named denial of a
        // production fall) at (13, 10, 8); a bakery gas blast in Irbid (three vs four dead, the
        // supplier's denial of an illegal refill) at (15, 14, 9) with its relay-only newsletter
        // read as sourcing; a tug collision in the Suez Canal (four vs nine hours, the ship
        // manager's denial of an engine failure) at (14, 10, 6) with an own-sourced Wayback capture
        // read as relay-only (its employee "تحدّث إلى القنال دون أن يأذن بذكر اسمه" was not read;
        // right since); militia clashes in Tripoli (nine vs 14 dead, an armed group's denial of
        // shelling a school) at (16, 10, 9).
        // (Basra-oil (13, 10, 8) → (13, 9, 7) in session 15: «وكانت وزارة النفط قد وجّهت، في بيان
        // أوردته وكالة الأنباء العراقية، بتشكيل لجنة» now joins the English ministry claim it
        // translates, and is read as the copier's own voice: a non-speech verb with «في بيان» is
        // not yet a statement.)
        "basra-oil-worker-protest": (13, 8, 7),
        "irbid-bakery-gas-blast": (15, 14, 9),
        "suez-canal-tug-collision": (14, 10, 6),
        "tripoli-libya-militia-clashes": (16, 10, 9),
        // Session 15's four, measured on 070ec62 before any change for them: a night fire in a
        // refugee camp near Mafraq (23 vs 31 caravans burned, the camp director's denial of dry
        // hydrants) at (14, 11, 9); temporary layoffs at a steel complex near Annaba (1,200 vs
        // 2,100 workers, the ministry's denial of a sale) at (14, 12, 8); a warehouse blast in Port
        // Sudan (23 vs 31 dead, a customs colonel's denial that fertiliser was stored) at (15, 13,
        // 9); a crypto fraud ring in Dubai (AED 96m vs 180m lost, a lawyer's denial for his client)
        // at (14, 9, 7). All four relay-only pages (a Discourse roundup, a Micro.blog digest, a
        // Sculpin newsletter, a Discourse forum post) were read as sourcing, and annaba's English
        // business daily as relay-only; all but the Dubai forum post right since (a sentence naming
        // another outlet of the story passes on what it carries; "in a phone interview with <the
        // outlet>" is the outlet's own sourcing). Port Sudan's sources 13 → 11 after: its two toll
        // and blast groups regrouped once "Brig. Gen." stopped ending the army spokesman's sentence
        // and "Tuesday night's blast" stopped being a speaker's cue (both right for the wrong
        // reason before: a customs denial in the toll group).
        "mafraq-refugee-camp-fire": (14, 11, 9),
        "annaba-steel-plant-layoffs": (14, 12, 8),
        "port-sudan-warehouse-blast": (15, 11, 9),
        "dubai-crypto-fraud-arrests": (14, 9, 7),
        // Session 15's second four, measured on 7e73af6 before any change for them: a fire at the
        // Fallujah grain silo (1,200 vs nearly 4,000 tonnes lost, the civil defence's denial of a
        // late arrival) at (16, 10, 7); drownings on beaches near Sousse (five vs four dead, 11 vs
        // six empty lifeguard posts, the municipality's denial of a budget cut) at (15, 8, 4); an
        // aid convoy held at a crossing into Idlib (four vs two days, a crossings official's denial
        // of a transit fee) at (15, 12, 7); a Riyadh contractor's work stoppage (SAR 412m vs 270m
        // overdue, the roads authority's denial of late payment) at (14, 8, 5), its copy direction
        // reversed (the copier's poster line «11:50 م<br>from the … dept.» lost its p.m.) and its
        // relay-only Metalsmith newsletter read as sourcing ("Not a gap worth arguing over" was a
        // claim): both right since.
        "fallujah-grain-silo-fire": (16, 10, 7),
        "sousse-beach-drownings": (15, 8, 4),
        "idlib-aid-convoy-blocked": (15, 12, 7),
        "riyadh-contractor-payment-dispute": (14, 8, 5),
        // Session 15's third four, measured on ff70049 before any change for them: a Mosul bridge
        // closed over cracked piers (45 vs 120 days, the contractor's denial of substandard
        // concrete) at (15, 9, 5); water cuts in Hebron (nine vs four days, the water authority's
        // denial of diverting supply) at (13, 10, 8); forest fires near Tlemcen (1,200 vs 2,750 ha,
        // the wali's denial of late water bombers) at (14, 11, 9), its own-sourced Nibbleblog page
        // read as relay-only (the wali's denial at a «ندوة صحفية» and a Red Crescent statement
        // «تلقّى "الوهراني" نسخة منه» were not read; right since, with the wali, «بن» in names and
        // the "held" aside); a restaurant poisoning in Salmiya (47 vs more than 70 patients, the
        // owner's denial of expired meat) at (14, 12, 8) with its relay-only Blot newsletter read
        // as sourcing (pinned). Tlemcen's (11, 9) → (9, 8) after: the agronomist's «قدّرتها
        // الباحثة …» (a verb with its object pronoun before the subject) is still not read and now
        // takes the Red Crescent, read since, as its speaker; the wali's denial, read since, takes
        // the fires' group to itself and the civil protection's statement.
        "mosul-bridge-closure": (15, 9, 5),
        "hebron-water-cuts": (13, 10, 8),
        "tlemcen-forest-fires": (14, 9, 8),
        "salmiya-restaurant-poisoning": (14, 12, 8),
        // Session 16's four, measured on 37579a2 before any change for them: an ammonia leak in
        // Gabes (nine vs 23 kept overnight, the plant director's denial of a tank leak) at
        // (15, 9, 7); a stage scaffold collapse at the Jerash festival (7 vs 4 vs 9 injured, the
        // contractor's denial of overloading) at (14, 11, 7) with its relay-only Google Docs brief
        // read as sourcing; a dam release flooding farmland near Kenitra (more than 3,000 vs 1,200
        // ha, the basin agency's denial of no warning) at (8, 8, 8), its Stencil page's
        // `<ad-paragraph>` body not extracted at all; a crane collapse at a wind farm near Tabuk
        // (3 vs 4 dead, the subcontractor's denial of ignored wind limits) at (14, 8, 7) with its
        // relay-only VuePress newsletter read as sourcing and an own-sourced trade wire read as
        // relay-only (the newsletter is read right since "the engineer who spoke to Tabuk Al-An"
        // and "according to the wire" are read as relayed).
        // Kenitra's (8, 8, 8) → (14, 8, 6) once the Stencil page's body is read: its claims are
        // there to match now, and two of its statements (Sebou Express's "about forty" via a local
        // official, the province's 38 families) regroup. Session 16's English relative clauses
        // (", who said …", ", citing a local official") read four statements right whose speakers
        // the matcher does not yet know as one (Salalah's "Eng. Salim al-Kathiri, the company's
        // director of operations, who added …" and Nama Dhofar were, until a named official placed
        // in "the company" spoke for the company last named: its floor is back); Nouakchott's
        // "according to Ould Bouh, who added …" and «المسؤول ذاته» 10 → 9; Basra's "the head of
        // the oil workers' union in the province" and its named president 9 → 8; Rabat's "Black
        // Box Maroc, which claimed …" and «بلاك بوكس ماروك» 14 → 13.
        "gabes-ammonia-leak": (15, 9, 7),
        "jerash-festival-stage-collapse": (14, 11, 7),
        "kenitra-dam-release-flooding": (14, 8, 6),
        "tabuk-wind-farm-accident": (14, 8, 7),
        // Session 16's second four, measured before any change for them (on dfbd765 with the
        // digest rules that followed it): a shooting in a Sanaa petrol queue (three vs five dead,
        // the owner's brother's denial that the guards fired first) at (16, 10, 7), its copier's
        // day-only date putting it first (copy direction reversed, the copier not read as adding
        // nothing); a flooded Alexandria metro shaft (14 vs 11 vs 17 trapped, the contractor's
        // denial of broken pumps) at (14, 9, 7) with its relay-only Constant Contact newsletter
        // read as sourcing; a strike at a Nouakchott power plant (420 vs 180 strikers, four vs
        // nine hours of cuts, the ministry's denial of a grid near collapse) at (15, 9, 7); a
        // tanker fire at a Duqm shipyard (five vs seven injured, the ship manager's denial of
        // skipped hot-work permits) at (13, 8, 4).
        "sanaa-fuel-queue-shooting": (16, 10, 7),
        "alexandria-metro-tunnel-flooding": (14, 9, 7),
        "nouakchott-power-plant-strike": (15, 9, 7),
        "duqm-shipyard-fire": (13, 8, 4),
    ]

    @Test(arguments: stories)
    func claimScorecard(_ story: URL) async throws {
        let truth = try CorpusTruth.load(story)
        let card = StoryScorecard(truth: truth, report: await Self.report(story))
        let results = card.claims
        print("[\(truth.story)]\n" + results.map { "  " + $0.line }.joined(separator: "\n"))
        let floor = Self.floors[truth.story] ?? (0, 0, 0)
        #expect(results.filter { $0.missing.isEmpty }.count >= floor.anchors)
        #expect(results.filter(\.sourcesMatch).count >= floor.sources)
        #expect(results.filter(\.findingsMatch).count >= floor.findings)
    }

    /// Two outlets' figures for one count ("The official put the crew at 23." / "there were 25
    /// seafarers on board") end up in one group flagged number-conflict, and the Arabic relay of the
    /// official's lead sentence in the group of the English original.
    @Test func houthiCrewCountAndRelayedLead() async throws {
        let story = try #require(Self.stories.first { $0.lastPathComponent == "houthi-tanker-strike" })
        let report = await Self.report(story)
        func cluster(containing text: String) -> Cluster? {
            guard let claim = report.claims.first(where: { $0.content.contains(text) }) else { return nil }
            return report.clusters.first { $0.claims.contains(claim.id) }
        }
        let crew = try #require(cluster(containing: "the crew at 23"))
        #expect(crew.id == cluster(containing: "there were 25 seafarers on board")?.id)
        #expect(crew.findings.contains(.numberConflict))
        let lead = try #require(cluster(containing: "A Houthi drone and an anti-ship ballistic missile struck"))
        #expect(lead.id == cluster(containing: "طائرة مسيّرة وصاروخاً باليستياً")?.id)
        // The paper's own sentence, though it mentions what the Houthis announced, and its Arabic
        // relay ("according to the paper") are one unattributed claim.
        let first = try #require(cluster(containing: "is the first merchant ship to be hit"))
        // Known issue: since "Thalassa has denied that a fire broke out on the Kallisto Star, and
        // said all 25 crew members were safe" is two statements, the denial alone shares more with
        // this sentence (the ship's name) than with the lead that set the engine room on fire,
        // and is attached here.
        withKnownIssue("a short denial attached by the ship's name", isIntermittent: true) {
            #expect(first.findings.contains(.unattributed), "\(first.findings)")
        }
        #expect(first.id == cluster(containing: "هي أول سفينة تجارية")?.id)
    }

    /// Session 11's frames on the pages that prompted them: who a statement is credited to, and
    /// through which outlet.
    /// The claim of `page` whose content holds `text`: its source's name and kind, and the relays.
    static func claim(_ story: String, _ page: String, containing text: String) async throws -> (name: String, kind: Source.Kind, via: [String]) {
        let report = await Self.report(try #require(Self.stories.first { $0.lastPathComponent == story }))
        let names = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.id, $0) })
        let document = try #require(report.documents.first { $0.article.input.hasSuffix("/" + page) })
        let c = try #require(report.claims.first { $0.document == document.id && $0.content.contains(text) }, "\(story)/\(page): \(text)")
        let source = try #require(names[c.source])
        return (source.name, source.kind, c.via.compactMap { names[$0]?.name })
    }

    /// Session 14's rules on the pages that prompted them.
    @Test func session14FramesOnTheirPages() async throws {
        // «وجاء في بيان لوزارة التربية والتعليم … أنها شكّلت لجنة»: the statement keeps its issuer.
        #expect(try await Self.claim("nizwa-bus-crash", "alghafa-ar.html", containing: "لجنة للتحقيق").name == "بيان لوزارة التربية والتعليم")
        // «وأورد بلاغ صادر عن عمالة إنزكان أيت ملول أن»
        #expect(try await Self.claim("agadir-quarry-collapse", "souspresse-ar.html", containing: "وقع في حدود الساعة").name
            == "بلاغ صادر عن عمالة إنزكان أيت ملول")
        // «ويطالب المضربون بصرف المستحقات»: a demand is its speakers' statement.
        #expect(try await Self.claim("tangier-ferry-strike", "bughaznews-ar.html", containing: "بصرف المستحقات").name == "المضربون")
        // «وأوضح الطراونة» after «رئيس النقابة العامة للعاملين، ماجد الطراونة»: the same person.
        #expect(try await Self.claim("sahab-factory-fire", "almaydan-ar.html", containing: "خمس جثث").name.contains("ماجد الطراونة"))
        // "The father of three said" after "Faraj al-Ubaidi, 34": the guard.
        let father = try await Self.claim("benghazi-bank-robbery", "cyrenaicaherald-en.html", containing: "alarm had been out of order")
        #expect(father.name.hasPrefix("Faraj al-Ubaidi") && father.kind == .person)
        // «موظف في مركز مراقبة …، تحدّث إلى "القنال" دون أن يأذن بذكر اسمه، روى أن»
        #expect(try await Self.claim("suez-canal-tug-collision", "qanaltv-ar.html", containing: "سُحبت إلى المخطاف").kind == .anonymous)
    }

    /// Session 15's rules on the pages that prompted them.
    @Test func session15FramesOnTheirPages() async throws {
        // «أحد الإطارات المسيّرة في "أسيست"، الذي قال لنا، مشترطاً التكتّم على هويته، إن»
        #expect(try await Self.claim("annaba-steel-plant-layoffs", "annabaecho-ar.html", containing: "التسريح المؤقت تمهيد").kind == .anonymous)
        // «وأسرّ مصدر من السلطة المحلية بإنزكان، فضّل التحفظ على هويته …، لـ"جهات 24" بأن» (told the
        // page's own outlet: no relay).
        let confided = try await Self.claim("agadir-quarry-collapse", "jihat24-ar.html", containing: "رخصة استغلال المقلع")
        #expect(confided.name == "مصدر" && confided.kind == .anonymous && confided.via.isEmpty)
        // «فنّد والي تلمسان عبد الحكيم بن منصور، في ندوة صحفية عقدها بسبدو …، أن»
        #expect(try await Self.claim("tlemcen-forest-fires", "alwahrani-ar.html", containing: "قد تأخرت في الوصول").name
            == "والي تلمسان عبد الحكيم بن منصور")
        // «أعلن الهلال الأحمر الجزائري في بيان تلقّى "الوهراني" نسخة منه أن»: the Red Crescent's,
        // given to the page's own outlet.
        let copy = try await Self.claim("tlemcen-forest-fires", "alwahrani-ar.html", containing: "بمتوسطة سبدو")
        #expect(copy.name == "الهلال الأحمر" && copy.kind == .organization && copy.via.isEmpty)
        // "…, Brig. Gen. Nabil Abdel-Rahim, the army's spokesman, told The Sudan Monitor"
        #expect(try await Self.claim("port-sudan-warehouse-blast", "sudanmonitor-en.html", containing: "Thirty-one people died").name
            .hasPrefix("Brig. Gen. Nabil Abdel-Rahim"))
    }

    /// Session 16's English rules on the Corpora pages that prompted them.
    @Test func session16FramesOnTheirPages() async throws {
        // "Sebou Express, the regional news site …, had put the number … at about forty, citing a
        // local official": the official, through the outlet.
        let forty = try await Self.claim("kenitra-dam-release-flooding", "atlasdispatch-en.html", containing: "at about forty")
        #expect(forty.kind == .anonymous && forty.via.first?.hasPrefix("Sebou Express") == true)
        // "… heard from Lahcen Bouzid, a farmer in the district, who said …"
        #expect(try await Self.claim("kenitra-dam-release-flooding", "atlasdispatch-en.html", containing: "under the beds").name
            == "Lahcen Bouzid, a farmer in the district")
        // "1,200 hectares according to the agency's director, as told to The Morocco Ledger; more
        // than 3,000 according to the local official who spoke to Sebou Express"
        let director = try await Self.claim("kenitra-dam-release-flooding", "watershedletter-en.html", containing: "Flooded area: 1,200 hectares")
        #expect(director.name == "the agency’s director" && director.via == ["The Morocco Ledger"])
        // "according to the site engineer who spoke to Tabuk Al-An"; "The same engineer says …".
        let engineer = try await Self.claim("tabuk-wind-farm-accident", "wattgulf-en.html", containing: "crews were racing")
        #expect(engineer.kind == .anonymous && engineer.via == ["Tabuk Al-An"])
        // "A post on X by an account calling itself Black Box Maroc, which claimed … that Lamrani had
        // fainted …, had by then been shared": the claim ends before the main clause resumes.
        let post = try await Self.claim("rabat-minister-rumour", "bouregregpost-en.html", containing: "had fainted")
        #expect(post.name == "Black Box Maroc")
    }

    @Test func session11FramesOnTheirPages() async throws {
        func claim(_ story: String, _ page: String, containing text: String) async throws -> (name: String, kind: Source.Kind, via: [String]) {
            try await Self.claim(story, page, containing: text)
        }
        // «وفق ما أبلغه لـ"الخور اليوم" مهندسٌ»: the site's lead is its unnamed engineer's.
        let lead = try await claim("doha-airline-grounding", "alkhortoday-ar.html", containing: "أوقفت شركة طيران الفنار 11 طائرة")
        #expect(lead.kind == .anonymous)
        // «خفّضت الشركة الرقم …، إذ أشارت إلى أنها»: the company, not the engineer of the paragraph before.
        #expect(try await claim("doha-airline-grounding", "alkhortoday-ar.html", containing: "سحبت تسع طائرات").name == "الشركة")
        // "was first reported … by X, which was told by Y that …"
        let passive = try await claim("doha-airline-grounding", "cornichetimes-en.html", containing: "11 aircraft had been withdrawn")
        #expect(passive.kind == .anonymous)
        #expect(passive.via == ["Al Khor Today"])
        // «على ما أفاد به "الديرة اليوم" مهندسٌ يعمل في المحطة», and "… which had Y describing …".
        #expect(try await claim("kuwait-grid-blackout", "aldeeratoday-ar.html", containing: "خرجت ثلاث وحدات توليد").kind == .anonymous)
        #expect(try await claim("kuwait-grid-blackout", "gridnotes-en.html", containing: "three units tripping").via == ["Al-Deera Today"])
        // «نسب موقع "بوابة برقة" الليبي إلى مصدر أمني رفيع لم يكشف عن هويته أن»
        let attributed = try await claim("benghazi-bank-robbery", "asdaacarthage-ar.html", containing: "تقف وراء العملية")
        #expect(attributed.kind == .anonymous)
        #expect(attributed.via.count == 1)
        // "according to Mauritania's coast guard as quoted by Sahel Atlantic Wire": a body, relayed.
        let guardClaim = try await claim("nouakchott-migrant-boat", "migrationdesk-en.html", containing: "Another pirogue has gone down")
        #expect(guardClaim.kind == .organization)
        #expect(guardClaim.via == ["Sahel Atlantic Wire"])
        // "X quotes Y, Name, as saying"; "South Arabia Wire's residents describe".
        #expect(try await claim("khartoum-gold-smuggling", "hornbrief-en.html", containing: "no export form").via == ["The Courier"])
        #expect(try await claim("mukalla-fuel-tanker-blast", "redseabrief-en.html", containing: "jerrycan sales").via == ["South Arabia Wire"])
    }

    /// Origin rules of session 7 on the stories that prompted them: a source that denies a claim
    /// adds no origin through its own negated quote (amman: the police spokesman's "Our forces did
    /// not fire a single rubber bullet"), and a spokesperson speaks for the organisation the same
    /// article quotes (yemen: "The ministry spokesman told reporters" beside the ministry).
    @Test func deniersAndSpokespeopleAddNoOrigin() async throws {
        func cluster(_ story: String, containing text: String) async throws -> (Cluster, Report) {
            try await Self.cluster(story, containing: text)
        }
        let (bullets, amman) = try await cluster("amman-fuel-protests", containing: "Our forces did not fire a single rubber bullet")
        #expect(bullets.independentSources == 1)
        #expect(bullets.findings.contains(.contested))
        let names = bullets.rootSources.compactMap { id in amman.sources.first { $0.id == id }?.name }
        #expect(!names.contains { $0.contains("Sartawi") })
        let (vaccination, _) = try await cluster("yemen-cholera-outbreak", containing: "vaccination campaign targeting 350,000")
        #expect(vaccination.independentSources == 1)
    }

    /// Origin rules of session 9: "The mayor says warnings went out" is the mayor named elsewhere
    /// in the story, "MSF" is Médecins Sans Frontières, an organisation is one origin whatever its
    /// appositive says, and an article's own voice restating its own source adds no origin.
    @Test func rolesAndAcronymsAddNoOrigin() async throws {
        func cluster(_ story: String, containing text: String) async throws -> (Cluster, Report) {
            try await Self.cluster(story, containing: text)
        }
        let (toll, yemen) = try await cluster("yemen-cholera-outbreak", containing: "at least 38 people have died")
        let names = toll.rootSources.compactMap { id in yemen.sources.first { $0.id == id }?.name }
        #expect(!(names.contains("MSF") && names.contains { $0.contains("Frontières") }), "\(names)")
        let (force, _) = try await cluster("amman-fuel-protests", containing: "excessive force")
        #expect(force.independentSources == 1)
        // "The manufacturer, Halvorsen Pharma" and "Halvorsen Pharma, the Danish company …".
        let (batches, _) = try await cluster("beirut-medicine-recall", containing: "the batch numbers belong to an expired 2024 batch")
        #expect(batches.independentSources == 1)
        // Sawt Tobruk's own lead ("61 bodies recovered") above its Red Crescent spokesman's quote
        // restates the spokesman: the toll has two origins, the Red Crescent and the IOM.
        let (shipwreck, tobruk) = try await cluster("tobruk-shipwreck", containing: "At least 48 migrants died")
        #expect(shipwreck.independentSources == 2)
        #expect(!shipwreck.rootSources.contains { id in tobruk.sources.first { $0.id == id }?.kind == .outlet })
    }

    /// An article that adds no sourcing of its own restates in its own voice what it passes on:
    /// The Touchline Dispatch's "Al-Hadaf Press broke the story, quoting an unnamed judicial police
    /// investigator who said prosecutors … were looking into fixed Botola Pro matches" is no origin
    /// beside the investigator it relays.
    @Test func relayOnlyArticlesOwnVoiceAddsNoOrigin() async throws {
        let (probe, casablanca) = try await Self.cluster("casablanca-match-fixing", containing: "Al-Hadaf Press broke the story")
        let names = probe.rootSources.compactMap { id in casablanca.sources.first { $0.id == id }?.name }
        #expect(!names.contains("The Touchline Dispatch"), "\(names)")
        #expect(casablanca.story.noOwnSourcing.contains { id in
            casablanca.documents.first { $0.id == id }?.article.input.hasSuffix("touchlinedispatch-en.html") == true
        })
    }

    /// «وذكّر البيان بأن نظام حماية الودائع …»: "the statement" is the central bank named above it,
    /// the one origin that "The Central Bank of Bahrain … reminded savers" has in English.
    @Test func theStatementIsItsIssuerAcrossScripts() async throws {
        let (deposits, _) = try await Self.cluster("manama-bank-withdrawals", containing: "نظام حماية الودائع")
        #expect(deposits.independentSources == 1)
    }

    /// A relay digest may hold one line the story does not otherwise carry ("Divers say the oil
    /// is already there"), but not one quoting a source it keeps anonymous: that source spoke to
    /// the outlet. The aqaba newsletter, with that line rewritten so, adds sourcing of its own.
    @Test func digestLineFromAnUnnamedSourceIsOwnSourcing() async throws {
        let story = try #require(Self.stories.first { $0.lastPathComponent == "aqaba-oil-spill" })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: story, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("redseabrief-en.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        let line = "Divers say the oil is already there."
        #expect(html.contains(line))
        try html.replacingOccurrences(of: line, with: "A diver, who asked not to be named, said the oil is already there.")
            .write(to: page, atomically: true, encoding: .utf8)
        let (report, _) = await Pipeline.report([folder.path])
        let brief = try #require(report.documents.first { $0.article.input.hasSuffix("redseabrief-en.html") })
        #expect(!report.story.noOwnSourcing.contains(brief.id))
    }

    @Test(arguments: stories)
    func goldenReport(_ story: URL) async throws {
        let json = Pipeline.render(await Self.report(story), as: .json)
        let outcome = Golden.check(json, against: story.appendingPathComponent("expected/report.json"))
        #expect(outcome == .matches || outcome == .recorded, "\(outcome)")
    }
}
