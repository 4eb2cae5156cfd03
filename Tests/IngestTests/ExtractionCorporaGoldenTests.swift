import CorroborateModel
import Foundation
import Testing
import TestSupport
@testable import Ingest

/// Every Corpora page with a hand-written `expected/<page>.article.json` must ingest to exactly
/// those fields: headline, outlet, authors, published, language, canonical URL, paragraphs
/// (kind and text) and body links.
@Suite struct ExtractionCorporaGoldenTests {
    struct Expected: Decodable {
        var headline: String?
        var outlet: String?
        var authors: [String]
        var published: String?
        var language: String?
        var canonicalURL: String?
        var paragraphs: [Paragraph]
        var links: [Link]?
    }

    static let cases: [String] = {
        let corpora = SharedData.repo("Corpora")
        let fm = FileManager.default
        var out: [String] = []
        for story in (try? fm.contentsOfDirectory(atPath: corpora.path)) ?? [] {
            let expected = corpora.appendingPathComponent(story).appendingPathComponent("expected")
            for file in (try? fm.contentsOfDirectory(atPath: expected.path)) ?? [] where file.hasSuffix(".article.json") {
                out.append(story + "/" + file.replacingOccurrences(of: ".article.json", with: ""))
            }
        }
        return out.sorted()
    }()

    @Test func corporaHaveExpectations() {
        #expect(Self.cases.count >= 10, "Corpora/*/expected/*.article.json not found")
    }

