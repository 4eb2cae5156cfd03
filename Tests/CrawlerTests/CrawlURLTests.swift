import Testing
@testable import Crawler

@Suite struct CrawlURLTests {
    @Test(arguments: [
        ("HTTP://Example.COM:80/a/./b/../c?x=2&a=1#frag", "http://example.com/a/c?x=2&a=1"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/", "https://example.com:8443/"),
        ("https://user:pw@example.com/p", "https://example.com/p"),
        ("https://example.com/a b/ü?q=ü ü", "https://example.com/a%20b/%C3%BC?q=%C3%BC%20%C3%BC"),
        ("https://example.com/%7e%2fx", "https://example.com/%7E%2Fx"),
        ("  https://example.com/x\n", "https://example.com/x"),
        ("https://example.com./", "https://example.com/"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
    ])
    func normalises(input: String, expected: String) throws {
        #expect(try CrawlURL(input).description == expected)
    }

    @Test(arguments: [
        ("../d?y", "https://example.com/a/d?y"),
        ("/root", "https://example.com/root"),
        ("//other.org/p", "https://other.org/p"),
        ("?q=1", "https://example.com/a/b/c?q=1"),
        ("", "https://example.com/a/b/c?base=1"),
        ("#top", "https://example.com/a/b/c?base=1"),
        ("e", "https://example.com/a/b/e"),
        ("./../../../../g", "https://example.com/g"),
        ("http:\\\\x.org\\path", "http://x.org/path"),
    ])
    func resolvesRelativeReferences(reference: String, expected: String) throws {
        let base = try CrawlURL("https://example.com/a/b/c?base=1")
        #expect(try CrawlURL(reference, relativeTo: base).description == expected)
    }

    @Test(arguments: ["file:///etc/passwd", "data:text/html,hi", "ftp://example.com/x", "javascript:alert(1)", "mailto:a@b.c"])
    func refusesNonHTTPSchemes(text: String) {
        #expect {
            try CrawlURL(text)
        } throws: { error in
            guard case .unsupportedScheme = error as? CrawlError else { return false }
            return "\(error)".contains("only http and https")
        }
    }

    @Test(arguments: ["https://", "https://example.com:99999/", "example.com/no-scheme", "http://exa mple.com/"])
    func refusesBrokenURLs(text: String) {
        #expect(throws: CrawlError.self) { try CrawlURL(text) }
    }

    @Test func originAndDedupIdentity() throws {
        let a = try CrawlURL("https://EXAMPLE.com/x#1"), b = try CrawlURL("https://example.com:443/./x#2")
        #expect(a == b)
        #expect(a.origin == "https://example.com")
        #expect(try CrawlURL("https://example.com/x?b=1&a=2") != CrawlURL("https://example.com/x?a=2&b=1"))
    }
}
