/// One synthetic news page for `bench warc` (see `BenchCorpus`): English or Arabic, 50–300 KB.
struct BenchPage {
    private static let english = """
        the official said that government intelligence reported according to sources senior minister \
        on Tuesday denied confirmed statement military forces spokesman ceasefire talks negotiations \
        between delegation agency news report claims attack civilians humanitarian aid border \
        president administration anonymous officials familiar with the matter told reporters however \
        prison camp detainees transferred helicopters facility airport thousands fighters families \
        ministry interior justice court hearing released week month year city province north south
        """.split(separator: " ").map(String.init)
    private static let arabic = """
        قال مسؤول رفيع في الاستخبارات الأمريكية إن المفاوضات بين الوفدين وصلت إلى مرحلة حاسمة وأضاف \
        المصدر الذي طلب عدم الكشف عن هويته أن الحكومة نفت التقارير وأكد المتحدث باسم الجيش وفقا لمصادر \
        مطلعة نقلت وكالة الأنباء عن شهود عيان السجن المعتقلين نقل مروحيات منشأة مطار آلاف المقاتلين \
        عائلاتهم وزارة الداخلية العدل محكمة جلسة أفرج الأسبوع الشهر العام مدينة محافظة شمال جنوب
        """.split(separator: " ").map(String.init)
    private static let jsWords = ["var", "function", "return", "if", "else", "for", "window", "document", "push",
                                  "length", "null", "true", "false", "this", "new", "typeof", "undefined"]
    private static let cssProperties = ["margin", "padding", "color", "background", "font-size", "line-height",
                                        "display", "border", "width", "max-width", "flex", "position", "top", "z-index"]

    let number: Int
    let arabicPage: Bool
    /// Total size aimed at, in bytes (the page ends up within a few KB of it).
    let target: Int
    private var rng: SplitMix
    private var out = ""

    init(number: Int, rng: inout SplitMix) {
        self.number = number
        arabicPage = number % 2 == 1
        // Skewed towards the smaller end, as real pages are: 50–300 KB, median about 120 KB.
        let u = Double(rng.next() % 10_000) / 10_000
        target = 50_000 + Int(250_000 * u * u)
        self.rng = SplitMix(seed: rng.next())
        out.reserveCapacity(target + 16_384)
    }

    private var words: [String] { arabicPage ? Self.arabic : Self.english }

    private mutating func sentence(_ n: Int) -> String {
        var s = ""
        for i in 0..<n {
            if i > 0 { s += " " }
            s += rng.pick(words)
        }
        return s + (arabicPage ? "." : ".")
    }

