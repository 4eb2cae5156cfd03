import CorroborateModel
import HTMLTree
import Testing
@testable import Ingest

/// Page templates real sites use, written inline: div soup, table layout, hidden and script
/// text, inline markup, `<br>` breaks.
@Suite struct ExtractionStructureTests {
    static func extract(_ html: String, url: String? = nil) throws -> Article {
        ArticleExtractor().extract(from: try HTMLParser.parse(Array(html.utf8)), input: "inline", url: url)
    }

    static let prose = [
        "The city council voted on Tuesday to extend the bus network to the northern suburbs, a plan that had stalled for three years.",
        "Officials said the first routes would open in the spring, with buses running every fifteen minutes during peak hours.",
        "Residents, who had petitioned for the change, welcomed the decision but asked for late-night services as well.",
        "The budget, approved in the same session, sets aside money for twenty new electric buses and two charging depots.",
    ]

    @Test func divSoupKeepsProseAndDropsNavigation() throws {
        let html = """
        <html><body><div id="wrap"><div class="top"><div><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div></div>
        <div class="cols"><div class="left"><div><a href="/a">Weather today</a></div><div><a href="/b">Traffic</a></div><div><a href="/c">Markets</a></div></div>
        <div class="middle"><div class="txt">\(Self.prose[0])</div><div class="txt">\(Self.prose[1])</div>
        <div class="txt">\(Self.prose[2])<br><br>\(Self.prose[3])</div></div>
        <div class="right"><div class="box"><a href="/x">Most read: Storm hits coast</a></div><div class="box"><a href="/y">Most read: Prices rise again</a></div><div class="box"><a href="/z">Most read: New mayor sworn in</a></div></div></div>
        <div class="bottom">Contact us - Privacy - Terms</div></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Self.prose)
    }

    /// TYPO3 puts an in-body subheading in its own content element,
    /// `<div class="frame-type-header"><header><h2>…</h2></header></div>`: after body text it is
    /// a heading of the body; the article's own `<header>` above the text still is not.
    @Test func subheadingInItsOwnHeaderBoxStays() throws {
        let html = """
        <html><body><article itemprop="articleBody"><header><h2>Buses for the north</h2><p class="byline">By Staff</p></header>
        <div class="frame frame-type-text"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p></div>
        <div class="frame frame-type-header"><header><h2>What the budget pays for</h2></header></div>
        <div class="frame frame-type-text"><p>\(Self.prose[2])</p><p>\(Self.prose[3])</p></div></article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == [Self.prose[0], Self.prose[1], "What the budget pays for", Self.prose[2], Self.prose[3]])
        #expect(a.paragraphs[2].kind == .heading)
    }

    /// A subheading whose class calls it a header ("header-anchor-post", as Substack writes
    /// them) is a heading of the body, not the page header; a header block still is.
    @Test func subheadingClassedAsHeaderStays() throws {
        let html = """
        <html><body><div class="header top"><a href="/">Home</a> <a href="/about">About</a></div>
        <div class="available-content"><div class="body markup"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>
        <h3 class="header-anchor-post">What the budget pays for</h3><p>\(Self.prose[3])</p></div></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == [Self.prose[0], Self.prose[1], "What the budget pays for", Self.prose[3]])
        #expect(a.paragraphs[2].kind == .heading)
    }

    /// Date stamps and counters that templates print above the text are not body text; a
    /// sentence that holds a date is; the microdata publisher names the outlet.
    @Test func pageStampsAreNotBodyText() throws {
        let html = """
        <html><body><div itemscope itemtype="https://schema.org/NewsArticle">
        <div itemprop="publisher" itemscope><meta itemprop="name" content="The Daily Example"></div>
        <div itemprop="articleBody"><p>الأربعاء 10 يونيو 2026 - 09:15 صباحاً</p><p>عدد القراءات: 2318</p>
        <p>Updated: June 10, 2026 9:15 am</p><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>
        <p>The council met on June 10, 2026 to approve the plan.</p></div></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == [Self.prose[0], Self.prose[1], "The council met on June 10, 2026 to approve the plan."])
        #expect(a.outlet == "The Daily Example")
    }

    /// Framework pages wrap their header in a custom element ("app-header"): a prayer-times bar
    /// inside it is not body text. Word's `<o:p>` is a `p`, as in libxml2's own tree.
    @Test func customElementRegionsAndPrefixedNames() throws {
        let html = """
        <html><body><app-header><header><nav><a href="/">الرئيسية</a> <a href="/s">صحة</a></nav></header>
        <div class="prayer-times">عدن: الفجر 4:12 · الظهر 11:58 · العصر 3:20 · المغرب 6:37 · العشاء 7:55</div></app-header>
        <app-article-body><p class="MsoNormal">\(Self.prose[0])<o:p></o:p></p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p></app-article-body>
        <site-footer><p>© 2026 Example. All rights reserved. Contact the newsroom for corrections.</p></site-footer></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...2]))
        let doc = try HTMLParser.parse(Array(html.utf8))
        #expect(doc.elements(named: "o:p").isEmpty && !doc.elements(named: "p").isEmpty)
    }

    /// A blogging platform's page: the publication is the outlet, not "Medium"; the read-time
    /// stamp and the call to subscribe are not body text.
    @Test func platformPagesNameThePublication() throws {
        let html = """
        <html><head><meta property="og:site_name" content="Medium">
        <script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Levant Notes"}}</script>
        </head><body><article><h1>What we know</h1><p><span>3 min read</span>·<span>Jul 11, 2026</span></p>
        <p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><div><p>Get Nadia Kassab’s stories in your inbox</p>
        <p>Join Medium for free to get updates from this writer.</p></div><p>\(Self.prose[2])</p>
        <p>Residents get updates from the council every week, and many read them in their inbox.</p></article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.outlet == "Levant Notes")
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...2])
                + ["Residents get updates from the council every week, and many read them in their inbox."])
    }

    /// A long-read: a ReportageNewsArticle's date, the <h1> the JSON-LD agrees with over a shorter
    /// social title, footnote marks that are not words, a reader-support box that is not text.
    @Test func longReadConventions() throws {
        let html = """
        <html><head><meta property="og:title" content="The memo that skipped the tender">
        <script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "The memo that skipped the tender: inside a $238 million contract", "datePublished": "2026-08-17T06:00:00+03:00"}</script>
        </head><body><article><h1>The memo that skipped the tender: inside a $238 million contract</h1>
        <p>\(Self.prose[0])<sup class="fn-ref"><a href="#fn-1">1</a></sup></p><p>\(Self.prose[1])</p>
        <p>The plant covers 40 km<sup>2</sup> of the delta.</p>
        <div class="lr-support"><p>The Shatt Review is funded by its readers. <a href="/support">Become a supporter</a> and keep investigations free.</p></div>
        <p>\(Self.prose[2])</p></article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.headline == "The memo that skipped the tender: inside a $238 million contract")
        #expect(a.published == "2026-08-17T06:00:00+03:00")
        // A footnote mark that links to its note is not a word; an exponent is.
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...1]) + ["The plant covers 40 km2 of the delta."] + [Self.prose[2]])
    }

    /// A Telegram post preview: the channel is the outlet (title "<channel> – Telegram"), and the
    /// post's bold first line its headline.
    @Test func platformPostPreview() throws {
        let html = """
        <html><head><title>البصرة الآن – Telegram</title><meta property="og:title" content="البصرة الآن">
        <meta property="og:site_name" content="Telegram"></head><body><div class="tgme_widget_message_text">
        <b>🔴 عقد محطة خور الزبير: ما نعرفه حتى الآن</b><br/><br/>\(Self.prose[0])<br/><br/>\(Self.prose[1])</div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.outlet == "البصرة الآن")
        #expect(a.headline == "عقد محطة خور الزبير: ما نعرفه حتى الآن")
        #expect(a.authors.isEmpty)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...1]))
    }

    @Test func tableLayoutCellsBecomeBlocks() throws {
        let html = """
        <html><body><table width="100%"><tr><td colspan="2"><a href="/">Front page</a> <a href="/archive">Archive</a> <a href="/contact">Contact</a></td></tr>
        <tr><td width="150" valign="top"><a href="/1">Local</a><br><a href="/2">World</a><br><a href="/3">Opinion</a></td>
        <td valign="top"><font size="4"><b>Council extends bus network</b></font><br><br>
        <font face="Verdana">\(Self.prose[0])<br><br>\(Self.prose[1])<br><br>\(Self.prose[2])</font></td></tr>
        <tr><td colspan="2"><small>Copyright 2026 The Daily Example. All rights reserved.</small></td></tr></table></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == ["Council extends bus network"] + Self.prose.prefix(3))
        #expect(a.paragraphs.first?.kind == .heading)
    }

    @Test func hiddenAndScriptTextNeverLeaks() throws {
        let html = """
        <html><body><article><p>\(Self.prose[0])</p>
        <script>document.write("SCRIPT-TEXT")</script><style>.x{content:"STYLE-TEXT"}</style>
        <noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template>
        <p hidden>HIDDEN-ATTRIBUTE-TEXT</p><p aria-hidden="true">ARIA-HIDDEN-TEXT</p>
        <div style="display: none">DISPLAY-NONE-TEXT</div><span style="visibility:hidden">VISIBILITY-TEXT</span>
        <p>\(Self.prose[1])</p></article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose.prefix(2)))
        #expect(!a.bodyText.contains("TEXT"))
    }

    @Test func inlineMarkupNeverSplitsWords() throws {
        let html = """
        <html><body><article><p>The coun<b>cil</b> vo<i>t</i>ed on <em>Tues</em>day,&nbsp;&nbsp;and the
        <a href="/plan">plan</a>\u{00AD} passed with <span>twenty</span>-one votes after a long de<strong>bate</strong>.</p>
        <p>\(Self.prose[1])</p><p>\(Self.prose[2])</p></article></body></html>
        """
        let a = try Self.extract(html, url: "https://example.org/news/1")
        #expect(a.paragraphs[0].text == "The council voted on Tuesday, and the plan passed with twenty-one votes after a long debate.")
        #expect(a.links == [Link(url: "https://example.org/plan", text: "plan", paragraph: 0)])
    }

    @Test func quotesListsAndCaptionsKeepTheirKind() throws {
        let html = """
        <html><body><article><p>\(Self.prose[0])</p>
        <figure><img src="a.jpg"><figcaption>Buses at the central depot. Photo: Example Press</figcaption></figure>
        <blockquote><p>"We listened to the residents," the mayor said.</p></blockquote>
        <p>\(Self.prose[1])</p><ul><li>Twenty new electric buses for the northern routes</li><li>Two charging depots near the ring road</li></ul>
        <p>\(Self.prose[2])</p></article></body></html>
        """
        let kinds = try Self.extract(html).paragraphs.map(\.kind)
        #expect(kinds == [.paragraph, .caption, .quote, .paragraph, .listItem, .listItem, .paragraph])
    }

    @Test func emptyAndBodylessPagesGiveAWarningNotACrash() throws {
        let a = try Self.extract("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
        #expect(a.paragraphs.isEmpty)
        #expect(a.warnings.contains("no article body found"))
    }
}

