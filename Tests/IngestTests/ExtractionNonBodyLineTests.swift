import CorroborateModel
import HTMLTree
import Testing
@testable import Ingest

/// Lines that sit among the body blocks but are not body text: wire update notes, closing
/// source credits, embedded posts' attribution lines, headline-and-date cells, counters, lead
/// photo captions and readers' comments. Each page is small and written to tempt the rule.
@Suite struct ExtractionNonBodyLineTests {
    static func extract(_ html: String) throws -> Article {
        ArticleExtractor().extract(from: try HTMLParser.parse(Array(html.utf8)), input: "inline")
    }

    static let prose = ExtractionStructureTests.prose

    /// A bar of page furniture ("طباعة | أرسل لصديق | عدد القراءات: 412") is no body line; a sentence
    /// with a bar in it is.
    @Test func barLines() {
        #expect(NonBodyLines.isBarLine("طباعة | أرسل لصديق | عدد القراءات: 412"))
        #expect(NonBodyLines.isBarLine("print | email | 1,204 views"))
        #expect(!NonBodyLines.isBarLine("the ministry said | the hospital denied it"))
        #expect(!NonBodyLines.isBarLine("طباعة"))
        // A date stamp with a section label, an ad label between dashes.
        #expect(NonBodyLines.isBarLine("نُشر في 15-11-2026 الساعة 13:05 | القسم: أخبار الساحل"))
        #expect(NonBodyLines.isBarLine("reads: 1742) | print"))
        #expect(!NonBodyLines.isBarLine("the fire spread on 15 november 2026 | residents fled the villages"))
        #expect(BlockFilter.noiseLines.contains(BlockFilter.unframed("- إعلان -")))
        #expect(BlockFilter.unframed("— advertisement —") == "advertisement")
        // "Outlet - Section - Headline": the section goes with the outlet.
        #expect(HeadlineCleaner.clean("جبلة برس - أخبار - اللاذقية: وفاة إطفائيين اثنين", outlet: "جبلة برس", domain: nil)
                == "اللاذقية: وفاة إطفائيين اثنين")
        #expect(HeadlineCleaner.clean("Syria - Fires kill two firefighters near Latakia", outlet: "Coast Monitor", domain: nil)
                == "Syria - Fires kill two firefighters near Latakia")
    }

    @Test(arguments: [
        ("(Adds Israeli media report, comment from U.S. official in paragraphs 9-12)", true),
        ("(Updates with casualty toll, adds quotes)", true),
        ("(Recasts with ministry statement)", true),
        ("(Corrects spelling of minister's name in paragraph 3)", true),
        ("(Changes dateline, previous BEIRUT)", true),
        ("(Reuters) - The council voted on Tuesday.", false),
        ("(Adds) is how the style guide spells it (in notes).", false),
        ("(The council adds a route every spring)", false),
    ])
    func wireUpdateNotes(_ line: String, _ isNote: Bool) {
        #expect(NonBodyLines.isWireUpdateNote(line.lowercased()) == isNote)
    }

    @Test(arguments: [
        ("Source: Circuit Ledger", true),
        ("المصدر: Circuit Ledger (ترجمة وتحرير: عين التقنية)", true),
        ("المصدر : وكالة الأنباء", true),
        ("Source: the ministry said on Monday that the talks had failed and would not resume.", false),
        ("Sources close to the talks said nothing.", false),
    ])
    func sourceCredits(_ line: String, _ isCredit: Bool) {
        #expect(NonBodyLines.isSourceCredit(line.lowercased()) == isCredit)
    }

    @Test(arguments: [
        ("— المركز الوطني للدفاع السيبراني (@NCDC_Gov) September 8, 2026", true),
        ("— Civil Defence (@SyriaCivilDef) 9 September 2026", true),
        ("A post shared by Ports Authority (@portsauth)", true),
        ("— and then, he said, the trucks burned (all of them).", false),
        ("Write to the desk (@ the usual address) for corrections.", false),
    ])
    func embedAttributions(_ line: String, _ isAttribution: Bool) {
        #expect(NonBodyLines.isEmbedAttribution(line.lowercased()) == isAttribution)
    }

    @Test(arguments: [
        ("Comments", true), ("3 Comments", true), ("Leave a Reply", true), ("Comments (12)", true),
        ("التعليقات", true), ("التعليقات ملك لأصحابها، ولسنا مسؤولين عن محتواها", true), ("أضف تعليقك", true),
        ("Comments by the minister drew criticism.", false), ("Commentary", false), ("Comments from residents", false),
        ("Comments from officials reflect the government's views.", false), ("Comment: why the port matters", false),
        ("تعليقات الوزير على رأي المحكمة أثارت جدلاً.", false),
    ])
    func commentsHeadings(_ line: String, _ isHeading: Bool) {
        #expect(NonBodyLines.isCommentsHeading(line.lowercased()) == isHeading)
    }

    /// A wire story: the update note above the dateline goes; the closing credit line goes with
    /// its link; a "Source:" line inside the body stays.
    @Test func wireNoteAndClosingCreditAreDropped() throws {
        let html = """
        <html><body><article><p>(Updates with casualty toll, comment from U.S. official in paragraphs 3-4)</p>
        <p>\(Self.prose[0])</p><p>Source: the transport ministry's annual report.</p><p>\(Self.prose[1])</p>
        <p>\(Self.prose[2])</p><div><b>Source: <a href="https://wire.example/story">Example Wire</a></b></div></article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == [Self.prose[0], "Source: the transport ministry's annual report.", Self.prose[1], Self.prose[2]])
        #expect(a.links.isEmpty)
    }

    /// An embedded post keeps its text as a quote and loses the "— account (@handle) date"
    /// line and its link; a quote that merely opens with a dash stays.
    @Test func embeddedPostKeepsItsQuoteNotItsAttribution() throws {
        let html = """
        <html><body><article><p>\(Self.prose[0])</p>
        <blockquote class="twitter-tweet"><p>Buses will run every fifteen minutes from the spring. #transport</p>&mdash; City Council (@CityCouncil) <a href="https://twitter.com/CityCouncil/status/1">June 10, 2026</a></blockquote>
        <blockquote><p>— We asked for this for years, and now it is here at last.</p></blockquote>
        <p>\(Self.prose[1])</p></article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.kind) == [.paragraph, .quote, .quote, .paragraph])
        #expect(a.paragraphs[1].text == "Buses will run every fifteen minutes from the spring. #transport")
        #expect(a.links.isEmpty)
    }

    /// A table-layout news engine: the headline-and-date cell, the reads counter and the
    /// readers' comments below the text are not body text; a comment count near the top does
    /// not cut the article.
    @Test func tableTemplateStampsAndCommentsAreDropped() throws {
        let html = """
        <html><head><title>Example News - Council extends the bus network to the suburbs</title>
        <meta property="og:site_name" content="Example News"></head><body><table><tr><td>
        <b>Council extends the bus network to the suburbs</b><br>Posted on Tuesday 08 September 2026 - 12:05 by admin</td></tr>
        <tr><td>2 comments</td></tr>
        <tr><td>\(Self.prose[0])<br><br>\(Self.prose[1])<br><br>\(Self.prose[2])<br><br>\(Self.prose[3])</td></tr>
        <tr><td>(Reads: 1742) | <a href="print.php">Print</a></td></tr></table>
        <table><tr><td><b>Comments are owned by their posters; we are not responsible for their views</b></td></tr>
        <tr><td><b>Late again</b> (Score: 1)<br>by old_sailor on Tuesday 08 September 2026<br>Every year we hear the same promises about new buses.</td></tr>
        <tr><td><b>Re: Late again</b> (Score: 0)<br>by reader2 on Tuesday 08 September 2026<br>My street has waited for a bus stop for ten years now.</td></tr>
        </table></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.headline == "Council extends the bus network to the suburbs")
        #expect(a.paragraphs.map(\.text) == Self.prose)
    }

    /// A blog engine's BEM classes: "blog-post__meta" (author, title, date) and
    /// "blog-post__author-bio" are not the post, though "blog-post" names the article;
    /// "blog-post__body" is.
    @Test func bemElementsNameTheirRole() throws {
        let html = """
        <html><body><article class="blog-post"><h1>Council extends the bus network</h1>
        <div class="blog-post__meta"><a class="blog-post__author-name" href="/author/jane-roe">Jane Roe</a>
        <span class="blog-post__author-title">Senior Transport Analyst</span><time datetime="2026-06-10">Jun 10, 2026 4:00:00 PM</time></div>
        <div class="blog-post__body"><span class="rich_text"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p></span></div>
        <div class="blog-post__author"><div class="blog-post__author-bio"><h3>Jane Roe</h3>
        <p>Jane covers transport and city budgets. Before that she spent nine years at a regional daily.</p></div></div>
        </article></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...2]))
        #expect(a.links.isEmpty)
        #expect(BoilerplateVocabulary.classify("blog-post__body") != .boilerplate)
        #expect(BoilerplateVocabulary.classify("article-body__content__17yit") != .boilerplate)
    }

    /// A lead photo's caption printed above the text is not body text; a caption inside it is.
    @Test func leadCaptionAboveTheTextIsDropped() throws {
        let html = """
        <html><body><div class="story"><figure><img src="a.jpg"><div class="Figure-caption"><p>Buses wait at the depot on Monday. (Photo/Example)</p></div></figure>
        <div class="body"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>
        <figure><img src="b.jpg"><figcaption>The new electric buses at the depot.</figcaption></figure><p>\(Self.prose[2])</p></div></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == [Self.prose[0], Self.prose[1], "The new electric buses at the depot.", Self.prose[2]])
        #expect(a.paragraphs[2].kind == .caption)
    }

    /// "Label: value" property lines (DataLife Engine's info row, 1C-Bitrix's properties) are no
    /// body lines; their author is the article's. A sentence with a colon is body text.
    @Test(arguments: [
        ("التاريخ: 16-11-2026, 11:15 القسم: أخبار محلية المشاهدات: 1 284", true, [String]()),
        ("Author: Leila Chaabane Section: Politics", true, ["Leila Chaabane"]),
        ("Date: 3 May 2026 Category: Economy", true, []),
        ("| الكاتب: سارة الهاشمي | القسم: ثقافة", true, ["سارة الهاشمي"]),
        ("Author: the ministry has not said who wrote the report or when it was sent.", false, []),
        ("Section 24: penalties for spreading false news", false, []),
        ("The minister said: the port will reopen on Monday.", false, []),
        ("Updates: the council met again on Tuesday and voted to extend the route to the airport.", false, []),
    ])
    func propertyLines(_ line: String, _ isProperty: Bool, _ authors: [String]) {
        let property = PropertyLine(line)
        #expect((property != nil) == isProperty)
        #expect((property?.authors ?? []) == authors)
    }

    /// A Bitrix property block after the text: dropped, and its author read.
    @Test func propertyBlockAfterTheTextNamesTheAuthor() throws {
        let html = """
        <html><body><div class="news-detail"><h1>Council extends the bus network</h1><p>\(Self.prose[0])</p>
        <p>\(Self.prose[1])</p><p>\(Self.prose[2])</p><br />Author:&nbsp;Leila Chaabane <br />
        Section:&nbsp;<a href="/news/politics/">Politics</a><br /></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...2]))
        #expect(a.authors == ["Leila Chaabane"])
    }

    /// A bar whose dated and authored items were taken out keeps a section's bare name between
    /// its bars: still furniture. Names alone are not.
    @Test func barWithABareSectionName() {
        #expect(NonBodyLines.isBarLine("| | أخبار وطنية | المشاهدات: 412"))
        #expect(NonBodyLines.isBarLine("politics | 1,204 views"))
        #expect(!NonBodyLines.isBarLine("politics | tunisia"))
        #expect(!NonBodyLines.isBarLine("the union called a strike | 1,204 views were counted by noon on the site"))
    }

    /// Ad labels in French, English and Arabic; a star rating's count.
    @Test func adLabelsAndRatingWidgets() throws {
        for label in ["Publicité", "Advertisement", "- إعلان -", "Anzeige"] {
            #expect(BlockFilter.noiseLines.contains(BlockFilter.unframed(label.lowercased())), "\(label)")
        }
        let html = """
        <html><body><div class="content"><p>\(Self.prose[0])</p>
        <div class="et_pb_code pub-inarticle"><ins class="adsbygoogle"></ins><span class="pub-label">Publicité</span></div>
        <p>\(Self.prose[1])</p><div class="rating"><ul class="unit-rating"><li class="current-rating">68</li></ul></div></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...1]))
    }

    /// A player's title ("استمعوا إلى المداخلة كاملة") is not body text; a figure's caption of a
    /// video stays a caption.
    @Test func playerTitlesAreDropped() throws {
        let html = """
        <html><body><div class="news-body"><p>\(Self.prose[0])</p>
        <div class="ccm-block-audio-player"><div class="audio-title">استمعوا إلى المداخلة كاملة</div><audio controls src="a.mp3"></audio></div>
        <p>\(Self.prose[1])</p><figure><video src="v.mp4"></video><figcaption>Buses leave the depot.</figcaption></figure>
        <p>\(Self.prose[2])</p></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == [Self.prose[0], Self.prose[1], "Buses leave the depot.", Self.prose[2]])
    }

    /// Sections after the article: a "Sources" heading over a list of links, Webmentions.
    @Test func sourcesHeadingAndWebmentionsAfterTheArticle() throws {
        let html = """
        <html><body><main><article><h1>Council extends the bus network</h1><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>
        <p>\(Self.prose[2])</p></article><h3>Sources</h3><ul class="sources"><li><a href="https://a.example/1">A Daily, 1 December</a></li>
        <li><a href="https://b.example/2">B Herald, 2 December</a></li></ul>
        <section class="webmentions"><h2>Webmentions</h2><ol><li class="webmention"><a href="https://m.example/@x">@x@m.example</a>: Glad everyone got off safely, and thanks to the crew.</li></ol></section>
        </main></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.paragraphs.map(\.text) == Array(Self.prose[0...2]))
        #expect(NonBodyLines.isCommentsHeading("webmentions"))
        // Sources written out without links end the body all the same.
        let plain = html.replacing("<a href=\"https://a.example/1\">A Daily, 1 December</a>", with: "A Daily, 1 December")
            .replacing("<a href=\"https://b.example/2\">B Herald, 2 December</a>", with: "B Herald, 2 December")
        #expect(try Self.extract(plain).paragraphs.map(\.text) == Array(Self.prose[0...2]))
    }

    /// A press release: letterhead and type label above the title, the release line, "– ENDS –"
    /// and the contact block after it.
    @Test func pressReleaseFurniture() throws {
        let html = """
        <html><head><title>Example Transit – Statement on the bus network</title></head><body><div class="WordSection1">
        <p class="Letterhead"><b>EXAMPLE TRANSIT CO.</b></p><p class="Letterhead">Harbour Road, Tunis</p>
        <p><b>PRESS STATEMENT</b></p><h1>Statement on the northern bus network</h1>
        <p><i>Tunis, Wednesday 2 December 2026 – for immediate release</i></p>
        <p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p><p>\(Self.prose[3])</p>
        <p align="center">– ENDS –</p><p>Notes to editors: the network has run since 1998.</p>
        <p><b>Media contact:</b> Press Office, +216 70 000 000, press@example.com</p></div></body></html>
        """
        let a = try Self.extract(html)
        #expect(a.headline == "Statement on the northern bus network")
        #expect(a.paragraphs.map(\.text) == Self.prose)
        #expect(NonBodyLines.isReleaseLine("embargoed until 00:01 gmt, 3 december"))
        #expect(NonBodyLines.isEndMarker(BlockFilter.unframed("-ends-")))
        #expect(!NonBodyLines.isEndMarker(BlockFilter.unframed("the end of the line")))
    }

    /// A post's sign-off box ("— X writes Y, a twice-weekly digest … Subscribe") after the last
    /// paragraph is no body text (WriteFreely's `div.signature`).
    @Test func signOffBox() throws {
        let html = """
        <html lang="en"><head><title>Digest</title></head><body><article><div class="e-content">
        <p>\(Self.prose[0])</p><p>\(Self.prose[1])</p><p>\(Self.prose[2])</p><hr />
        <div class="signature"><p>— Hannah Reeve writes Example Desk, a twice-weekly digest on the routes.
        <a href="https://example.blog/subscribe">Subscribe by email</a>.</p></div></div></article></body></html>
        """
        #expect(try Self.extract(html).paragraphs.map(\.text) == Array(Self.prose[0...2]))
    }

    /// A date line that ends with its poster («… الساعة 06:05 مساءً بواسطة admin») is a stamp;
    /// an Arabic body under a template's `lang="en"` is Arabic.
    @Test func posterStampsAndLanguageAgainstTheTemplate() throws {
        #expect(BlockFilter.isStampLine("الاثنين 20-04-2026 الساعة 06:05 مساءً بواسطة admin"))
        #expect(BlockFilter.isStampLine("monday 20 april 2026 10:20 by webmaster"))
        #expect(!BlockFilter.isStampLine("on 20 april 2026 the ministry said the crops were lost by the thousands"))
        let arabic = ["قال المسؤول إن الوضع هادئ في المدينة بعد يومين من الاشتباكات العنيفة التي شهدتها الأحياء الشرقية.",
                      "وأضاف أن القوات الأمنية انتشرت في الشوارع الرئيسية لضمان عودة الحياة إلى طبيعتها خلال الأيام المقبلة.",
                      "وأشار إلى أن لجنة تحقيق شُكّلت لمتابعة الأحداث وتحديد المسؤوليات وتقديم توصياتها خلال أسبوع."]
        let html = "<html lang=\"en\"><head><title>t</title></head><body><article><h1>عنوان</h1>"
            + arabic.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let a = try Self.extract(html)
        #expect(a.language == "ar")
        #expect(a.warnings.contains { $0.hasPrefix("declared language en") })
    }

    /// Session 12's lines, each from a Corpora page of a template family the extractor had not
    /// seen: a credit inside a caption is the caption's text (while a credit box outside one is
    /// not body text); a wiki heading's "[edit]" link and its "Sources" list go, and the cited
    /// works' authors are not the page's; a docs-style box's "Note" label goes (a sentence that
    /// opens with "Note" stays); a «متابعة:» byline line goes, naming the author and the time of
    /// day; a station's «استمعوا إلى …» promo goes.
    @Test func session12Lines() throws {
        let p = Self.prose
        let caption = try Self.extract("""
            <html><body><article><h1>Buses for the suburbs</h1><p>\(p[0])</p>
            <figure><img src="a.jpg"><figcaption>The depot on Monday. <span class="credit">(City Gazette)</span></figcaption></figure>
            <p>\(p[1])</p><div class="credit">Photo credits: City Gazette archive</div><p>\(p[2])</p></article></body></html>
            """)
        #expect(caption.paragraphs.contains(Paragraph(kind: .caption, text: "The depot on Monday. (City Gazette)")))
        #expect(!caption.paragraphs.contains { $0.text.contains("archive") })

        let wiki = try Self.extract("""
            <html><body><div id="mw-content-text"><h1>Buses for the suburbs</h1><p>\(p[0])</p><p>\(p[1])</p>
            <h2><span class="mw-headline">Reaction</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
            <p>\(p[2])</p>
            <h2><span class="mw-headline">Sources</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=2">edit</a>]</span></h2>
            <ul><li><span class="sourceTemplate"><span class="author">Leen Haddadin</span>. "<a href="https://example.com/a">Buses approved</a>" — <i>City Gazette</i></span></li></ul>
            </div></body></html>
            """)
        #expect(wiki.paragraphs.map(\.text) == [p[0], p[1], "Reaction", p[2]])
        #expect(wiki.authors.isEmpty)

        let note = try Self.extract("""
            <html><body><article><h1>Buses for the suburbs</h1><p>\(p[0])</p><p>\(p[1])</p>
            <div class="admonition note"><p class="admonition-title">Note</p><p>Forwarded this? <a href="/subscribe">Subscribe here</a>.</p></div>
            <p>Note that the council has not yet costed the late-night services residents asked for.</p><p>\(p[2])</p></article></body></html>
            """)
        #expect(!note.paragraphs.contains { $0.text == "Note" })
        #expect(note.paragraphs.contains { $0.text.hasPrefix("Note that the council") })

        let byline = try Self.extract("""
            <html lang="ar"><head><meta charset="utf-8"><title>إخلاء المخيمات</title></head><body><div class="content">
            <h2>إخلاء مخيمات المهاجرين في العامرة</h2>
            <div class="date">13/05/2026</div>
            <div class="paragraph"><font size="2">متابعة: نادية بن عمر | نُشر يوم الأربعاء 13 ماي 2026 على الساعة 17:20</font></div>
            <div class="paragraph">نفت وزارة الداخلية أن تكون أي حافلة قد توجهت نحو الحدود الليبية، مؤكدة أن كل من شملتهم عملية الإخلاء نقلوا إلى مراكز إيواء داخل الولاية.</div>
            <div class="paragraph">وقال الناطق باسم الحرس الوطني إن العملية نفذت بإذن من النيابة العمومية بالمحكمة الابتدائية بصفاقس، وإنها جرت دون تسجيل إصابات في صفوف المهاجرين.</div>
            <div class="paragraph"><em>استمعوا إلى نشرة الأخبار كل ساعة على 98.6 FM أو عبر البث المباشر على موقعنا.</em></div>
            <div class="paragraph">وطالبت جمعيات حقوقية بفتح تحقيق مستقل في ظروف نقل المهاجرين، وبنشر قائمة بأماكن إيوائهم وأعدادهم في كل مركز.</div>
            </div></body></html>
            """)
        #expect(byline.authors == ["نادية بن عمر"])
        #expect(byline.published == "2026-05-13T17:20:00+00:00")
        #expect(!byline.warnings.contains(Article.dayOnlyWarning))
        #expect(byline.paragraphs.count == 4)
        #expect(!byline.paragraphs.contains { $0.text.hasPrefix("متابعة") || $0.text.hasPrefix("استمعوا") })
    }

    /// An entry's details line (two labels of furniture or more) is no body text and dates the
    /// article in its own zone; a sentence with one such word is body text.
    @Test func detailsLines() throws {
        #expect(NonBodyLines.isDetailsLine("الفئة: أخبار الجهات | أضاف: admin (13.05.2026 - 08:05 بتوقيت تونس) مشاهدات: 612"))
        #expect(NonBodyLines.isDetailsLine("category: news | added by admin | views: 612"))
        #expect(!NonBodyLines.isDetailsLine("وقال إن التعليقات: كلها جاءت من خارج المدينة."))
        #expect(!NonBodyLines.isDetailsLine("the ministry said comments: were closed after the posted by line went viral."))
        // A Seditio poster line: "added by" and a read count.
        #expect(NonBodyLines.isDetailsLine("أضيف بواسطة: admin - الثلاثاء 26 أيار 2026 - 11:15 - القراءات: 417"))
        let p = Self.prose
        let entry = try Self.extract("""
            <html><head><meta charset="utf-8"><title>Council extends the bus network to the northern suburbs - City news - City Gazette</title>
            <meta property="og:site_name" content="City Gazette"><meta name="date" content="2026-05-13T08:05:00"></head>
            <body><article><div class="eTitle">Council extends the bus network to the northern suburbs</div>
            <p>\(p[0])</p><p>\(p[1])</p><p>\(p[2])</p>
            <div class="eDetails">Category: <a href="/news/city">City news</a> | Added by: <a href="#">admin</a> (13.05.2026 - 08:05 Cairo time)<br>Views: 612 | Hits: 1</div>
            </article></body></html>
            """)
        #expect(entry.headline == "Council extends the bus network to the northern suburbs")
        #expect(entry.paragraphs.map(\.text) == Array(p.prefix(3)))
        #expect(entry.published == "2026-05-13T08:05:00+03:00")
        // "Headline - Place - Outlet" loses the place only with the outlet named: a short tail that
        // is not the outlet's name is cut alone.
        #expect(HeadlineCleaner.clean("Council extends the bus network - City news - City Gazette", outlet: "City Gazette", domain: nil)
                == "Council extends the bus network")
        #expect(HeadlineCleaner.clean("Buses for the northern suburbs - Amman - AP", outlet: "Levant Wire", domain: nil)
                == "Buses for the northern suburbs - Amman")
    }

    /// "By his count, …" opens a sentence, not a byline: the paragraph stays.
    @Test func byFollowedByAPronounIsNoByline() throws {
        let article = try Self.extract("""
            <html><head><meta charset="utf-8"><title>Refinery strike enters second day</title></head>
            <body><article><h1>Refinery strike enters second day</h1>
            <p>By Rania Haddad</p>
            <p>Workers at the refinery near Zarqa stayed off the job for a second day on Monday, the union said, as talks stalled.</p>
            <p>By his count, no more than 450 of the plant’s workers have joined the walkout.</p>
            <p>The company said deliveries to petrol stations had not stopped and that stocks would last three weeks.</p>
            </article></body></html>
            """)
        #expect(article.paragraphs.map(\.text).contains("By his count, no more than 450 of the plant’s workers have joined the walkout."))
        #expect(!article.paragraphs.contains { $0.text == "By Rania Haddad" })
        let wire = try Self.extract("""
            <html><head><meta charset="utf-8"><title>Refinery strike enters second day</title></head>
            <body><article><h1>Refinery strike enters second day</h1>
            <p>By The Associated Press</p>
            <p>Workers at the refinery near Zarqa stayed off the job for a second day on Monday, the union said, as talks stalled.</p>
            <p>The company said deliveries to petrol stations had not stopped and that stocks would last three weeks.</p>
            </article></body></html>
            """)
        #expect(!wire.paragraphs.contains { $0.text == "By The Associated Press" })
    }
}
