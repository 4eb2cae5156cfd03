import CorroborateModel
import HTMLTree

/// HTML tree → `Article`: the main body as typed blocks, plus metadata.
///
/// Two linear passes over the flat tree (text measures bottom-up, then one walk of the content
/// root), one pass for metadata. Boilerplate is recognised by structure (link density, prose
/// weight, tags, class/id/role keywords in English and Arabic), never by site.
public struct ArticleExtractor: Sendable {
    /// Share of the page's prose an element must hold to be taken as the content root.
    public var contentShare: Double = 0.75

    public init() {}

    /// - Parameters:
    ///   - document: the parsed page.
    ///   - input: the path or URL it came from (copied to `Article.input`).
    ///   - url: the page's own URL when known (from a crawl or WARC), for resolving links.
    public func extract(from document: HTMLDocument, input: String, url: String? = nil) -> Article {
        let signals = PageSignals(document)
        let meta = PageMetadata(signals: signals, url: url)
        let stats = NodeStats(document)
        let located = ContentLocator(share: contentShare).locate(in: document, stats: stats, hint: meta.bodyHint)
        var emitter = BlockEmitter(doc: document, stats: stats, signals: located.signals, roots: [located.root],
                                   base: meta.base)
        let raw = emitter.emit()
        // A page that names its outlet nowhere but in its <title> ("صدى الدفنة - الفنار توقف …")
        // and its own dateline («الدوحة - صدى الدفنة: …»): the part of the title the dateline
        // repeats is the outlet, and the headline is the rest.
        var headline = meta.headline
        var datelineOutlet: String?
        if meta.outlet == nil, let title = signals.title,
           let name = PageMetadata.datelineOutlet(title: title, lines: raw.prefix(4).map(\.text)) {
            datelineOutlet = name
            headline = headline.map { HeadlineCleaner.clean($0, outlet: name, domain: nil) }
            // The <h1> that was read as the headline only spells that outlet (a b2evolution blog's
            // masthead, «<h1><a href="…/index.php/news">شبام نت</a></h1>»): the rest of the title is.
            if let h = headline, PageMetadata.sameLetters(h, name) {
                let rest = HeadlineCleaner.clean(title, outlet: name, domain: nil)
                if !PageMetadata.sameLetters(rest, name) { headline = rest }
            }
        }
        let filter = BlockFilter(headline: headline, authors: meta.authors)
        var (paragraphs, links, statedAuthors, metaLines) = filter.apply(raw)

        var article = Article(input: input)
        article.headline = headline
        // A post whose only title is its channel's name ("البصرة الآن" on Telegram) is headed by
        // its first line when that line is a heading.
        // (Without the signal emoji or bullet posts open with: "🔴 عقد محطة …"; a heading of
        // emoji alone heads nothing.)
        if meta.headline.map({ $0.lowercased() == meta.outlet?.lowercased() }) ?? false,
           let first = paragraphs.first, first.kind == .heading,
           case let title = String(first.text.drop { !$0.isLetter && !$0.isNumber && !"\"“«(".contains($0) }), !title.isEmpty {
            article.headline = title
            paragraphs.removeFirst()
            links = links.compactMap { link in
                guard let p = link.paragraph else { return link }
                guard p > 0 else { return nil }
                var l = link
                l.paragraph = p - 1
                return l
            }
        }
        article.outlet = datelineOutlet ?? meta.outlet
        // A property line ("Author: Leila Chaabane Section: Politics") names the author where
        // the markup names none.
        // The site's own name as its author meta (`<meta name="author" content="أصداء الغرب">`, or
        // the outlet known from the dateline rather than the markup) names no writer: a byline
        // line in the text («بقلم: محمد أمين الإدريسي») does.
        let site = Set([article.outlet, meta.outlet].compactMap { $0?.lowercased() })
        let named = meta.authors.filter { !site.contains($0.lowercased()) }
        article.authors = named.isEmpty
            ? AuthorNames.unique(statedAuthors.flatMap(AuthorNames.parse).filter { !site.contains($0.lowercased()) })
            : named
        article.published = meta.published
        var metaWarnings = meta.warnings
        // A byline or details line dropped from the body that dates the article («متابعة: نادية بن
        // عمر | نُشر يوم الأربعاء 13 ماي 2026 على الساعة 17:20», «أضاف: admin (13.05.2026 - 08:05
        // بتوقيت تونس)») gives the time of day the markup's date lacks (same day), the date the
        // markup lacks altogether, or the zone of the markup's same clock time.
        if let stated = metaLines.lazy.compactMap(TextDateParser.parse).first(where: { $0.hasTime && $0.isValid }) {
            let zone = stated.offsetMinutes ?? StatedZone.offset(for: stated, in: metaLines) ?? meta.siteZone
            let local = stated.iso8601(fallbackOffset: zone ?? 0)
            let noZone = { (w: String) in w.hasPrefix(PageMetadata.zoneWarningPrefix("published")) }
            let day = meta.published == nil || metaWarnings.contains(Article.dayOnlyWarning)
                && meta.published!.hasPrefix(local.prefix(10))
            let clock = zone != nil && metaWarnings.contains(where: noZone) && meta.published?.prefix(19) == local.prefix(19)
            if day || clock {
                article.published = local
                metaWarnings.removeAll { $0 == Article.dayOnlyWarning || noZone($0) }
                metaWarnings.append(PageMetadata.zoneWarning("published", zone))
            }
        }
        article.modified = meta.modified
        article.canonicalURL = meta.canonicalURL
        article.paragraphs = paragraphs
        article.links = links
        func scriptLanguage() -> String? {
            LanguageGuesser.fromScript(paragraphs.lazy.map(\.text).prefix(20).joined(separator: " "))
        }
        article.language = meta.declaredLanguage ?? scriptLanguage()
        article.warnings = document.warnings + metaWarnings
        // A template left with `lang="en"` over an Arabic body: the body's script decides (read
        // only when the body opens with Arabic letters).
        if let declared = meta.declaredLanguage, declared != "ar",
           paragraphs.first?.text.unicodeScalars.prefix(200).contains(where: LanguageGuesser.isArabic) == true,
           scriptLanguage() == "ar" {
            article.language = "ar"
            article.warnings.append("declared language \(declared) but the body is Arabic")
        }
        if paragraphs.isEmpty { article.warnings.append("no article body found") }
        return article
    }
}

extension ArticleExtractor {
    /// For tuning: the content root's path (`tag.class#id` from `<body>`) and its prose weight
    /// against the page's, so a wrong choice can be seen at once.
    public func explainRoot(of document: HTMLDocument) -> String {
        let meta = PageMetadata(signals: PageSignals(document), url: nil)
        let stats = NodeStats(document)
        let located = ContentLocator(share: contentShare).locate(in: document, stats: stats, hint: meta.bodyHint)
        return label(located.root, document, stats, located)
            + "\nhint: \(meta.bodyHint.map { "\($0.wordCount) words" } ?? "none")"
    }

    private func label(_ node: Int, _ document: HTMLDocument, _ stats: NodeStats, _ located: ContentLocator.Result) -> String {
        var path: [String] = []
        var n: Int? = node
        while let c = n, document.isElement(c) {
            var label = document.name(c)
            if let cls = document.attribute("class", of: c) { label += "." + cls.split(separator: " ").joined(separator: ".") }
            if let id = document.attribute("id", of: c) { label += "#" + id }
            label += "[p=\(Int(located.prose[c])) t=\(stats.textLength[c]) s=\(located.signals[c])]"
            path.append(label)
            n = document.parent(c)
        }
        return path.reversed().joined(separator: " > ")
    }
}
