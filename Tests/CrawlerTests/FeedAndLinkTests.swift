import Testing
@testable import Crawler

@Suite struct FeedAndLinkTests {
    @Test func rss() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>News</title><link>https://n.example/</link>
            <item><title>A</title><link>https://n.example/2026/a.html</link></item>
            <item><title><![CDATA[B & co]]></title><link> https://n.example/2026/b.html </link></item>
            <item><title>dup</title><link>https://n.example/2026/a.html</link></item>
            </channel></rss>
            """
        let feed = FeedParser.parse(Array(xml.utf8))
        #expect(feed.kind == .rss)
        #expect(feed.articles == ["https://n.example/2026/a.html", "https://n.example/2026/b.html"])
        #expect(feed.warning == nil)
    }

    @Test func atomTakesAlternateLinksOfEntriesOnly() {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="https://n.example/feed"/>
            <entry><link rel="alternate" href="https://n.example/x"/><link rel="enclosure" href="https://n.example/x.mp3"/></entry>
            <entry><link href="https://n.example/y"/></entry></feed>
            """
        let feed = FeedParser.parse(Array(xml.utf8))
        #expect(feed.kind == .atom)
        #expect(feed.articles == ["https://n.example/x", "https://n.example/y"])
    }

    @Test func newsSitemapAndIndex() {
        let news = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://n.example/news/1</loc><news:news><news:title>One</news:title></news:news></url>
            <url><loc>https://n.example/news/2</loc></url></urlset>
            """
        #expect(FeedParser.parse(Array(news.utf8)).articles == ["https://n.example/news/1", "https://n.example/news/2"])
        let index = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://n.example/s1.xml</loc></sitemap><sitemap><loc>https://n.example/s2.xml</loc></sitemap>
            </sitemapindex>
            """
        let parsed = FeedParser.parse(Array(index.utf8))
        #expect(parsed.kind == .sitemapIndex)
        #expect(parsed.sitemaps == ["https://n.example/s1.xml", "https://n.example/s2.xml"])
        #expect(parsed.articles.isEmpty)
    }

    @Test func malformedFeedKeepsWhatCameBeforeTheError() {
        let xml = "<rss><channel><item><link>https://n.example/ok</link></item><item><link>broken & bad</link>"
        let feed = FeedParser.parse(Array(xml.utf8))
        #expect(feed.articles.first == "https://n.example/ok")
        #expect(feed.warning != nil)
        #expect(FeedParser.parse(Array("not xml at all".utf8)).articles.isEmpty)
    }

    @Test func articleLinksSkipChromeAssetsAndScripts() throws {
        let html = """
            <html><head><base href="/news/"><script>var s = "<a href='/from-script'>";</script></head><body>
            <header><a href="/about">About</a></header>
            <nav><a href="/section">Section</a></nav>
            <!-- <a href="/commented">x</a> -->
            <article><a href="2026/story-one.html">One</a> <A HREF='https://n.example/2026/two?x=1&amp;y=2#c'>Two</A>
            <a href="/tag/politics">tag</a> <a href="/img/photo.jpg">photo</a> <a href="mailto:x@y.z">mail</a>
            <a rel="nofollow" href="/sponsored">ad</a> <a href="2026/story-one.html#again">dup</a>
            <a href=/unquoted/three>Three</a></article>
            <footer><a href="/privacy">Privacy</a></footer></body></html>
            """
        let links = LinkExtractor.articleLinks(in: Array(html.utf8), baseURL: try CrawlURL("https://n.example/index.html"))
        #expect(links.map(\.description) == [
            "https://n.example/news/2026/story-one.html", "https://n.example/2026/two?x=1&y=2",
            "https://n.example/unquoted/three",
        ])
    }

    @Test func addressGuardClassifies() {
        #expect(AddressGuard.refusal(host: "127.0.0.1") != nil)
        #expect(AddressGuard.refusal(host: "localhost") != nil)
        #expect(AddressGuard.refusal(host: "169.254.169.254")?.contains("metadata") == true)
        #expect(AddressGuard.refusal(host: "10.1.2.3")?.contains("private") == true)
        #expect(AddressGuard.refusal(host: "::1") != nil)
        #expect(AddressGuard.refusal(host: "fe80::1") != nil)
        #expect(AddressGuard.refusal(host: "::ffff:192.168.0.1") != nil)
        #expect(AddressGuard.refusal(host: "93.184.216.34") == nil)
        #expect(AddressGuard.refusal(host: "2606:2800:220:1:248:1893:25c8:1946") == nil)
    }

    @Test func retryAfterForms() throws {
        let now = try #require(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(RetryPolicy.parseRetryAfter("120", now: now) == 120)
        #expect(RetryPolicy.parseRetryAfter("Sun, 06 Nov 1994 08:50:07 GMT", now: now) == 30)
        #expect(RetryPolicy.parseRetryAfter("soon", now: now) == nil)
        let policy = RetryPolicy(retries: 3, baseDelay: 1, maxDelay: 10)
        #expect(policy.delay(attempt: 1, retryAfter: nil) == 1)
        #expect(policy.delay(attempt: 3, retryAfter: nil) == 4)
        #expect(policy.delay(attempt: 1, retryAfter: "3600") == 10)  // capped
    }
}