/// Session 16's page shapes, each with a counter-example: web components with Stencil's scoped
/// classes, a heading inside its own permalink, a shop's product card and a trial offer in the
/// text, a credit line above the text.
@Suite struct ExtractionComponentTests {
    static let prose = ExtractionStructureTests.prose

    /// `<ad-paragraph class="sc-ad-paragraph-h">`: the "ad-" is the site's component namespace,
    /// not an advertisement; the `<ad-slot>` is still no text.
    @Test func stencilComponentsAreReadByWhatTheyHold() throws {
        let paragraphs = Self.prose.map { "<ad-paragraph class=\"sc-ad-paragraph-h hydrated\"><p class=\"sc-ad-paragraph\">\($0)</p></ad-paragraph>" }
        let html = """
        <html><body><ad-app class="sc-ad-app-h hydrated"><main class="sc-ad-app"><article class="sc-ad-app story"><h1>Flooding</h1>
        \(paragraphs[0])\(paragraphs[1])<ad-related class="sc-ad-related-h hydrated"><aside class="sc-ad-related"><a href="/x">Sebou river levels rise after a week of storms</a></aside></ad-related>
        \(paragraphs[2])\(paragraphs[3])</article></main></ad-app></body></html>
        """
        let a = try ExtractionStructureTests.extract(html)
        #expect(a.paragraphs.map(\.text) == Self.prose)
        #expect(BoilerplateVocabulary.classify("sc-ad-paragraph-h hydrated") != .boilerplate)
        #expect(BoilerplateVocabulary.classify("sc-ad-related") == .boilerplate)
        #expect(BoilerplateVocabulary.classify("ad-slot") == .boilerplate)
        // styled-components' hashed classes ("sc-gEvEer") are left as they are.
        #expect(BoilerplateVocabulary.classify("sc-geveer market-strip") == .neutral)
        // A long first word is no namespace: "sc-comment-list-h" is the comments' list.
        #expect(BoilerplateVocabulary.classify("sc-comment-list-h hydrated") == .boilerplate)
    }

