import HTMLTree

/// Everything metadata extraction reads from a page, gathered in one pass over the tree:
/// `<meta>` values, `<link>` relations, JSON-LD blocks, `<time>` and microdata dates, bylines.
struct PageSignals {
    /// `<meta>` content keyed by lowercased `property`, `name`, `itemprop` or `http-equiv`.
    var meta: [String: [String]] = [:]
    var htmlLang: String?
    var title: String?
    var firstH1: String?
    /// The texts of the page's first `<h1>`s (a blog's masthead, a sidebar's and the entry's).
    var h1Texts: [String] = []
    var canonical: String?
    var baseHref: String?
    var jsonLD: [String] = []
    /// `<time datetime>` values and microdata `datePublished`/`dateModified`, in order.
    var timeValues: [String] = []
    var microdataPublished: [String] = []
    /// The name of the microdata publisher (`itemprop="publisher"` › `itemprop="name"`).
    var microdataPublisher: String?
    var microdataModified: [String] = []
    /// Texts of `rel=author` links and of elements with an author/byline class or itemprop.
    var bylines: [String] = []
    /// The zone a board or site states for all its times, in minutes east of UTC ("All times are
    /// GMT +4", «جميع الأوقات بتوقيت بغداد (GMT+3)», «التوقيت المعتمد بتوقيت الإمارات (GMT+4)»).
    var siteZone: Int?
    /// Footer copyright lines ("Copyright © 2026 Safe Lanes"), outer and inner: their holder
    /// names the outlet when a part of the title spells it.
    var copyrightLines: [String] = []
    /// The class of each byline's element, in `bylines` order.
    var bylineClasses: [String] = []
    /// Short texts of elements whose class or id names a date ("date", "time", "publish").
    var dateTexts: [String] = []
    /// Unix times on a date element (`<span class="news_date" data-time="1784668500">`), with the
    /// element's own text.
    var unixTimes: [(seconds: Int, text: String)] = []
    /// Texts of links to the site's front page (a masthead's "البهية نيوز"), a few at most.
    var homeLinkTexts: [String] = []
    /// Word's document properties ("Save as HTML"), from a comment in the head.
    var office: OfficeProperties?
    /// The text of Word's Title-style paragraph (`<p class=MsoTitle>`), Word's visible title.
    var wordTitle: String?
    private var linksSeen = 0

