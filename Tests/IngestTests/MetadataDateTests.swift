import CorroborateModel
import Testing
@testable import Ingest

/// Dates as pages state them: machine formats, URLs, English and Arabic text.
@Suite struct MetadataDateTests {
    @Test(arguments: [
        ("2026-01-29T10:15:00+02:00", "2026-01-29T10:15:00+02:00"),
        ("2026-01-29T10:15:00.000Z", "2026-01-29T10:15:00+00:00"),
        ("2026-01-29T10:15:00+0300", "2026-01-29T10:15:00+03:00"),
        ("2026-01-29 10:15", "2026-01-29T10:15:00+00:00"),
        ("2026/01/29", "2026-01-29T00:00:00+00:00"),
        ("٢٠٢٦-٠١-٢٩T١٠:١٥:٠٠+٠٣:٠٠", "2026-01-29T10:15:00+03:00"),
    ])
    func machineDates(_ input: String, _ expected: String) throws {
        #expect(try #require(DateParser.iso(input)).iso8601() == expected)
    }

    @Test(arguments: [
        ("November 18, 2019 at 5:30 p.m. ET", "2019-11-18T17:30:00-05:00"),
        ("Mon, 18 Nov 2019 14:05:00 GMT", "2019-11-18T14:05:00+00:00"),
        ("Updated 9:05 AM EDT, Tue November 19, 2019", "2019-11-19T09:05:00-04:00"),
        ("الاثنين 18 تشرين الثاني/نوفمبر 2019 - 10:30 م", "2019-11-18T22:30:00+00:00"),
        ("١٤ شباط/فبراير ٢٠٢٦", "2026-02-14T00:00:00+00:00"),
        ("السبت 3 كانون الثاني 2026", "2026-01-03T00:00:00+00:00"),
        ("21 يناير 2026 الساعة 18:05 بتوقيت غرينتش", "2026-01-21T18:05:00+00:00"),
        ("5 أيار 2025", "2025-05-05T00:00:00+00:00"),
        ("12 جويلية 2024", "2024-07-12T00:00:00+00:00"),
        // All in figures (XOOPS, old CMSs): year first, or day first on an Arabic page.
        ("في 2026/3/24 12:10:00 (GMT+1)", "2026-03-24T12:10:00+01:00"),
        ("نشر في 24/03/2026 - 09:40", "2026-03-24T09:40:00+00:00"),
        ("Posted 3/24/2026 at 10:05 (UTC+03:00)", "2026-03-24T10:05:00+03:00"),
        // Dotted (uCoz, European CMSs): «أضاف: admin (13.05.2026 - 08:05 …)».
        ("أضاف: admin (13.05.2026 - 08:05)", "2026-05-13T08:05:00+00:00"),
        ("2026.05.13 08:05", "2026-05-13T08:05:00+00:00"),
    ])
    func textDates(_ input: String, _ expected: String) throws {
        #expect(try #require(TextDateParser.parse(input)).iso8601() == expected)
    }

    @Test func textWithoutAFullDateIsNotADate() {
        // RFC 2822's numeric zone (an `article:published_time` written so).
        #expect(TextDateParser.parse("Wed, 13 May 2026 17:05:00 +0300")?.offsetMinutes == 180)
        #expect(TextDateParser.parse("Wed, 13 May 2026 09:30 -0500")?.offsetMinutes == -300)
        #expect(TextDateParser.parse("13 May 2026, 17:05, 2-0 win")?.offsetMinutes == nil)
        #expect(TextDateParser.parse("13 May 2026 10:30-11:45")?.offsetMinutes == nil)
        #expect(TextDateParser.parse("5 hours ago") == nil)
        #expect(TextDateParser.parse("شباط") == nil)
        // A decimal is no dotted date.
        #expect(TextDateParser.parse("rose 4.5 per cent in 2026") == nil)
        // "3/4/2026" on an English page: March 4 or 3 April, so not a date.
        #expect(TextDateParser.parse("Posted 3/4/2026") == nil)
        #expect(DateParser.iso("2026-13-40") == nil)
        #expect(DateParser.iso("20261") == nil)
    }

