import HTMLTree
import Testing
@testable import Ingest

enum HTMLTreeFixture {
    static func parse(_ html: String) throws -> HTMLDocument { try HTMLParser.parse(Array(html.utf8)) }
}

/// Headline, outlet, authors, canonical URL and language, each from its fallbacks.
@Suite struct MetadataFieldTests {
    @Test(arguments: [
        ("Storm hits the coast - Reuters", "Reuters", "Storm hits the coast"),
        ("Storm hits the coast | BBC News", "BBC News", "Storm hits the coast"),
        ("Levant Wire - Storm hits the coast", "Levant Wire", "Storm hits the coast"),
        ("العاصفة تضرب الساحل - الجزيرة نت", "الجزيرة نت", "العاصفة تضرب الساحل"),
        ("Iraq - Iran talks resume in Baghdad", "Example Daily", "Iraq - Iran talks resume in Baghdad"),
    ])
    func headlineCleaning(_ title: String, _ outlet: String, _ expected: String) {
        #expect(HeadlineCleaner.clean(title, outlet: outlet, domain: "example.com") == expected)
    }

    @Test(arguments: [
        ("By Jane Doe and John Roe | Reuters", ["Jane Doe", "John Roe"]),
        ("بواسطة", []), ("By:", []),
        ("بقلم: محمد علي", ["محمد علي"]),
        ("كتب - أحمد حسن", ["أحمد حسن"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Updated 5 hours ago", []),
        // Capitals are a template's styling: names are written in the case names take.
        ("By YUSUF RAHIMI", ["Yusuf Rahimi"]),
        ("NOURA AL-KAABI and MOHAMMED BIN SALEH", ["Noura al-Kaabi", "Mohammed bin Saleh"]),
        ("SEAN O'BRIEN", ["Sean O'Brien"]),
        ("AL-HASSAN ALI", ["Al-Hassan Ali"]),
        ("AFP", ["AFP"]),
        ("By BBC STAFF", ["BBC Staff"]),
        ("By AFP STAFF", ["AFP Staff"]),
        ("Jane McDonald", ["Jane McDonald"]),
        // A date or reading time after a dash, a dateline's place, a site's posting account.
        ("بقلم: محمد أمين الطنجاوي — 10 مارس 2026 - 11:30", ["محمد أمين الطنجاوي"]),
        ("By Nadia Karimi in Manama", ["Nadia Karimi"]),
        ("By Omar Hadji, Agadir", ["Omar Hadji"]),
        ("Posted by Karim Zouari on Tuesday, 23 June 2026 — 14:00 GMT", ["Karim Zouari"]),
        ("Posted by Karim Zouari on 23 June 2026", ["Karim Zouari"]),
        ("By Lina Haddad, Omar Saleh and Rami Aziz", ["Lina Haddad", "Omar Saleh", "Rami Aziz"]),
        ("admin", []),
        ("مساهمة من: admin", []),
        ("Posted by webmaster", []),
        // A blog's entry footer: the category and the posting time after the name.
        ("Posted by Mark Ellison in Silos at 07:00", ["Mark Ellison"]),
        // A login handle, a tags line in a byline box, a writer label.
        ("dijla-desk", []), ("news_editor", []), ("Al-Saadi", ["Al-Saadi"]),
        ("الوسوم: انتخابات كردستان", []), ("Tags: Iraq, elections", []),
        ("الكاتب: سارة المهيري", ["سارة المهيري"]), ("Author: Jane Doe", ["Jane Doe"]),
        // A dateline's place and «خاص» (exclusive) before the name.
        ("مسقط - خاص: يوسف بن علي البلوشي", ["يوسف بن علي البلوشي"]),
    ])
    func authorNames(_ byline: String, _ expected: [String]) {
        #expect(AuthorNames.parse(byline) == expected)
    }

    /// A Wayback Machine capture's addresses are the archived page's.
    @Test func waybackAddressesAreTheOriginals() {
        #expect(URLResolver.unarchived("https://web.archive.org/web/20260825083512/https://www.qanal-tv.com/news/88127")
            == "https://www.qanal-tv.com/news/88127")
        #expect(URLResolver.unarchived("https://web.archive.org/web/20260825083512im_/http://x.com/a.jpg") == "http://x.com/a.jpg")
        #expect(URLResolver.unarchived("https://web.archive.org/web/*/example.com") == "https://web.archive.org/web/*/example.com")
        #expect(URLResolver.unarchived("https://example.com/web.archive.org") == "https://example.com/web.archive.org")
    }

    /// A newsletter's sign-off is no body text; a short line of text is.
    @Test func signOffs() {
        #expect(BlockFilter.isSignOff("— Leila"))
        #expect(BlockFilter.isSignOff("– Sami F."))
        #expect(!BlockFilter.isSignOff("— More to follow"))
        #expect(!BlockFilter.isSignOff("Leila"))
    }

    /// "By <strong>Name</strong>" in a classless header paragraph names the writer; a sentence
    /// opening with "By" followed by bold words does not.
    @Test func boldNameAfterBy() throws {
        let page = { (p: String) in
            "<html><body><article><h1>Rail sit-in: who said what</h1>\(p)<p>Three days into the sit-in, here is what has been reported so far.</p></article></body></html>"
        }
        let named = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(page("<p class=\"tracked\">By <strong>Sami Ferchichi</strong></p>"))), url: nil)
        #expect(named.authors == ["Sami Ferchichi"])
        let sentence = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(page("<p>By <strong>noon on Monday the line was still blocked</strong></p>"))), url: nil)
        #expect(sentence.authors.isEmpty)
    }

    @Test func fallbacksWhenThereIsNoOpenGraphOrJSONLD() throws {
        let html = """
        <html><head><title>Council extends bus network :: The Example Times</title>
        <meta name="application-name" content="The Example Times"><meta name="author" content="Jane Doe">
        <link rel="canonical" href="/news/bus-network"></head><body><h1>Council extends bus network</h1>
        <p>The city council voted on Tuesday to extend the bus network to the northern suburbs, a plan that had stalled for years.</p></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x",
                                           url: "https://www.example-times.com/news/bus-network?utm=1")
        #expect(a.headline == "Council extends bus network")
        #expect(a.outlet == "The Example Times")
        #expect(a.authors == ["Jane Doe"])
        #expect(a.canonicalURL == "https://www.example-times.com/news/bus-network")
        #expect(a.language == "en")
    }

    /// Without og:site_name or JSON-LD, the part of the title that spells the Twitter handle or
    /// the copyright holder names the outlet ("@ShebaTimes" → "Sheba Times").
    @Test(arguments: [
        ("Cases climb to 1,385 – Sheba Times", "@ShebaTimes", "Sheba Times", "Sheba Times"),
        ("Cases climb to 1,385", "@ShebaTimes", "© 2026 Sheba Times. All rights reserved.", "Sheba Times"),
        ("Cases climb to 1,385 | Yemen Daily Brief", "@YemenDailyBrief", nil, "Yemen Daily Brief"),
        ("Cases climb to 1,385", "@ShebaTimes", nil, "ShebaTimes"),
        ("الشراع نيوز - عصابة تتبنى الهجوم", "@shiraa_news", "Copyright (c) by الشراع نيوز", "الشراع نيوز"),
    ])
    func outletFromTitleHandleOrCopyright(_ title: String, _ handle: String, _ copyright: String?, _ expected: String) {
        #expect(PageMetadata.declaredOutlet(title: title, handle: handle, copyright: copyright) == expected)
    }

    /// An old portal: the copyright meta "Copyright (c) by <site>" names the outlet; the title
    /// part that is the outlet's name is not the headline, and the author meta that names the
    /// site is not an author.
    @Test func siteNameIsNeitherHeadlineNorAuthor() throws {
        let html = """
        <html><head><title>Gulf Wire News - Port operator restores gate systems after attack</title>
        <meta name="author" content="Gulf Wire News"><meta name="copyright" content="Copyright (c) by Gulf Wire News"></head>
        <body><p>\(ExtractionStructureTests.prose[0])</p></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.outlet == "Gulf Wire News")
        #expect(a.headline == "Port operator restores gate systems after attack")
        #expect(a.authors.isEmpty)
    }

    /// No og, no JSON-LD: the title's suffix that a masthead link to the front page spells is
    /// the outlet; a suffix no front-page link spells is not.
    @Test func outletFromTheTitleSuffixTheMastheadSpells() throws {
        let html = """
        <html><head><title>Nine dead in stadium crush - Bahia News</title><link rel="canonical" href="http://www.bahianews.com/a/1"></head>
        <body><div id="header-name"><a href="http://www.bahianews.com/">Bahia News</a></div><h1>Nine dead in stadium crush</h1></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.outlet == "Bahia News")
        let other = html.replacingOccurrences(of: ">Bahia News</a>", with: ">Home</a>")
        #expect(ArticleExtractor().extract(from: try HTMLTreeFixture.parse(other), input: "x").outlet == "bahianews.com")
        #expect(AuthorNames.parse("Compiled by Yasmine Tahar") == ["Yasmine Tahar"])
    }

    /// A masthead logo (an image linked to the front page) names the outlet by its alternative
    /// text; a blog's `<h1>` that only links to its front page is the site's name, not the
    /// headline; an author box's biography is no byline (the Mambo, Serendipity and Squiz Matrix
    /// pages of the hajj, manama and aswan stories).
    @Test func mastheadLogoBlogTitleAndAuthorBio() throws {
        let mambo = """
        <html><head><title>صوت النوبة - الجراد يجتاح حقول كوم أمبو</title></head><body>
        <table><tr><td><a href="http://www.sawtalnuba.net/"><img src="logo.gif" alt="صوت النوبة"></a></td></tr></table>
        <p>نص الخبر.</p></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(mambo), input: "x")
        #expect(a.outlet == "صوت النوبة")
        #expect(a.headline == "الجراد يجتاح حقول كوم أمبو")
        let blog = """
        <html><head><title>بنك يضع سقفاً للسحب النقدي - دانة الاقتصاد</title></head><body>
        <h1><a href="http://www.danateco.net/">دانة الاقتصاد</a></h1>
        <div class="story-byline">By <a href="/people/nadia-karimi">Nadia Karimi</a> in Manama</div>
        <div class="author-bio"><p>Nadia Karimi covers banking and finance in Bahrain and Kuwait.</p></div>
        </body></html>
        """
        let b = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(blog), input: "x")
        #expect(b.headline == "بنك يضع سقفاً للسحب النقدي")
        #expect(b.outlet == "دانة الاقتصاد")
        #expect(b.authors == ["Nadia Karimi"])
    }

    @Test func outletFallsBackToTheDomain() throws {
        let html = "<html><head><meta property='og:url' content='https://www.halabja-news.org/a/1'></head><body></body></html>"
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.outlet == "halabja-news.org")
        #expect(a.language == nil)
    }

    @Test func languageTags() {
        #expect(LanguageGuesser.primaryTag("en-US") == "en")
        #expect(LanguageGuesser.primaryTag("AR_eg") == "ar")
        #expect(LanguageGuesser.primaryTag("") == nil)
        #expect(LanguageGuesser.fromScript("قال المسؤول إن الولايات المتحدة أحبطت محاولة هروب جماعي") == "ar")
    }

    /// Word's "Save as HTML": the Title-style paragraph is the headline, the document's company
    /// (legal form dropped) names the outlet where the title spells it, the last save dates the
    /// page, and downlevel-revealed conditional markers (`<![if !vml]>`) are no text.
    @Test func wordSaveAsHTML() throws {
        let html = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=ProgId content=Word.Document>
        <title>Example Transit – Statement on the buses</title>
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Press Office</o:Author>
        <o:Created>2026-12-02T09:12:00Z</o:Created><o:LastSaved>2026-12-02T10:00:00Z</o:LastSaved>
        <o:Company>Example Transit Co.</o:Company></o:DocumentProperties></xml><![endif]--></head>
        <body><div class=WordSection1><p class=MsoNormal><span><![if !vml]><img src="logo.png"><![endif]></span><o:p></o:p></p>
        <p class=MsoTitle><span>Statement on the northern bus network<o:p></o:p></span></p>
        <p class=MsoNormal>\(ExtractionStructureTests.prose[0])<![if !supportLists]> <![endif]></p>
        <p class=MsoNormal>\(ExtractionStructureTests.prose[1])</p></div></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.headline == "Statement on the northern bus network")
        #expect(a.outlet == "Example Transit")
        #expect(a.published == "2026-12-02T10:00:00+00:00")
        #expect(a.paragraphs.map(\.text) == Array(ExtractionStructureTests.prose[0...1]))
        // A company the title does not spell is whoever licensed Word, not the outlet.
        #expect(PageMetadata.declaredOutlet(title: "Statement on the buses", handle: nil, copyright: nil,
                                            organisation: "Contoso") == nil)
        // CDATA is no conditional marker.
        let cdata = try HTMLTreeFixture.parse("<p>text <![CDATA[ x ]]> more</p>")
        #expect(cdata.textContent(of: cdata.root).contains("CDATA"))
    }

    /// A social title cut at a quotation mark left unescaped in its attribute: the `<h1>` that
    /// goes on with the quote is the headline; an `<h1>` that goes on with a word is not.
    @Test func socialTitleCutAtAnUnescapedQuote() throws {
        let html = """
        <html><head><meta property="og:title" content="Divers suspend trips as oil reaches "Japanese Garden"">
        <title>Divers suspend trips as oil reaches "Japanese Garden" :: Coral TV</title></head>
        <body><h1>Divers suspend trips as oil reaches "Japanese Garden"</h1><p>\(ExtractionStructureTests.prose[0])</p></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.headline == "Divers suspend trips as oil reaches \"Japanese Garden\"")
        #expect(a.paragraphs.map(\.text) == [ExtractionStructureTests.prose[0]])
        #expect(PageMetadata.uncut("Port reopens", by: ["Port reopens after strike"]) == "Port reopens")
    }

    /// A title part that the body's dateline repeats is the outlet of a page that names it nowhere
    /// else («الدوحة - صدى الدفنة: …», "بوابة حوران :: …"); a title part the body does not repeat,
    /// or repeats without a dateline's colon or dash, is not.
    @Test func datelineConfirmsTheTitlesOutlet() {
        #expect(PageMetadata.datelineOutlet(title: "صدى الدفنة - الفنار توقف 11 طائرة", lines: ["الدوحة - صدى الدفنة: أوقفت شركة …"]) == "صدى الدفنة")
        #expect(PageMetadata.datelineOutlet(title: "بوابة حوران :: تسمم جماعي في إربد", lines: ["إربد - بوابة حوران: \"استقبلنا …\""]) == "بوابة حوران")
        #expect(PageMetadata.datelineOutlet(title: "Grid failure | Gulf Post", lines: ["DOHA - Gulf Post - The grid failed …"]) == "Gulf Post")
        #expect(PageMetadata.datelineOutlet(title: "Grid failure | Gulf Post", lines: ["The grid failed on Tuesday."]) == nil)
        #expect(PageMetadata.datelineOutlet(title: "Grid failure | Gulf Post", lines: ["Readers of Gulf Post know the grid."]) == nil)
    }

    /// A blog whose <h1> spells the outlet its dateline names («<h1><a href="…/index.php/news">شبام نت</a></h1>»,
    /// a b2evolution masthead linking to the blog, not to the front page) is headed by the rest of
    /// its <title>; an <h1> that is a real headline stays.
    @Test func mastheadH1OfADatelineOutlet() throws {
        func page(_ h1: String) -> String {
            """
            <html lang="ar"><head><meta charset="utf-8"><title>مصرع 14 شخصاً بانفجار قاطرة بنزين في المكلا - شبام نت</title></head>
            <body><h1 id="pageTitle"><a href="https://www.shibam-net.com/blogs/index.php/news">\(h1)</a></h1>
            <div class="bPost"><h2 class="bTitle">مصرع 14 شخصاً بانفجار قاطرة بنزين في المكلا</h2>
            <p>المكلا - شبام نت: لقي 14 شخصاً مصرعهم وأصيب 38 آخرون في انفجار قاطرة محملة بالبنزين داخل محطة وقود بحي الشرج مساء الاثنين.</p>
            <p>وقال مصدر في الدفاع المدني إن فرق الإطفاء احتاجت ثلاث ساعات للسيطرة على الحريق الذي امتد إلى محال مجاورة.</p></div></body></html>
            """
        }
        let blog = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(page("شبام نت")), input: "x")
        #expect(blog.outlet == "شبام نت")
        #expect(blog.headline == "مصرع 14 شخصاً بانفجار قاطرة بنزين في المكلا")
        let story = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(page("انفجار المكلا")), input: "x")
        #expect(story.headline == "انفجار المكلا")
    }

    /// A forum topic page (phpBB, MyBB): the topic heads it, the board names it, the first post's
    /// poster (the profile link's name, not the rank after it) wrote it, the first post's header
    /// dates it, and the signature after the rule of underscores is not its text.
    @Test func forumTopicPages() throws {
        #expect(try #require(PageMetadata.forumTopic("منتديات شرفات البلد :: مشاهدة الموضوع - سيول جدة اليوم")) == ("منتديات شرفات البلد", "سيول جدة اليوم"))
        #expect(try #require(PageMetadata.forumTopic("Gulf Boards :: View topic - Floods in Jeddah")) == ("Gulf Boards", "Floods in Jeddah"))
        #expect(PageMetadata.forumTopic("Gulf Post :: Floods in Jeddah") == nil)
        let p = ExtractionStructureTests.prose
        let html = """
        <html><head><meta charset="utf-8"><title>Gulf Boards :: View topic - Buses for the suburbs</title></head><body>
        <table class="forumline">
        <tr><td class="row1"><div class="post_author"><div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid=233">Saqr Almualla</a></span></strong><br><span class="smalltext">News moderator</span></div></div></td>
        <td><span class="postdetails">Posted: Tue Nov 17, 2026 1:15 pm</span>
        <div class="postbody"><p>\(p[0])</p><p>\(p[1])</p><p>\(p[2]) _________________<br>Jeddah forever</p></div></td></tr>
        <tr><td class="row2"><div class="post_author"><div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid=1180">Ibn Buraiqa</a></span></strong><br><span class="smalltext">Active member</span></div></div></td>
        <td><span class="postdetails">Posted: Tue Nov 17, 2026 1:42 pm</span><div class="postbody">Thanks for sharing.</div></td></tr>
        </table></body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.headline == "Buses for the suburbs")
        #expect(a.outlet == "Gulf Boards")
        #expect(a.authors == ["Saqr Almualla"])
        #expect(a.published == "2026-11-17T13:15:00+00:00")
        #expect(a.paragraphs.map(\.text).prefix(3) == p.prefix(3))
        #expect(BlockFilter.withoutSignature("A sentence. _________________ sig") == "A sentence.")
    }

    /// A docs-style blog post (MkDocs Material): the footer's copyright line confirms the title's
    /// outlet ("© 2026 Yemen Health Watch · CC BY 4.0"), a site-wide author meta that names the
    /// outlet's desk ("Safe Lanes editors") gives way to the post's avatar ("Elena Marsh"), and a
    /// `dcterms.date` meta dates it; the subscribe box is no body text.
    @Test func docsBlogPosts() throws {
        let p = ExtractionStructureTests.prose
        let html = """
        <html><head><meta charset="utf-8"><meta name="author" content="Safe Lanes editors">
        <meta name="dcterms.date" content="2026-01-15T13:40+04:00">
        <title>Buses for the suburbs - Safe Lanes</title></head><body>
        <article class="md-content__inner"><h1>Buses for the suburbs</h1>
        <div class="md-post__authors"><span class="md-author md-author--long"><img src="emarsh.jpg" alt="Elena Marsh"></span></div>
        <p>\(p[0])</p><p>\(p[1])</p>
        <div class="admonition tip"><p class="admonition-title">Get Safe Lanes by email</p>
        <p>One road-safety briefing for the Gulf, every Friday. <a href="/subscribe/">Subscribe here</a> — it’s free.</p></div>
        <p>\(p[2])</p></article>
        <footer><div class="md-copyright"><div class="md-copyright__highlight">Copyright &copy; 2026 Safe Lanes · CC BY 4.0</div>Made with Material for MkDocs</div></footer>
        </body></html>
        """
        let a = ArticleExtractor().extract(from: try HTMLTreeFixture.parse(html), input: "x")
        #expect(a.outlet == "Safe Lanes")
        #expect(a.authors == ["Elena Marsh"])
        #expect(a.published == "2026-01-15T13:40:00+04:00")
        #expect(a.paragraphs.map(\.text) == Array(p.prefix(3)))
        // An Invision Board topic's title closes with the board's name.
        #expect(try #require(PageMetadata.forumTopic("انقلاب حافلة مدرسية قرب نزوى - منتديات الجبل الأخضر")) == ("منتديات الجبل الأخضر", "انقلاب حافلة مدرسية قرب نزوى"))
        #expect(PageMetadata.forumTopic("Buses for the suburbs - City Gazette") == nil)
        // A board's or an old portal's name opening the title (Snitz, Coranto).
        #expect(try #require(PageMetadata.forumTopic("منتديات الغري - عاجل: 31 شهيداً وأكثر من مئة جريح في تدافع")) == ("منتديات الغري", "عاجل: 31 شهيداً وأكثر من مئة جريح في تدافع"))
        #expect(try #require(PageMetadata.forumTopic("أخبار المحمودية :: غرق معدية بترعة المحمودية في أبيس.. مصرع 4 وإنقاذ 31"))
                == ("أخبار المحمودية", "غرق معدية بترعة المحمودية في أبيس.. مصرع 4 وإنقاذ 31"))
        #expect(PageMetadata.forumTopic("Politics :: Iraq :: Talks resume") == nil)
        #expect(PageMetadata.copyrightHolder("Copyright © 2026 Yemen Health Watch · CC BY 4.0") == "Yemen Health Watch")
    }

    /// An old CMS with no site-name markup: the title's last part is the outlet when the
    /// masthead's link to the front page ("/index.php/Home") or the `#footer`'s © line spells it;
    /// a blog's "Posted by X in <category> at <time>" footer names the writer.
    @Test func titleSuffixConfirmedByFooterOrMasthead() throws {
        let page = """
        <html><head><title>حريق في صومعة الفلوجة - صدى الفلوجة</title></head><body>
        <div id="header"><a class="navbar-brand" href="/index.php/Home">الرئيسية</a></div>
        <p>التهمت النيران ليل الثلاثاء جانباً من صومعة الفلوجة الحكومية للحبوب، في ذروة موسم تسويق الحنطة.</p>
        <ul class="entry-footer"><li class="entry-info">Posted by Mark Ellison in <a href="/?cat=2">Silos</a> at 07:00</li></ul>
        <div id="footer"><div class="area"><p>جميع الحقوق محفوظة &copy; صدى الفلوجة 2026</p></div></div>
        </body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(page)), url: "https://sadaalfallujah.net/a")
        #expect(meta.outlet == "صدى الفلوجة")
        #expect(meta.authors == ["Mark Ellison"])
        let brand = page.replacing("الرئيسية", with: "صدى الفلوجة").replacing("صدى الفلوجة 2026", with: "2026")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(brand)), url: "https://sadaalfallujah.net/a").outlet == "صدى الفلوجة")
        let neither = page.replacing("صدى الفلوجة 2026", with: "2026")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(neither)), url: "https://sadaalfallujah.net/a").outlet == "sadaalfallujah.net")
    }

    /// A site name carrying its tagline is the part the JSON-LD publisher names; without a
    /// publisher that names a part, the site name stays whole.
    @Test func siteNameTaglines() {
        #expect(PageMetadata.withoutTagline("كسلا اليوم | أخبار الشرق لحظة بلحظة", publisher: "كسلا اليوم") == "كسلا اليوم")
        #expect(PageMetadata.withoutTagline("Gulf Wire - Business news", publisher: "Gulf Wire") == "Gulf Wire")
        #expect(PageMetadata.withoutTagline("Gulf Wire | Business", publisher: nil) == "Gulf Wire | Business")
        #expect(PageMetadata.withoutTagline("Smith & Sons | Tyre", publisher: "Sons") == "Smith & Sons | Tyre")
    }

    /// A blog whose site name and entry title are both `<h1>`s, as the two parts of its title.
    @Test func mastheadAndEntryHeadings() throws {
        let html = """
        <html><head><title>Gabes ammonia leak: who says what | North Africa Risk Brief</title></head><body>
        <h1>North Africa Risk Brief</h1><h2>Operational risk, one country at a time</h2><h1 class="sideHeader">This week</h1>
        <h1 class="blog-entry-title"><a href="gabes.html">Gabes ammonia leak: who says what</a></h1><p>Text.</p></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: "https://narisk-brief.com/gabes.html")
        #expect(meta.headline == "Gabes ammonia leak: who says what")
        #expect(meta.outlet == "North Africa Risk Brief")
        // One <h1> spelling one part of the title is the headline, as before.
        let plain = "<html><head><title>Storm hits | Gulf Wire</title></head><body><h1>Storm hits</h1><p>Text.</p></body></html>"
        let other = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(plain)), url: "https://gulfwire.com/a")
        #expect(other.headline == "Storm hits")
        #expect(PageMetadata.mastheadAndEntry(title: "Storm hits | Gulf Wire", h1s: ["Storm hits", "Most read"]).masthead == nil)
        // The article's <h1> before a footer's site name: no masthead.
        #expect(PageMetadata.mastheadAndEntry(title: "Storm hits the coast | Gulf Wire", h1s: ["Storm hits the coast", "Gulf Wire"]).masthead == nil)
    }

    /// A server's index file links to the front page («الجنوب أنفو» on a logo linking to
    /// /index.lasso confirms the title's site name); a page that is not the index does not.
    @Test func indexFilesAreFrontPages() {
        #expect(PageSignals.isFrontPage("/index.lasso"))
        #expect(PageSignals.isFrontPage("index.shtml"))
        #expect(PageSignals.isFrontPage("/default.cfm"))
        #expect(!PageSignals.isFrontPage("/index2.php?option=news"))
        #expect(!PageSignals.isFrontPage("/news_detail.lasso"))
        #expect(!PageSignals.isFrontPage("/indexes.html"))
    }

    /// A published document's title "<newsletter> – <issue date>" names the newsletter; a
    /// headline is never cut to the date alone.
    @Test func documentPlatformTitles() throws {
        #expect(PageMetadata.account(title: "The Levant Culture Brief – 23 July 2026", platform: "Google Docs") == "The Levant Culture Brief")
        #expect(PageMetadata.account(title: "Storm hits – the coast", platform: "Google Docs") == nil)
        // A blog platform's post titled with a month is no newsletter issue.
        #expect(PageMetadata.account(title: "Kenitra floods – March 2026", platform: "Blogger") == nil)
        let html = """
        <html><head><meta property="og:site_name" content="Google Docs"><title>The Levant Culture Brief – 23 July 2026</title></head><body><p>Text.</p></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil)
        #expect(meta.outlet == "The Levant Culture Brief")
        #expect(meta.headline == "The Levant Culture Brief – 23 July 2026")
    }

    /// The site's own name as its author meta names no writer: the byline line does.
    @Test func aSiteNamedAsAuthorGivesWayToTheByline() throws {
        let html = """
        <html><head><title>أصداء الغرب › الأخبار › تعاونية فلاحية تطالب بتعويض</title><meta name="author" content="أصداء الغرب"><meta property="og:site_name" content="أصداء الغرب"></head>
        <body><div class="newsbyline">بقلم: محمد أمين الإدريسي</div><p>نص.</p></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil)
        #expect(meta.authors == ["محمد أمين الإدريسي"])
    }

    /// The New York Times' `byl` meta; a bold label then the name (NukeViet «الكاتب:»).
    @Test func bylMetaAndBoldLabelBylines() throws {
        let byl = "<html><head><meta name=\"byl\" content=\"By Tom Ridley\"></head><body><p>Text.</p></body></html>"
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(byl)), url: nil).authors == ["Tom Ridley"])
        let label = "<html><head></head><body><p>نص.</p><div><p class=\"h5\"><strong>الكاتب: </strong>أحمد يحيى الريمي</p></div></body></html>"
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(label)), url: nil).authors == ["أحمد يحيى الريمي"])
        // A list of columns in a sidebar names no writer of this article.
        let sidebar = "<html><head></head><body><p>نص.</p><ul><li><b>الكاتب:</b> سارة علي</li></ul></body></html>"
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(sidebar)), url: nil).authors.isEmpty)
        // A bold word that is no byline label names nobody.
        let other = "<html><head></head><body><p><strong>المصدر: </strong>وكالة الأنباء</p></body></html>"
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(other)), url: nil).authors.isEmpty)
    }
}