    init(_ doc: HTMLDocument) {
        var it = doc.descendants(of: doc.root)
        while let n = it.next() {
            guard doc.isElement(n) else {
                if office == nil, doc.kind(n) == .comment, let p = doc.parent(n), doc.name(p) == "head" {
                    office = OfficeProperties(comment: doc.utf8Text(n))
                }
                if siteZone == nil, doc.kind(n) == .text { siteZone = Self.siteZone(in: doc.utf8Text(n)) }
                continue
            }
            switch doc.name(n) {
            case "html":
                if htmlLang == nil { htmlLang = doc.attribute("lang", of: n) ?? doc.attribute("xml:lang", of: n) }
            case "title":
                if title == nil { title = TextBuffer.normalise(doc.textContent(of: n)) }
            case "h1":
                if firstH1 == nil || h1Texts.count < 6 {
                    let t = Self.shortText(of: n, in: doc, limit: 400) ?? ""
                    if !t.isEmpty, h1Texts.count < 6 { h1Texts.append(t) }
                    if firstH1 == nil, !t.isEmpty, !Self.isMasthead(n, text: t, doc) { firstH1 = t }
                }
            case "p":
                // Only in a page Word saved (its properties come first, in the head).
                if wordTitle == nil, office != nil || meta["progid"]?.first == "Word.Document",
                   doc.attribute("class", of: n) == "MsoTitle" {
                    let t = TextBuffer.normalise(doc.textContent(of: n))
                    if !t.isEmpty { wordTitle = t }
                }
                collectMicrodata(n, doc)
                collectByline(n, doc)
                collectDateText(n, doc)
            case "meta":
                guard let content = doc.attribute("content", of: n) else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = doc.attribute(key, of: n) { meta[k.lowercased(), default: []].append(content) }
                }
                if let prop = doc.attribute("itemprop", of: n) {
                    if prop == "datePublished" { microdataPublished.append(content) }
                    if prop == "dateModified" { microdataModified.append(content) }
                    // <div itemprop="publisher" itemscope><meta itemprop="name" content="…">
                    if prop == "name", microdataPublisher == nil, let parent = doc.parent(n),
                       doc.attribute("itemprop", of: parent)?.lowercased() == "publisher" {
                        microdataPublisher = content
                    }
                }
            case "link":
                let rel = (doc.attribute("rel", of: n) ?? "").lowercased()
                if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = doc.attribute("href", of: n) }
            case "base":
                if baseHref == nil { baseHref = doc.attribute("href", of: n) }
            case "script":
                let type = (doc.attribute("type", of: n) ?? "").lowercased()
                if type.hasSuffix("ld+json") { jsonLD.append(doc.textContent(of: n)) }
                it.skipChildren(of: n)
            case "style", "template", "svg":
                it.skipChildren(of: n)
            case "time":
                if let dt = doc.attribute("datetime", of: n), timeValues.count < 8 { timeValues.append(dt) }
                collectMicrodata(n, doc)
            case "a":
                // A masthead's link comes early: only the first links are read for it.
                linksSeen += 1
                if linksSeen <= 40, homeLinkTexts.count < 6, let href = doc.attribute("href", of: n), Self.isFrontPage(href) {
                    // A logo image's alternative text names the site when the link has no text.
                    var t = TextBuffer.normalise(doc.textContent(of: n))
                    if t.isEmpty, let alt = Self.imageAlt(in: n, doc) { t = alt }
                    if !t.isEmpty, t.count <= 40 { homeLinkTexts.append(t) }
                }
                collectMicrodata(n, doc)
                collectByline(n, doc)
                collectDateText(n, doc)
            default:
                collectMicrodata(n, doc)
                collectByline(n, doc)
                collectDateText(n, doc)
                // (A short `#footer`'s © line counts too: «جميع الحقوق محفوظة © صدى الفلوجة 2026».)
                if copyrightLines.count < 4,
                   doc.attribute("class", of: n).map({ ByteSearch.containsAnyIgnoringASCIICase($0, Self.copyrightWords) }) == true
                    || doc.attribute("id", of: n).map({ ByteSearch.containsAnyIgnoringASCIICase($0, Self.copyrightOrFooterWords) }) == true,
                   let text = Self.shortText(of: n, in: doc, limit: 400), text.count < 120, text.contains("©") {
                    copyrightLines.append(text)
                }
            }
        }
    }

    /// A blog's `<h1>` that is only the link to its front page (`<h1><a href="/">دانة الاقتصاد</a></h1>`):
    /// the site's name, not the article's headline.
    static func isMasthead(_ h1: Int, text: String, _ doc: HTMLDocument) -> Bool {
        guard let a = firstDescendant(named: "a", of: h1, doc), let href = doc.attribute("href", of: a), isFrontPage(href)
        else { return false }
        return TextBuffer.normalise(doc.textContent(of: a)) == text
    }

    /// The alternative text of the first image inside an element.
    static func imageAlt(in node: Int, _ doc: HTMLDocument) -> String? {
        guard let img = firstDescendant(named: "img", of: node, doc) else { return nil }
        let alt = TextBuffer.normalise(doc.attribute("alt", of: img) ?? "")
        return alt.isEmpty ? nil : alt
    }

    /// The first element with that tag name inside `node`, in document order.
    private static func firstDescendant(named name: String, of node: Int, _ doc: HTMLDocument) -> Int? {
        var it = doc.descendants(of: node)
        while let n = it.next() {
            if doc.isElement(n), doc.name(n) == name { return n }
        }
        return nil
    }

    /// "/", "index.html", "https://www.example.com/": a link to the site's front page.
    static func isFrontPage(_ href: String) -> Bool {
        // Cheap test first: a front page's address is short and has at most three slashes.
        guard href.utf8.count < 80, href.utf8.lazy.filter({ $0 == UInt8(ascii: "/") }).count <= 3 else { return false }
        let h = href.trimmingWhitespace().lowercased()
        if ["/", "./", "/index.html", "index.html", "/index.php", "index.php", "/index.htm", "/home", "/index.php/home",
            "/default.aspx", "/default.asp", "/index.jsp", "/index.cfm"].contains(h) { return true }
        // Any server's index file at the root: "/index.lasso", "/index.shtml", "/default.cfm".
        if let dot = h.lastIndex(of: "."), ["/index", "index", "/default", "/home"].contains(h[..<dot]),
           (2...6).contains(h.distance(from: dot, to: h.endIndex) - 1), h[h.index(after: dot)...].allSatisfy(\.isLetter) {
            return true
        }
        guard let scheme = h.range(of: "://") else { return false }
        let rest = h[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return !rest.isEmpty }
        return rest[rest.index(after: slash)...].isEmpty
    }

    /// Every non-empty value of the first key that has one (a page may list several
    /// `article:author` metas).
    func all(_ keys: String...) -> [String] {
        for k in keys {
            let values = (meta[k] ?? []).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if !values.isEmpty { return values }
        }
        return []
    }

    func first(_ keys: String...) -> String? {
        for k in keys {
            if let v = meta[k]?.first(where: { !$0.trimmingWhitespace().isEmpty }) { return v.trimmingWhitespace() }
        }
        return nil
    }

    private mutating func collectMicrodata(_ n: Int, _ doc: HTMLDocument) {
        guard let prop = doc.attribute("itemprop", of: n) else { return }
        let value = doc.attribute("datetime", of: n) ?? doc.attribute("content", of: n)
            ?? (doc.name(n) == "abbr" ? doc.attribute("title", of: n) : nil)
        if prop == "datePublished" {
            microdataPublished.append(value ?? TextBuffer.normalise(doc.textContent(of: n)))
        } else if prop == "dateModified" {
            microdataModified.append(value ?? TextBuffer.normalise(doc.textContent(of: n)))
        }
    }

    private static let dateWords = ["date", "time", "publish", "تاريخ"].map { Array($0.utf8) }

    private mutating func collectDateText(_ n: Int, _ doc: HTMLDocument) {
        guard dateTexts.count < 6 else { return }
        // No date word contains a space, so testing class and id apart equals testing "class id".
        let named = [doc.attribute("class", of: n), doc.attribute("id", of: n)].contains { value in
            value.map { ByteSearch.containsAnyIgnoringASCIICase($0, Self.dateWords) } ?? false
        }
        // A poster line with no date class («أرسلت بواسطة admin في الإثنين 19 أكتوبر 2026 - 11:25:00»,
        // "Posted by admin on …": PostNuke, phpBB, old portals) dates the post.
        guard named || Self.opensWith(Self.posterPrefixes, n, doc) else { return }
        if named, unixTimes.count < 4 {
            for a in doc.attributes(n) where Self.unixTimeAttributes.contains(a.name) {
                if a.value.utf8.count == 10, let seconds = Int(a.value) {
                    unixTimes.append((seconds, Self.shortText(of: n, in: doc, limit: 64) ?? ""))
                }
            }
        }
        guard doc.firstChild(n) != nil else { return }
        guard let text = Self.shortText(of: n, in: doc) else { return }
        if text.count >= 6 && text.count < 120 { dateTexts.append(text) }
    }

    static let unixTimeAttributes: Set<String> = ["data-time", "data-timestamp", "data-unix", "data-epoch", "data-utime",
                                                   "data-unixtime", "data-date"]

    /// `TextBuffer.normalise(doc.textContent(of: node))`, or nil as soon as it passes 4 KiB or
    /// 4096 nodes: the callers keep only texts under 120 characters, and nested date or byline
    /// containers would otherwise copy the same large subtree again and again.
    static func shortText(of node: Int, in doc: HTMLDocument, limit: Int = 4096) -> String? {
        var buffer = TextBuffer()
        var it = doc.descendants(of: node)
        var visited = 0
        while let c = it.next() {
            visited += 1
            if visited > limit { return nil }
            switch doc.kind(c) {
            case .element:
                if doc.isNonTextElement(c) { it.skipChildren(of: c) }
                // "… 11:50 م<br>from the … dept.": a line break separates words.
                else if doc.name(c) == "br" { buffer.space() }
            case .text:
                doc.utf8Text(c).withUnsafeBufferPointer { buffer.append(utf8: $0) }
                if buffer.bytes.count > limit { return nil }
            default:
                continue
            }
        }
        return buffer.take()
    }

    private static let posterBylinePrefixes = ["Posted by ", "posted by ", "Submitted by ", "submitted by "].map { Array($0.utf8) }
    /// Labels a bold tag gives a byline («<strong>الكاتب: </strong>أحمد»); `arabicBylinePrefixes` too.
    private static let labelBylinePrefixes = ["الكاتب:", "الكاتبة:", "author:", "by:"].map { Array($0.utf8) }
    private static let arabicBylinePrefixes = ["كتب:", "كتبت:", "بقلم:", "بقلم "].map { Array($0.utf8) }
    private static let posterPrefixes = ["أرسلت بواسطة", "أرسل بواسطة", "أُرسلت بواسطة", "أُرسل بواسطة", "نشر بواسطة",
                                         "نُشر بواسطة", "Posted by", "posted by", "Submitted by", "submitted by",
                                         // A phpBB post's header («أرسل: الثلاثاء نوفمبر 17, 2026 1:15 pm»), an
                                         // Invision Board one («كُتب في: 14 يناير 2026 - 12:05 م»), an e-mail's.
                                         "أرسل:", "أرسلت:", "Posted:", "Posted on", "كُتب في:", "كتب في:", "نشر في", "نُشر في",
                                         "تاريخ الإرسال:", "Sent:",
                                         // Coranto's «نُشر بتاريخ: الاثنين 16 مارس 2026 - 11:40 مساءً».
                                         "نشر بتاريخ", "نُشر بتاريخ", "تاريخ النشر:", "Published on", "Published:"].map { Array($0.utf8) }

    /// Whether the element's text opens (after spaces) with one of `prefixes`: its first child's,
    /// or the first child's first child when that is a label in bold (`<b>كُتب في:</b> …`).
    private static func opensWith(_ prefixes: [[UInt8]], _ n: Int, _ doc: HTMLDocument) -> Bool {
        guard var first = doc.firstChild(n) else { return false }
        if doc.isElement(first), ["b", "strong"].contains(doc.name(first)), let inner = doc.firstChild(first) { first = inner }
        guard let rest = leadingText(first, doc) else { return false }
        return prefixes.contains { rest.starts(with: $0) }
    }

    /// A text node's bytes after its leading spaces; nil for other nodes.
    private static func leadingText(_ node: Int, _ doc: HTMLDocument) -> ArraySlice<UInt8>? {
        guard doc.kind(node) == .text else { return nil }
        let text = doc.utf8Text(node)
        let start = text.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D } ?? text.endIndex
        return text[start...]
    }
    private static let authorWords = ["byline", "author", "writer", "reporter"].map { Array($0.utf8) }
    /// An author box's biography, statistics, avatar or buttons (MyBB `author_statistics`,
    /// `author_buttons`: "البحث") hold no byline.
    private static let biographyWords = ["bio", "about", "statistic", "button", "avatar"].map { Array($0.utf8) }
    /// Containers of other people's words and works: comments, and a wiki's or a blog's list of
    /// cited sources (MediaWiki `sourceTemplate`, `citation`, `reflist`), whose authors wrote
    /// the works cited, not the page.
    private static let commentWords = ["comment", "citation", "sourcetemplate", "reflist"].map { Array($0.utf8) }
    private static let authorPaths = ["/author/", "/authors/", "/writer/", "/writers/", "/columnist/", "/columnists/"]
        .map { Array($0.utf8) }

    private mutating func collectByline(_ n: Int, _ doc: HTMLDocument) {
        guard bylines.count < 6 else { return }
        var isAuthor = false
        for a in doc.attributes(n) {
            switch a.name {
            case "rel", "itemprop":
                if ByteSearch.equalsIgnoringASCIICase(a.value, "author") { isAuthor = true }
            case "class", "id":
                if ByteSearch.containsAnyIgnoringASCIICase(a.value, Self.authorWords) { isAuthor = true }
            case "href":
                // A link to the writer's page: ".../writer/rana-almasri", "/authors/lina-haddad/".
                if ByteSearch.containsAnyIgnoringASCIICase(a.value, Self.authorPaths) { isAuthor = true }
            default:
                continue
            }
        }
        // «كتب: محمد الكبيسي», «بقلم: …» as an element's own text (a rich-text field in the
        // article's meta row): a byline whatever its class.
        if !isAuthor, let first = doc.firstChild(n), doc.nextSibling(first) == nil, let rest = Self.leadingText(first, doc),
           rest.count < 90, Self.arabicBylinePrefixes.contains(where: { rest.starts(with: $0) }) {
            isAuthor = true
        }
        // "Posted by Mark Ellison in <a>Silos</a> at 07:00" (a blog's entry footer): the poster
        // line names its writer in its own text.
        if !isAuthor, let first = doc.firstChild(n), let rest = Self.leadingText(first, doc), rest.count < 90,
           Self.posterBylinePrefixes.contains(where: { p in rest.starts(with: p) && rest.dropFirst(p.count).first.map { $0 >= 0x41 && $0 <= 0x5A } == true }) {
            isAuthor = true
        }
        // "By <strong>Sami Ferchichi</strong>": a "By" text followed by one bold or linked name
        // and nothing else.
        if !isAuthor, let first = doc.firstChild(n), let rest = Self.leadingText(first, doc), rest.elementsEqual("By ".utf8),
           let name = doc.nextSibling(first), doc.isElement(name), ["strong", "b", "a", "span"].contains(doc.name(name)),
           doc.nextSibling(name) == nil {
            let words = TextBuffer.normalise(doc.textContent(of: name)).split(separator: " ")
            isAuthor = (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || AuthorNames.particles.contains(String($0)) }
        }
        // «<p><strong>الكاتب: </strong>أحمد يحيى الريمي</p>» (NukeViet), "<b>Author:</b> Jane Doe": a
        // bold label, then the name as the element's only other text.
        // (Not a list item: a sidebar of columns, «<li><b>الكاتب:</b> …</li>».)
        if !isAuthor, doc.name(n) != "li", let label = doc.firstChild(n), doc.isElement(label),
           ["strong", "b"].contains(doc.name(label)), let name = doc.nextSibling(label), doc.nextSibling(name) == nil,
           doc.kind(name) == .text, doc.utf8Text(name).count < 90,
           let labelText = doc.firstChild(label).flatMap({ Self.leadingText($0, doc) }), labelText.count < 24,
           Self.arabicBylinePrefixes.contains(where: { labelText.starts(with: $0) })
            || Self.labelBylinePrefixes.contains(where: { p in labelText.starts(with: p) || ByteSearch.lowered(labelText.first ?? 0) == p.first
                && labelText.dropFirst().starts(with: p.dropFirst()) }) {
            isAuthor = true
        }
        // An author box's biography ("Nadia Karimi covers banking and finance …") is no byline.
        if isAuthor, let c = doc.attribute("class", of: n) ?? doc.attribute("id", of: n),
           ByteSearch.containsAnyIgnoringASCIICase(c, Self.biographyWords) {
            isAuthor = false
        }
        guard isAuthor, !Self.inComments(n, doc), var text = Self.shortText(of: n, in: doc) else { return }
        // An author's avatar with no text beside it (`<span class="md-author"><img alt="Elena Marsh">`).
        if text.isEmpty, let alt = Self.imageAlt(in: n, doc), alt.split(separator: " ").count <= 4 { text = alt }
        // An author box whose name links to the member's profile, followed by a rank or role
        // (MyBB «صقر المعلا» then «مشرف قسم الأخبار»): the link's text is the name.
        if let a = Self.firstDescendant(named: "a", of: n, doc), let href = doc.attribute("href", of: a),
           ByteSearch.containsAnyIgnoringASCIICase(href, Self.profilePaths) {
            let name = TextBuffer.normalise(doc.textContent(of: a))
            if !name.isEmpty, text.hasPrefix(name) { text = name }
        }
        guard !text.isEmpty && text.count < 120 else { return }
        // A thread repeats its post header for every reply: the first post's poster is the author.
        let key = doc.attribute("class", of: n) ?? ""
        if !key.isEmpty, bylineClasses.contains(key), ByteSearch.containsAnyIgnoringASCIICase(key, Self.forumPostWords) { return }
        bylines.append(text)
        bylineClasses.append(key)
    }

    private static let copyrightWords = ["copyright"].map { Array($0.utf8) }
    private static let copyrightOrFooterWords = ["copyright", "footer"].map { Array($0.utf8) }
    private static let zoneWords = ["توقيت", "times are", "time zone", "Times are"].map { Array($0.utf8) }
    private static let greenwich = ["GMT", "غرينتش", "غرينيتش", "جرينتش", "جرينيتش"].map { Array($0.utf8) }

    /// "… بتوقيت GMT +4", "All times are GMT -5", "(GMT+3)" after a zone word within the 60
    /// bytes before: the stated offset. Nil when the text states no such zone.
    static func siteZone(in text: ArraySlice<UInt8>) -> Int? {
        var i = text.startIndex
        while i + 3 <= text.endIndex {
            // "GMT", or Greenwich in Arabic («توقيت تونس (غرينتش +1)»).
            guard text[i] == 0x47 || text[i] == 0xD8, let gmt = greenwich.first(where: { g in
                i + g.count <= text.endIndex && text[i..<(i + g.count)].elementsEqual(g)
            }) else { i += 1; continue }
            let before = text[max(text.startIndex, i - 60)..<i]
            guard zoneWords.contains(where: { w in
                before.count >= w.count && (before.startIndex...(before.endIndex - w.count)).contains { before[$0..<($0 + w.count)].elementsEqual(w) }
            }) else { i += gmt.count; continue }
            var k = i + gmt.count
            while k < text.endIndex, text[k] == 0x20 { k += 1 }
            guard k < text.endIndex, text[k] == 0x2B || text[k] == 0x2D else { return 0 }
            let sign = text[k] == 0x2B ? 1 : -1
            k += 1
            while k < text.endIndex, text[k] == 0x20 { k += 1 }
            var hours = 0, digits = 0
            while k < text.endIndex, digits < 2, (0x30...0x39).contains(text[k]) { hours = hours * 10 + Int(text[k] - 0x30); digits += 1; k += 1 }
            guard digits > 0, hours <= 14 else { return nil }
            var minutes = 0
            if k + 2 < text.endIndex, text[k] == 0x3A, (0x30...0x39).contains(text[k + 1]), (0x30...0x39).contains(text[k + 2]) {
                minutes = Int(text[k + 1] - 0x30) * 10 + Int(text[k + 2] - 0x30)
            }
            return sign * (hours * 60 + minutes)
        }
        return nil
    }
    /// Profile links of forums and blogs ("member.php?action=profile&uid=233", "/profile/…").
    private static let profilePaths = ["profile", "member.php", "/members/", "/user/", "/users/"].map { Array($0.utf8) }
    /// Class words of a forum post's author box, repeated for every post of a thread.
    private static let forumPostWords = ["author_information", "post_author", "poster", "postauthor"].map { Array($0.utf8) }

    /// Whether the element or one of its 12 nearest ancestors is named as a comment
    /// ("comment__author", `<section class="comments">`) or a cited source: commenters and cited
    /// authors are not the article's authors.
    private static func inComments(_ n: Int, _ doc: HTMLDocument) -> Bool {
        var node: Int? = n
        var depth = 0
        while let c = node, depth < 12 {
            for key in ["class", "id"] {
                if let v = doc.attribute(key, of: c), ByteSearch.containsAnyIgnoringASCIICase(v, commentWords) { return true }
            }
            node = doc.parent(c)
            depth += 1
        }
        return false
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Without the characters of `set` at either end ("Co.," → "Co.", "| 412 ·" → "412").
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