    static func instant(_ iso: String?) -> Date? {
        guard let iso else { return nil }
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: iso)
    }

    /// Pages of the blind stories written in session 8 whose first ingest run differs from the
    /// hand-written expectation (measured on 3a1bf6d), until fixed.
    static let knownGaps: [String: String] = [
        // Session 15's blind pages (the other sixty-three of seventy-two right, after this session's
        // newsletter-box, caption-class, poster-line, footer-copyright, UTC-difference, basic-ISO
        // and reader-funding rules).
        "annaba-steel-plant-layoffs/seybousenews-ar.html":
            "a phpwcms page whose guestbook («تعليقات الزوار», names, dates, texts) and date line share the article's cell: kept",
        "hebron-water-cuts/reliefwire-en.html":
            "an Anchor CMS page whose og:title is the site's name and whose byline sits in a footnote after the body",
        "hebron-water-cuts/sadaljabal-ar.html":
            "a NetCat page: a zone-less DC.date.created read as UTC, and its rating line «قيّم الخبر: (12 صوتاً)» kept",
        "salmiya-restaurant-poisoning/kuwaitcompass-en.html":
            "an Adobe Muse export with no date or author markup: only a visible '7:05 PM' and a byline text box",
        "tlemcen-forest-fires/atlasobserver-en.html":
            "an Anchor CMS page whose author appears only in the 'Filed under … by' footnote",
        "gabes-ammonia-leak/aljanoubinfo-ar.html":
            "a Lasso table page whose only date is a zone-less `date` meta (Tunis time, +01:00), with no zone anywhere on the page",
        "jerash-festival-stage-collapse/levantculturebrief-en.html":
            "a Google Docs 'Publish to the web' newsletter: its title paragraph and issue line kept as text, the lead item's heading not taken for the headline, the issue line's date not read",
        "alexandria-metro-tunnel-flooding/tunneltransit-en.html":
            "a Constant Contact campaign archive: its bold-span issue title is not marked a heading, the 'Edited by' credit in its header row is not read as the byline",
        "duqm-shipyard-fire/gulfmaritimereview-en.html":
            "a Scully export whose standfirst, inside <article> but outside the body, is kept as text",
        "sanaa-fuel-queue-shooting/fuelwatch-en.html":
            "a Sendy campaign web version: outlet, byline and date only in the issue line",
        "sanaa-fuel-queue-shooting/sadaazal-ar.html":
            "a Coranto page whose poster line gives the time but no zone (Sanaa, +03:00); the time is read, UTC assumed",
        "tlemcen-forest-fires/firewatch-en.html":
            "a LiveJournal community entry: og:site_name 'LiveJournal' taken for the outlet, 'n_bouzid wrote in maghreb_fires' for the author",
        "sousse-beach-drownings/medtraveldesk-en.html":
            "a Notion page published with Super: its properties table (Author, Date, Tags) and closing disclaimer are kept as text, its author not read",
        "sousse-beach-drownings/sahelexpress-ar.html":
            "a Google Sites page: the site-and-page title taken for the headline, the host for the outlet, no date (only «12 جويلية 2026 على الساعة 22:10» in the text)",
        "dubai-crypto-fraud-arrests/gulffintechwatch-en.html":
            "a Discourse post whose JSON-LD and span.fn give the username (hkareem), not the display name (Hassan Kareem)",
        // Session 14's blind pages (the other twenty-three right, after this session's byline and zone rules).
        "basra-oil-worker-protest/basraenergynotes-en.html":
            "a PivotX newsletter whose opening paragraph sits alone in div.introduction, apart from div.body: left out",
        "basra-oil-worker-protest/shattalarabpress-ar.html":
            "a LifeType copy dated only in its meta line after a category link («اقتصاد - 24/02/2026 06:10 م»): no date found",
        "irbid-bakery-gas-blast/alhadathjo-ar.html":
            "a Pagekit page whose JSON-LD date «16.12.2026 10:00» has no zone and the page states none (+03:00 is the expected file's reading)",
        "sohar-port-cyberattack/batinahledger-en.html":
            "an Angular Universal page whose standfirst, date line and hero caption sit in <article> above the story-body <div>: taken as body",
        // Session 13's blind pages (the other sixteen, and the RFC 2822 date of a Microweber page, are right).
        "duhok-dam-cracks/zagrosledger-en.html": "a Zenario page whose og:title is a shortened headline: the <h1> is the article's",
        "tyre-fishing-boats-seized/naqouranews-ar.html": "a Seditio copy whose only date (its poster line) has no zone (+03:00 is the expected file's reading)",
        "zarqa-refinery-strike/anbaaruseifa-ar.html": "a Cotonti copy whose only date, <meta name=\"date\" content=\"12.04.2026 22:05\">, is dotted and zone-less",
        "kassala-fever-outbreak/obwea-en.html":
            "a Mailman 2.1 Pipermail archive: subject, sender and date lines are taken as body and the one <PRE> as one block (headline, list name, author and date missed)",
        "kassala-fever-outbreak/redseamonitor-en.html": "a Plone 6 Volto page whose standfirst (documentDescription) and lead-image caption are kept as body",
        "kassala-fever-outbreak/nabdalsharq-ar.html": "an ImpressPages in-body image caption (a widget's figcaption) is dropped",
        "nablus-checkpoint-closure/crossingsbrief-en.html": "a Jigsaw newsletter whose writer is named only in a visible line (\"Nadia Farraj • date\") with no byline markup",
        "kut-prison-riot/sawtalkut-ar.html": "a Joomla 2.5 article-info label («التفاصيل», a <dt>) kept as body",
        "nouadhibou-fish-die-off/asdaachamal-ar.html":
            "an SMF TinyPortal copy: poster line and rating line kept, the admin's poster name as author, the outlet only in a logo alt and footer",
        "taif-school-bus-fire/shafanet-ar.html": "a PHP-Fusion copy dated only by its visible poster line, its zone only in the footer",
        "marrakech-hotel-poisoning/sawtalhaouz-ar.html":
            "a windows-1256 details line «صوت الحوز: محمد أيت بوكرن | date | reads» whose author after the outlet's name is not read",
        "algiers-diplomat-expulsion/numidiapost-en.html":
            "a Contao news item's teaser (p.teaser) and lead-image caption, between the title and the first text element, are kept as body",
        "hajj-heat-deaths/alfareej-ar.html": "a Mambo page whose only date has no zone and states no city time (+03:00 is the expected file's reading of the context)",
        "euphrates-water-dispute/minbaraljazira-ar.html": "an Apostrophe 3 page whose body is not found at all",
        "euphrates-water-dispute/tworiversbrief-en.html": "a Mailchimp campaign archive: headline, outlet, author and date missed, the <h1> and a subscribe line kept",
        "roumieh-hunger-strike/cedarnotebook-en.html": "a TypePad entry: 'Posted by' footer author and abbr.published date missed",
        "manama-bank-withdrawals/danateco-ar.html": "a Serendipity entry dated by a day heading; its time is in the footer («عند 13:05»), its zone nowhere",
        "nouakchott-migrant-boat/chamalnet-ar.html": "a Nucleus item dated by a day heading («الثلاثاء, 10 فبراير 2026») and a time in its info line",
        "nouakchott-migrant-boat/capblancchronicle-en.html":
            "an Odoo blog post: og:title drops the <h1>'s quotation marks; the author only in a styled span beside an avatar",
        "khartoum-gold-smuggling/arousalbahr-ar.html": "a Simple Machines Forum 1.1 topic: the forum's outlet, the poster and the post's zone-less date missed",
        "khartoum-gold-smuggling/nilefiles-en.html": "a Shorthand story: the standfirst and a background photo caption outside the body are kept",
        "khartoum-gold-smuggling/sharqportal-ar.html": "a Weebly page dated by day only, read at UTC midnight (+02:00 expected); a photo caption",
        "sfax-migrant-camp-eviction/kerkennahfm-ar.html":
            "a Weebly page dated in a body line («نُشر يوم … على الساعة 17:20») with no zone (+01:00 expected)",
        "basra-date-palm-blight/palmpestnotes-en.html": "a Bear Blog post whose byline is only 'by Rana Mirza' inside the italic date line",
        "irbid-water-contamination/jowikinews-en.html":
            "a MediaWiki page whose map caption, floated at the top of the text, is dropped as a lead photo's",
        // Session 12's blind pages (first run on 3158cea: 160/163 paragraphs, 12 of 108 metadata
        // fields wrong; the forum and PostNuke rules of the session fixed five of them).
        "aden-rial-slump/alburaiqatv-ar.html":
            "a Joomla 1.5 page: the channel's name, the <base href> as canonical URL and the createdate's zone (+03:00) missed; a video box's title kept",
        "aden-rial-slump/craterpost-en.html": "a Kentico chart caption inside the body is dropped",
        "aden-rial-slump/rialwatch-en.html": "a Quarto post: the subscribe callout and the Citation/BibTeX appendix are kept",
        "aden-rial-slump/sheikhothman-ar.html": "a MyBB thread: the board's name and the post date's zone (+03:00) missed",
        "jeddah-flash-flood/shorofatalbalad-ar.html": "a phpBB 2 topic: the poster (span.name) and the post date's zone (+03:00) missed",
        "tangier-ferry-strike/chamalpress-ar.html":
            "a PostNuke page: a marquee ticker and the who's-online box kept; the poster line's date has no zone (+01:00)",
        "tangier-ferry-strike/madiq24-ar.html": "an AngularJS snapshot whose JSON-LD date has no zone (+01:00 expected)",
        // Session 12's second three (first run on b16cc91: 152/152 paragraphs, 11 extra, 12 of 108
        // metadata fields wrong; the board, copyright, avatar, dcterms and subscribe-box rules of the
        // session fixed seven fields and four extra lines).
        "gaza-bakery-fuel/nabdgaza-ar.html": "a classic ASP page whose only date (Publish-Date) has no zone (+02:00 expected)",
        "hodeidah-cholera-vaccines/hodeidahbulletin-ar.html":
            "an Outlook-saved e-mail bulletin: its header, masthead, contents line and other items kept; the subject taken as headline",
        "hodeidah-cholera-vaccines/redseachronicle-en.html": "a Percussion page dated by a day-only dcterms:created (08:00 +03:00 expected)",
        "hodeidah-cholera-vaccines/sadatihama-ar.html": "a shortened og:title taken over the <h1>",
        "hodeidah-cholera-vaccines/tihama24-ar.html": "a Telegraph page: the channel's name («تهامة 24») missed",
        "hodeidah-cholera-vaccines/yemenhealthwatch-en.html": "an MkDocs digest's closing colophon kept",
        // Session 12's last three (first run on e4ee6ed: 141/141 paragraphs, 15 extra, 14 of 108
        // metadata fields wrong; the title-prefix rules fixed four).
        "najaf-pilgrim-stampede/alghariforum-ar.html":
            "a Snitz Forums topic: the table headers, poster box, signature, replies and footer kept; the post's date missed",
        "najaf-pilgrim-stampede/iraqbrief-en.html": "a Docusaurus digest's subscribe box kept",
        "najaf-pilgrim-stampede/alsawadnews-ar.html":
            "an Arabic href kept as written in the expected file; the extractor percent-encodes it (RFC 3986), as other pages' expected links do",
        "najaf-pilgrim-stampede/mesopotamiamonitor-en.html": "a Joomla/Helix page's second microdata author missed",
        "najaf-pilgrim-stampede/tigrisdispatch-en.html": "an Acquia Site Studio page: the JSON-LD headline taken over a different <h1>",
        "alexandria-ferry-sinking/akhbarmahmoudiya-ar.html": "a Coranto page whose only date has no zone (+02:00 expected)",
        "alexandria-ferry-sinking/deltadigest-en.html":
            "a Campaign Monitor web version: the issue number kept in the headline, the logo's outlet and the preheader's date missed",
        "sharjah-tower-fire/gulfsentinel-en.html": "an eZ Publish page whose reporter byline is missed (the site-wide author meta names the outlet)",
        "sharjah-tower-fire/mleiha-ar.html": "a Bricolage page dated by a day-only Dublin Core date; the time only in the visible text",
    ]

    @Test(arguments: cases)
    func pageMatchesItsExpectation(_ page: String) throws {
        if let reason = Self.knownGaps[page] {
            // Not intermittent: a pinned page that comes out right fails, so that its entry is removed.
            // (Irbid's Nanoc newsletter title and nouadhibou's Elgg owner-block author are right since
            // session 16.)
            try withKnownIssue(Comment(rawValue: reason), isIntermittent: false) { try matches(page) }
        } else {
            try matches(page)
        }
    }

    /// What the known-gap pages of session 10 already get right, held strictly while the rest of
    /// each page stays a known issue: an Apostrophe body built of widget wrappers is found (all
    /// but its image caption), a Serendipity blog's front-page <h1> is not its headline nor its
    /// poster "admin" an author, and a Mambo masthead logo names the outlet.
    @Test func whatTheKnownGapPagesGetRight() throws {
        func ingest(_ page: String) throws -> (Article, Expected) {
            let folder = SharedData.repo("Corpora")
            let parts = page.split(separator: "/").map(String.init)
            let want = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent(parts[0])
                .appendingPathComponent("expected").appendingPathComponent(parts[1] + ".article.json")))
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(page)))
            return (try Ingestor(concurrency: 1).ingest(RawPage(input: page, bytes: bytes)).get(), want)
        }
        let (apostrophe, body) = try ingest("euphrates-water-dispute/minbaraljazira-ar.html")
        let texts = body.paragraphs.filter { $0.kind != .caption }
        #expect(apostrophe.paragraphs == texts)
        let (blog, post) = try ingest("manama-bank-withdrawals/danateco-ar.html")
        #expect(blog.headline == post.headline)
        #expect(blog.authors.isEmpty)
        // A Nucleus item: its info line («12:40 – أخبار – بواسطة: editor») is no body text (its date is the gap).
        let (nucleus, entry) = try ingest("nouakchott-migrant-boat/chamalnet-ar.html")
        #expect(nucleus.paragraphs == entry.paragraphs)
        let (mambo, item) = try ingest("hajj-heat-deaths/alfareej-ar.html")
        #expect(mambo.outlet == item.outlet)
        #expect(mambo.headline == item.headline)
    }

    func matches(_ page: String) throws {
        let folder = SharedData.repo("Corpora")
        let story = String(page.split(separator: "/")[0]), name = String(page.split(separator: "/")[1])
        let expectedURL = folder.appendingPathComponent(story).appendingPathComponent("expected")
            .appendingPathComponent(name + ".article.json")
        let want = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(page)))
        let got = try Ingestor(concurrency: 1).ingest(RawPage(input: page, bytes: bytes)).get()
        #expect(got.headline == want.headline)
        #expect(got.outlet == want.outlet)
        #expect(got.authors == want.authors)
        // The same instant, whatever offset it is written in (as `Corpora/check.py` compares it).
        // (A value that is not an ISO instant on either side is compared as written.)
        if let g = Self.instant(got.published), let w = Self.instant(want.published) {
            #expect(g == w, "\(got.published ?? "nil") vs \(want.published ?? "nil")")
        } else {
            #expect(got.published == want.published)
        }
        #expect(got.language == want.language)
        #expect(got.canonicalURL == want.canonicalURL)
        #expect(got.paragraphs.count == want.paragraphs.count)
        for (g, w) in zip(got.paragraphs, want.paragraphs) where g != w {
            Issue.record("paragraph differs:\n  expected [\(w.kind.rawValue)] \(w.text)\n  actual   [\(g.kind.rawValue)] \(g.text)")
            break
        }
        if want.paragraphs.count != got.paragraphs.count {
            let extra = got.paragraphs.filter { !want.paragraphs.contains($0) }.map(\.text)
            let missing = want.paragraphs.filter { !got.paragraphs.contains($0) }.map(\.text)
            Issue.record("extra: \(extra)\nmissing: \(missing)")
        }
        if let links = want.links { #expect(got.links == links) }
    }
}
