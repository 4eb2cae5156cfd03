import Testing
@testable import Crawler

@Suite struct RobotsTxtTests {
    static let text = """
        # comments and odd spacing are fine
        User-agent: *
        Disallow: /private
        Allow: /private/ok
        Disallow: /*.pdf$
        Disallow: /search?
        Crawl-delay: 2

        User-agent: BadBot
        User-agent: corroborate
        Disallow: /no-corroborate/
        Allow: /page
        Disallow: /page

        User-agent: other
        Disallow: /
        """

    @Test(arguments: [
        ("/", "anybot", true),
        ("/private", "anybot", false),
        ("/private/x", "anybot", false),
        ("/private/ok", "anybot", true),        // longer allow wins
        ("/private/okay", "anybot", true),      // prefix match
        ("/doc.pdf", "anybot", false),
        ("/doc.pdf?x=1", "anybot", true),       // $ anchors at the end
        ("/search?q=x", "anybot", false),
        ("/search", "anybot", true),
        ("/robots.txt", "other", true),          // always allowed
        ("/anything", "other", false),
        ("/private", "corroborate", true),      // its own group replaces '*'
        ("/no-corroborate/x", "corroborate", false),
        ("/page", "corroborate", true),         // equal length: allow wins
        ("/x", "badbot", true),
    ])
    func decides(path: String, token: String, allowed: Bool) {
        #expect(RobotsTxt(parsing: Self.text).allows(path, token: token) == allowed)
    }

    @Test func crawlDelayAndSpecialCases() {
        let robots = RobotsTxt(parsing: Self.text)
        #expect(robots.crawlDelay(token: "anybot") == 2)
        #expect(robots.crawlDelay(token: "corroborate") == nil)
        #expect(RobotsTxt.allowAll.allows("/x", token: "a"))
        #expect(!RobotsTxt.disallowAll.allows("/x", token: "a"))
        #expect(RobotsTxt(parsing: "User-agent: *\nDisallow:\n").allows("/x", token: "a"))
        #expect(RobotsTxt(parsing: "garbage\u{0}\u{1}\nDisallow: /\n").allows("/x", token: "a"))  // rule outside a group
        #expect(RobotsTxt.productToken(of: "Corroborate/0.1 (+https://x)") == "corroborate")
    }

    @Test func wildcardMatchingDoesNotBacktrackExponentially() {
        // A pathological pattern against a long path must return promptly (no exponential backtracking).
        let pattern = String(repeating: "*a", count: 200) + "b"
        let path = "/" + String(repeating: "a", count: 5000)
        #expect(!RobotsTxt.matches(pattern, path))
        #expect(RobotsTxt.matches("/*/x*.html$", "/a/b/xyz.html"))
        #expect(!RobotsTxt.matches("/*/x*.html$", "/a/b/xyz.htmlz"))
    }
}