    @Test func urlDates() {
        #expect(DateParser.fromURL("https://x.com/2019/11/18/story-slug/")?.iso8601() == "2019-11-18T00:00:00+00:00")
        #expect(DateParser.fromURL("https://x.com/news/2019-11-18-story")?.iso8601() == "2019-11-18T00:00:00+00:00")
        #expect(DateParser.fromURL("https://x.com/a/20191118/story")?.iso8601() == "2019-11-18T00:00:00+00:00")
        #expect(DateParser.fromURL("https://x.com/story-123456789") == nil)
    }

    /// A page whose only date is an HTTP `last-modified` meta (an old CMS in windows-1256) is
    /// placed by it, with a warning; a page with a publication date keeps that one.
    @Test func lastModifiedPlacesAPageWithNoPublicationDate() throws {
        let html = """
        <html><head><meta http-equiv="last-modified" content="Mon, 20 Apr 2026 15:05:00 GMT"></head><body></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil)
        #expect(meta.published == "2026-04-20T15:05:00+00:00")
        #expect(meta.warnings.contains(PageMetadata.modifiedAsPublishedWarning))
        let dated = html.replacing("</head>", with: "<meta property=\"article:published_time\" content=\"2026-04-20T09:00:00+03:00\"></head>")
        let both = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(dated)), url: nil)
        #expect(both.published == "2026-04-20T09:00:00+03:00")
        #expect(!both.warnings.contains(PageMetadata.modifiedAsPublishedWarning))
    }

    /// ISO-8601's basic format (an N2CMS `pubdate`), with or without seconds and zone.
    @Test func basicFormatDates() {
        #expect(DateParser.iso("20260316T112500+0300")?.iso8601() == "2026-03-16T11:25:00+03:00")
        #expect(DateParser.iso("20260316T1125Z")?.iso8601() == "2026-03-16T11:25:00+00:00")
        #expect(DateParser.iso("20260316T112500 extra") == nil)
        #expect(DateParser.iso("2026031") == nil)
    }

    /// A poster line's time («11:50 م», p.m.) keeps its marker across a `<br>`, and its zone is the
    /// difference from the same moment in UTC (the `last-modified` meta, 20:50 GMT): +03:00. A UTC
    /// time with other minutes says nothing about the zone.
    @Test func aLocalTimeTakesItsZoneFromTheSameMomentInUTC() throws {
        let html = """
        <html><head><meta http-equiv="last-modified" content="Mon, 16 Nov 2026 20:50:00 GMT"></head><body>
        <font size="1">Posted by <b>webmaster</b> on الاثنين 16 نوفمبر 2026 - 11:50 م<br>from the اقتصاد dept.</font>
        </body></html>
        """
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil).published == "2026-11-16T23:50:00+03:00")
        let other = html.replacing("20:50:00 GMT", with: "20:41:00 GMT")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(other)), url: nil).published == "2026-11-16T23:50:00+00:00")
    }

    /// A bare date in one field (`dcterms.date`) gives way to the same day's timed value in a
    /// later one (`<time datetime>`); another day's time does not replace it.
    @Test func bareDateTakesTheSameDaysTime() throws {
        let html = """
        <html><head><meta name="dcterms.date" content="2026-07-08"></head><body>
        <time datetime="2026-07-08T07:00:00Z">8 July 2026</time></body></html>
        """
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil).published == "2026-07-08T07:00:00+00:00")
        let other = html.replacing("2026-07-08T07", with: "2026-07-09T07")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(other)), url: nil).published?.hasPrefix("2026-07-08") == true)
    }

    @Test func missingZoneIsReportedAndBorrowsThePagesOffset() throws {
        let html = """
        <html><head><meta property="article:published_time" content="2026-01-29T10:15:00">
        <meta property="article:modified_time" content="2026-01-29T12:00:00+03:00"></head><body></body></html>
        """
        let signals = PageSignals(try HTMLTreeFixture.parse(html))
        let meta = PageMetadata(signals: signals, url: nil)
        #expect(meta.published == "2026-01-29T10:15:00+03:00")
        #expect(meta.warnings == ["published date has no time zone; used the page's stated offset"])
    }

    /// A zoneless date takes the zone a date line states for the same clock time ("06:15
    /// صباحاً بتوقيت دمشق" → +03:00; Cairo in September is on summer time); a city time stating
    /// another clock time, a city left out of the table (Jerusalem) or no statement leaves UTC.
    @Test(arguments: [
        ("الأربعاء 9 أيلول 2026 - آخر تحديث 06:15 صباحاً بتوقيت دمشق", "2026-09-09T06:15:00+03:00"),
        ("Wednesday 9 September 2026, 6:15 am Dubai time", "2026-09-09T06:15:00+04:00"),
        ("٩ أيلول ٢٠٢٦ - ٠٦:١٥ بتوقيت مكة المكرمة", "2026-09-09T06:15:00+03:00"),
        ("الأربعاء 9 أيلول 2026 - 08:00 بتوقيت دمشق", "2026-09-09T06:15:00+00:00"),
        ("الأربعاء 9 أيلول 2026 - 06:15 بتوقيت القاهرة", "2026-09-09T06:15:00+03:00"),
        ("الأربعاء 9 أيلول 2026 - 06:15 بتوقيت القدس", "2026-09-09T06:15:00+00:00"),
        ("الأربعاء 9 أيلول 2026 - 06:15", "2026-09-09T06:15:00+00:00"),
        // "6:15 pm" is 18:15, not the 06:15 of the meta; a city spelt without hamza still counts.
        ("Wednesday 9 September 2026, 6:15 pm Dubai time", "2026-09-09T06:15:00+00:00"),
        ("الأربعاء 9 أيلول 2026 - 06:15 بتوقيت ابوظبي", "2026-09-09T06:15:00+04:00"),
        // Without the preposition, in brackets (a Mambo date line).
        ("الإثنين, 16 فبراير 2026 06:15 (توقيت القاهرة)", "2026-09-09T06:15:00+03:00"),
    ])
    func zoneStatedInADateLine(_ line: String, _ expected: String) throws {
        let html = """
        <html><head><meta name="date" content="2026-09-09 06:15:00"></head>
        <body><div class="date_top">\(line)</div></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil)
        #expect(meta.published == expected)
    }

    /// A page dated by day only says so in a warning, which orders it after a same-day article
    /// that states its time (`PublicationTime.ordering`); a dated moment does not.
    @Test func dayOnlyDatesAreMarked() throws {
        let day = "<html><head></head><body><h3 class=\"serendipity_date\">الأحد, سبتمبر 13. 2026</h3></body></html>"
        let dayOnly = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(day)), url: nil)
        #expect(dayOnly.published == "2026-09-13T00:00:00+00:00")
        #expect(dayOnly.warnings.contains(Article.dayOnlyWarning))
        let moment = "<html><head><meta name=\"date\" content=\"2026-09-13 09:40:00\"></head><body></body></html>"
        let timed = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(moment)), url: nil)
        #expect(!timed.warnings.contains(Article.dayOnlyWarning))
    }

    /// A poster line with no date class dates the post (PostNuke «أرسلت بواسطة admin في …», "Posted
    /// by admin on …"); a reader's comment line («بواسطة: …») does not.
    @Test func posterLinesDateThePost() throws {
        let html = """
        <html><head></head><body><span class="pn-sub">أرسلت بواسطة <a href="user.php">admin</a> في الإثنين 19 أكتوبر 2026 - 11:25:00 (213 قراءة)</span>
        <div class="x">Posted by admin on October 20, 2026 09:00</div></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil)
        #expect(meta.published == "2026-10-19T11:25:00+00:00")
        let board = "<html><head></head><body><span class=\"postdetails\"><b>كُتب في:</b> 14 يناير 2026 - 12:05 م</span></body></html>"
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(board)), url: nil).published == "2026-01-14T12:05:00+00:00")
        // A board's footer states the zone of all its times: a zone-less post date is read in it.
        let zoned = board.replacingOccurrences(of: "</body>", with: "<div>الوقت الآن: 14 يناير 2026 - 12:44 م<br>جميع الأوقات بتوقيت GMT +4</div></body>")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(zoned)), url: nil).published == "2026-01-14T12:05:00+04:00")
        #expect(PageSignals.siteZone(in: ArraySlice("جميع الأوقات بتوقيت بغداد (GMT+3)".utf8)) == 180)
        #expect(PageSignals.siteZone(in: ArraySlice("All times are GMT -5:30".utf8)) == -330)
        // Greenwich in Arabic letters.
        #expect(PageSignals.siteZone(in: ArraySlice("التوقيت المعتمد: توقيت تونس (غرينتش +1)".utf8)) == 60)
        #expect(PageSignals.siteZone(in: ArraySlice("مسافة غرينتش +1 كلم".utf8)) == nil)
        #expect(PageSignals.siteZone(in: ArraySlice("Markets closed at 16:00 GMT+1 on Friday".utf8)) == nil)
        let comment = "<html><head></head><body><td>بواسطة: ولد_البوغاز في الإثنين 19 أكتوبر 2026 - 12:10:31</td></body></html>"
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(comment)), url: nil).published == nil)
    }
}

/// Daylight-saving rules of the cities whose offset changes in the year (dates checked against
/// tzdata: Egypt 2024 summer time 26 April – 31 October, Lebanon 2026 29 March – 25 October).
@Suite struct StatedZoneRuleTests {
    @Test(arguments: [
        (StatedZone.Rule.egypt, 2024, 4, 25, Int?(120)), (.egypt, 2024, 4, 26, 180), (.egypt, 2024, 10, 31, 180),
        (.egypt, 2024, 11, 1, 120), (.egypt, 2020, 7, 1, 120), (.egypt, 2010, 7, 1, nil),
        (.lebanon, 2026, 3, 28, 120), (.lebanon, 2026, 3, 29, 180), (.lebanon, 2026, 10, 24, 180),
        (.lebanon, 2026, 10, 25, 120),
    ])
    func seasonalOffsets(_ rule: StatedZone.Rule, _ year: Int, _ month: Int, _ day: Int, _ expected: Int?) {
        #expect(StatedZone.seasonalOffset(rule, on: PageDate(year: year, month: month, day: day)) == expected)
    }
}

/// A date element's Unix time (`data-time`) is the UTC moment of its local text.
@Suite struct UnixTimeTests {
    @Test(arguments: [
        (1_784_668_500, "2026-07-21T21:15:00+00:00"),
        (946_684_800, "2000-01-01T00:00:00+00:00"),
        (1_709_208_000, "2024-02-29T12:00:00+00:00"),
    ])
    func unixSeconds(_ seconds: Int, _ expected: String) throws {
        #expect(try #require(PageDate(unixSeconds: seconds)).iso8601() == expected)
    }

    @Test func aUnixTimeGivesTheLocalTextItsZone() throws {
        let html = """
        <html><head></head><body><div class="news_info">أرسل بواسطة: admin | <span class="news_date" data-time="1784668500">الأربعاء 22-07-2026 | 12:15 ص</span></div></body></html>
        """
        let meta = PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil)
        #expect(meta.published == "2026-07-22T00:15:00+03:00")
        // A Unix time that is not the same moment (other minutes) says nothing about the zone.
        let other = html.replacingOccurrences(of: "1784668500", with: "1784669100")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(other)), url: nil).published == "2026-07-22T00:15:00+00:00")
        // A sidebar item's Unix time, printed with another time, says nothing about the article's zone.
        let sidebar = """
        <html><head></head><body><span class="news_date">الأربعاء 22-07-2026 | 12:15 ص</span><ul><li><span class="date" data-time="1784723400">الأربعاء 22-07-2026 | 12:30</span></li></ul></body></html>
        """
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(sidebar)), url: nil).published == "2026-07-22T00:15:00+00:00")
    }

    /// A day-only `DC.date` gives way to the poster line of the same day with its time; a line
    /// of another day does not.
    @Test func aBareDateTakesItsTimeFromThePosterLine() throws {
        let html = """
        <html><head><meta name="DC.date" content="16-3-2026"></head><body><table><tr><td class="newsinfo">نُشر بتاريخ: الاثنين 16 مارس 2026 - 11:40 مساءً | القسم: أخبار محلية</td></tr></table></body></html>
        """
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(html)), url: nil).published == "2026-03-16T23:40:00+00:00")
        let other = html.replacingOccurrences(of: "الاثنين 16 مارس", with: "الثلاثاء 17 مارس")
        #expect(PageMetadata(signals: PageSignals(try HTMLTreeFixture.parse(other)), url: nil).published == "2026-03-16T00:00:00+00:00")
    }
}