    /// Identifiers and class names: a site's code reuses a few hundred names over and over.
    private static let identifiers: [String] = {
        var rng = SplitMix(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return (0..<600).map { _ in String((0..<rng.next(in: 3...10)).map { _ in rng.pick(letters) }) }
    }()

    private mutating func identifier() -> String {
        rng.next() % 4 == 0 ? rng.pick(Self.identifiers) + String(rng.next(in: 0...99)) : rng.pick(Self.identifiers)
    }

    /// Minified-looking JavaScript of about `bytes` bytes.
    private mutating func script(_ bytes: Int) -> String {
        var js = ""
        while js.utf8.count < bytes {
            let f = identifier(), a = identifier(), b = identifier()
            js += "\(rng.pick(Self.jsWords)) \(f)=function(\(a),\(b)){if(\(a)&&\(a).\(identifier())>\(rng.next(in: 0...999)))"
                + "{return \(b).\(identifier())(\"\(identifier())\",\(a))}\(rng.pick(Self.jsWords)) \(identifier())=[\(rng.next(in: 0...9999)),\"\(identifier())\"];};"
        }
        return js
    }

    /// Stylesheet rules of about `bytes` bytes.
    private mutating func style(_ bytes: Int) -> String {
        var css = ""
        while css.utf8.count < bytes {
            css += ".\(identifier()) .\(identifier()){\(rng.pick(Self.cssProperties)):\(rng.next(in: 0...40))px;"
                + "\(rng.pick(Self.cssProperties)):#\(String(rng.next(in: 0x100000...0xffffff), radix: 16))}"
        }
        return css
    }

    private mutating func menu(_ links: Int, prefix: String) -> String {
        var html = "<ul class=\"\(prefix)-menu\">"
        for i in 0..<links {
            html += "<li class=\"\(prefix)-item\"><a href=\"/\(prefix)/\(identifier())-\(i)\">\(sentence(rng.next(in: 1...3)).dropLast())</a></li>"
        }
        return html + "</ul>"
    }

    /// The page as UTF-8 bytes.
    mutating func html() -> [UInt8] {
        let lang = arabicPage ? "ar" : "en"
        let headline = sentence(rng.next(in: 8...14))
        out += "<!DOCTYPE html><html lang=\"\(lang)\"\(arabicPage ? " dir=\"rtl\"" : "")><head><meta charset=\"utf-8\">"
        out += "<title>\(headline) | News \(number % 40)</title>"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<meta property=\"og:site_name\" content=\"News \(number % 40)\"><meta property=\"og:title\" content=\"\(headline)\">"
        out += "<meta property=\"og:type\" content=\"article\"><meta name=\"author\" content=\"Staff Reporter\">"
        out += "<link rel=\"canonical\" href=\"https://www.news\(number % 40).example/story-\(number).html\">"
        for i in 0..<rng.next(in: 4...12) { out += "<link rel=\"preload\" as=\"script\" href=\"/static/js/chunk-\(i)-\(identifier()).js\">" }
        let chrome = max(0, target - 40_000)  // bytes left for scripts and styles after the visible page
        out += "<style>\(style(chrome / 4))</style>"
        out += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"headline\":\"\(headline)\",\"datePublished\":\"2026-01-\(number % 28 + 1 < 10 ? "0" : "")\(number % 28 + 1)T10:15:00+02:00\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Staff Reporter\"}}</script>"
        out += "<script>window.dataLayer=window.dataLayer||[];\(script(chrome / 4))</script></head><body>"
        out += "<header class=\"site-header\"><nav class=\"main-nav\">\(menu(rng.next(in: 40...120), prefix: "section"))</nav>"
        out += "<div class=\"ticker breaking\"><marquee>\((0..<8).map { _ in sentence(8) }.joined(separator: " • "))</marquee></div></header>"
        out += "<main><article class=\"story\"><h1 class=\"headline\">\(headline)</h1>"
        out += "<div class=\"byline\">By <a href=\"/author/staff\">Staff Reporter</a> <time datetime=\"2026-01-29T10:15:00+02:00\">29 January 2026</time></div>"
        out += "<div class=\"share-bar\">\(menu(6, prefix: "share"))</div>"
        out += "<figure><img src=\"/img/\(identifier()).jpg\" alt=\"\"><figcaption>\(sentence(10))</figcaption></figure><div class=\"article-body\">"
        let paragraphs = rng.next(in: 10...35)
        for p in 0..<paragraphs {
            if p == paragraphs / 2 {
                out += "<div class=\"read-also\"><h4>Read also</h4>\(menu(3, prefix: "related"))</div><div class=\"ad-slot\" id=\"ad-\(p)\"></div>"
            }
            out += "<p>" + (0..<rng.next(in: 2...5)).map { _ in sentence(rng.next(in: 8...28)) }.joined(separator: " ") + "</p>"
        }
        out += "</div><div class=\"tags\">\(menu(rng.next(in: 3...8), prefix: "tag"))</div></article>"
        out += "<section class=\"related\">"
        for _ in 0..<rng.next(in: 8...24) {
            out += "<div class=\"card\"><a href=\"/\(identifier())\"><img src=\"/img/\(identifier()).jpg\"><h3>\(sentence(9))</h3></a><p>\(sentence(16))</p></div>"
        }
        out += "</section><section class=\"comments\">"
        for _ in 0..<rng.next(in: 0...20) {
            out += "<div class=\"comment\"><span class=\"user\">\(identifier())</span><p>\(sentence(rng.next(in: 5...30)))</p></div>"
        }
        out += "</section></main><aside class=\"newsletter\"><form><input type=\"email\"><button>Subscribe</button></form></aside>"
        out += "<footer>\(menu(rng.next(in: 30...80), prefix: "footer"))<p>© News \(number % 40)</p></footer>"
        let rest = max(1_000, target - out.utf8.count - 200)
        out += "<script>\(script(rest))</script></body></html>"
        return Array(out.utf8)
    }
}