    /// VuePress and Docusaurus put a heading's text inside its own permalink.
    @Test func aHeadingInsideItsPermalinkIsKept() throws {
        let html = """
        <html><body><article><h1>Crane toll</h1><p>\(Self.prose[0])</p>
        <h2 id="how-many-died" tabindex="-1"><a class="header-anchor" href="#how-many-died"><span>How many died</span></a></h2>
        <p>\(Self.prose[1])</p><h2 id="b"><a class="header-anchor" href="#b">#</a> Our read</h2><p>\(Self.prose[2])</p>
        <h3><a href="https://example.com/other-story">Read the other story</a></h3><p>\(Self.prose[3])</p></article></body></html>
        """
        let a = try ExtractionStructureTests.extract(html)
        #expect(a.paragraphs.filter { $0.kind == .heading }.map(\.text) == ["How many died", "Our read"])
    }

    @Test func productCardsAndTrialOffersAreNotText() throws {
        let html = """
        <html><body><div class="article-template__content rte"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>
        <div class="article-product-card"><img src="g.jpg" alt=""><p class="article-product-card__title">The Rigging Safety Field Guide (Arabic/English)</p><p class="price">JOD 18.00</p><a class="button" href="/products/guide">Shop now</a></div>
        <p>\(Self.prose[2])</p><div class="callout"><p><strong>Gulf Build Wire Pro</strong> subscribers get project-level safety data for every Saudi giga-project. <a href="/pro">Start a free trial</a></p></div>
        <p>\(Self.prose[3])</p></div></body></html>
        """
        #expect(try ExtractionStructureTests.extract(html).paragraphs.map(\.text) == Self.prose)
    }

    /// "Compiled by X" above the text names its writer; below it, it is a credit line.
    @Test func aCompiledByLineAboveTheTextIsTheByline() throws {
        let top = "<html><body><article><p>Compiled by Yara Toukan</p><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p></article></body></html>"
        let a = try ExtractionStructureTests.extract(top)
        #expect(a.authors == ["Yara Toukan"])
        #expect(a.paragraphs.map(\.text) == Array(Self.prose.prefix(3)))
        let bottom = "<html><body><article><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p><p>Compiled by the Gulf desk</p></article></body></html>"
        let b = try ExtractionStructureTests.extract(bottom)
        #expect(b.authors.isEmpty)
        #expect(b.paragraphs.map(\.text) == Array(Self.prose.prefix(3)))
    }
}
