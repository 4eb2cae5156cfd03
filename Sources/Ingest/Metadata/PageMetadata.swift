import CorroborateModel
/// Article metadata read from one page: each field from the most reliable source that has it.
struct PageMetadata {
    var headline: String?
    var outlet: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var canonicalURL: String?
    /// From markup only (`lang`, content-language, JSON-LD); the body's script decides otherwise.
    var declaredLanguage: String?
    /// The base for resolving links: `<base href>`, the page URL, then the canonical URL.
    var base: URLResolver?
    var bodyHint: BodyHint?
    var warnings: [String] = []
    /// The zone the site states for all its times ("All times are GMT +4"), if any.
    var siteZone: Int?

    /// Hosts of other people's publications.
    static let platforms: Set<String> = ["medium", "substack", "wordpress", "wordpress.com", "blogger", "blogspot",
                                         "tumblr", "wix", "ghost", "linkedin", "facebook", "telegraph", "telegra.ph", "telegram",
                                         "google docs", "google sites", "notion"]

    /// A site name with its tagline ("كسلا اليوم | أخبار الشرق لحظة بلحظة") is the part that the
    /// JSON-LD publisher names, when it names one.
    static func withoutTagline(_ name: String, publisher: String?) -> String {
        guard let publisher, publisher != name else { return name }
        let parts = HeadlineCleaner.separators.reduce([name]) { parts, separator in
            parts.flatMap { $0.components(separatedBy: separator) }
        }.map { $0.trimmingWhitespace() }
        return parts.count > 1 && parts.contains(publisher) ? publisher : name
    }

    /// The outlet a page names without `og:site_name`: the part of the title that spells its
    /// Twitter handle or copyright holder ("… – Sheba Times" for "@ShebaTimes"), else the
    /// copyright holder, else the handle.
    /// A Word document's company (`organisation`) counts only where a part of the title spells
    /// it: the property often names whoever licensed Word, not the publisher.
    static func declaredOutlet(title: String?, handle: String?, copyright: String?, homeLinks: [String] = [],
                               organisation: String? = nil) -> String? {
        let handle = handle.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }.flatMap { $0.isEmpty ? nil : $0 }
        let holder = copyright.map(copyrightHolder).flatMap { $0.isEmpty || $0.split(separator: " ").count > 6 ? nil : $0 }
        // A masthead link to the front page that spells the title's suffix ("… - البهية نيوز").
        let wanted = ([handle, holder, organisation].compactMap { $0 } + homeLinks).map(letters).filter { $0.count >= 3 }
        if let title, !wanted.isEmpty {
            let parts = titleParts(title).filter { !$0.isEmpty }
            if let part = [parts.last, parts.first].compactMap({ $0 }).first(where: { wanted.contains(letters($0)) }) { return part }
        }
        return holder ?? handle
    }

    /// The first or last part of a title ("Site - Headline", "Site :: Headline", "Headline | Site")
    /// that one of the first lines of the body repeats as its dateline's outlet («إربد - بوابة
    /// حوران: …», "DOHA - Gulf Post: …"): the name followed by a colon or a dash within the line's
    /// first 80 characters.
    static func datelineOutlet(title: String, lines: [String]) -> String? {
        let parts = titleParts(title).filter { letters($0).count >= 3 }
        guard parts.count >= 2 else { return nil }
        for part in [parts.first!, parts.last!] {
            for line in lines {
                let head = String(line.prefix(80))
                guard let r = head.range(of: part) else { continue }
                let after = head[r.upperBound...].drop { $0 == " " }
                if let c = after.first, ":–—-".contains(c) { return part }
            }
        }
        return nil
    }

    /// A blog whose site name and entry title are both `<h1>`s, as the two parts of its `<title>`
    /// ("Gabes ammonia leak: who says what | North Africa Risk Brief" over `<h1>North Africa Risk
    /// Brief</h1>` … `<h1>Gabes ammonia leak: who says what</h1>`): the one printed first is the
    /// masthead, the other the entry's.
    static func mastheadAndEntry(title: String?, h1s: [String]) -> (masthead: String?, entry: String?) {
        guard let title, h1s.count >= 2 else { return (nil, nil) }
        var spaced = title
        for separator in [" - ", " – ", " — ", " :: ", " · ", " » "] { spaced = spaced.replacing(separator, with: " | ") }
        let parts = Set(spaced.split(separator: " | ").map { letters(String($0)) }.filter { $0.count >= 3 })
        guard parts.count >= 2 else { return (nil, nil) }
        let matching = h1s.filter { parts.contains(letters($0)) }
        // (A masthead is the shorter name; an article <h1> before a footer's site name is no masthead.)
        guard matching.count >= 2, letters(matching[0]) != letters(matching[1]),
              matching[0].split(separator: " ").count < matching[1].split(separator: " ").count else { return (nil, nil) }
        return (matching[0], matching[1])
    }

    /// A title's parts between its separators ("Site - Headline", "Site :: Headline", "Headline | Site").
    private static func titleParts(_ title: String) -> [String] {
        title.replacing(" - ", with: "|").split(whereSeparator: { "|–—·»:".contains($0) }).map(trimmed)
    }

    private static func letters(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }

    /// A forum topic page's title, "<forum> :: <view-topic label> - <topic>" (phpBB and its
    /// Arabic translation: «منتديات شرفات البلد :: مشاهدة الموضوع - سيول جدة …»).
    static func forumTopic(_ title: String) -> (forum: String, topic: String)? {
        // "<topic> - منتديات الجبل الأخضر" (Invision Board, vBulletin): a board's name closing the title.
        if let dash = title.range(of: " - ", options: .backwards) {
            let forum = trimmed(title[dash.upperBound...]), topic = trimmed(title[..<dash.lowerBound])
            let lower = forum.lowercased()
            if boardPrefixes.contains(where: forum.hasPrefix) || lower.hasSuffix(" forum")
                || lower.hasSuffix(" forums") || lower.hasSuffix(" boards"), forum.split(separator: " ").count <= 5,
               !topic.isEmpty {
                return (forum, topic)
            }
        }
        // "منتديات الغري - عاجل: …" (Snitz): the board's name opening the title.
        if let dash = title.range(of: " - ") {
            let forum = trimmed(title[..<dash.lowerBound]), topic = trimmed(title[dash.upperBound...])
            if boardPrefixes.contains(where: forum.hasPrefix), forum.split(separator: " ").count <= 5,
               topic.count >= 2 * forum.count {
                return (forum, topic)
            }
        }
        guard let bar = title.range(of: " :: ") else { return nil }
        let rest = title[bar.upperBound...]
        for label in ["View topic - ", "مشاهدة الموضوع - ", "عرض الموضوع - ", "مشاهدة موضوع - "] where rest.hasPrefix(label) {
            let forum = trimmed(title[..<bar.lowerBound]), topic = trimmed(rest.dropFirst(label.count))
            return forum.isEmpty || topic.isEmpty ? nil : (forum, topic)
        }
        // "أخبار المحمودية :: غرق معدية …" (Coranto, old portals): a short site name before "::".
        let site = trimmed(title[..<bar.lowerBound]), topic = trimmed(rest)
        if !site.isEmpty, site.split(separator: " ").count <= 4, topic.count >= 3 * site.count, !topic.contains(" :: ") {
            return (site, topic)
        }
        return nil
    }

    /// How an Arabic board's name opens («منتديات الجبل الأخضر»).
    static let boardPrefixes = ["منتديات ", "منتدى ", "شبكة منتديات "]

    /// Whether two names spell the same letters and digits (case, spaces and punctuation aside).
    static func sameLetters(_ a: String, _ b: String) -> Bool { letters(a) == letters(b) }

    /// Platforms that publish documents, whose titles name a newsletter and its issue date.
    static let documentPlatforms: Set<String> = ["google docs", "google sites", "notion"]

    /// A title part that is only a date ("23 July 2026").
    static func isDateOnly(_ s: String) -> Bool {
        s.split(separator: " ").count <= 4 && TextDateParser.parse(s)?.year != nil
    }

    /// The account a platform page belongs to, from a title "<account> – <platform>"
    /// ("البصرة الآن – Telegram").
    static func account(title: String?, platform: String) -> String? {
        guard let title else { return nil }
        let parts = title.replacing(" - ", with: "|").split(whereSeparator: { "|–—".contains($0) }).map(trimmed)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        // A published document's title, "<newsletter> – <issue date>" ("The Levant Culture Brief –
        // 23 July 2026").
        if documentPlatforms.contains(platform.lowercased()), isDateOnly(parts[1]) { return parts[0] }
        guard parts[1].lowercased() == platform.lowercased() else { return nil }
        return parts[0]
    }

    /// "© 2026 Sheba Times. All rights reserved." → "Sheba Times"; "Copyright (c) by Gulf
    /// Times" → "Gulf Times".
    static func copyrightHolder(_ raw: String) -> String {
        // "© 2026 Yemen Health Watch · CC BY 4.0": the holder, not the licence after it.
        let head = raw.split(whereSeparator: { "·|•".contains($0) }).first.map(String.init) ?? raw
        var s = head.replacing("©", with: " ").replacing("(c)", with: " ")
        for phrase in ["All rights reserved", "all rights reserved", "Copyright", "copyright", "جميع الحقوق محفوظة"] {
            s = s.replacing(phrase, with: " ")
        }
        var words = s.split(whereSeparator: { $0 == " " || $0 == "," }).filter { w in
            !w.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." }
        }
        if let first = words.first, ["by", "بواسطة"].contains(first.lowercased()) { words.removeFirst() }
        return trimmed(Substring(words.joined(separator: " ")))
    }

    private static func trimmed(_ s: Substring) -> String {
        String(s.drop { $0 == " " || $0 == "." }.reversed().drop { $0 == " " || $0 == "." }.reversed())
    }

    init(signals p: PageSignals, url: String?) {
        let ld = JSONLDArticle(blocks: p.jsonLD)
        let pageURL = url.flatMap { URLResolver($0) }
        canonicalURL = [p.canonical, p.first("og:url"), ld?.url].compactMap { $0 }.map(URLResolver.unarchived)
            .map { pageURL?.resolve($0) ?? $0 }.first { URLResolver($0) != nil }
        base = p.baseHref.flatMap { href in URLResolver((pageURL ?? canonicalURL.flatMap { URLResolver($0) })?.resolve(href) ?? href) }
            ?? pageURL ?? URLResolver(canonicalURL)
        let domain = URLResolver.domain(of: canonicalURL ?? url ?? "")
        let (mastheadH1, entryH1) = Self.mastheadAndEntry(title: p.title, h1s: p.h1Texts)

        // A blogging platform's name ("Medium", "Substack") is the host, not the outlet: the
        // publication the JSON-LD names is.
        let siteName = p.first("og:site_name").flatMap { name in
            Self.platforms.contains(name.lowercased()) && ld?.publisher.map({ !Self.platforms.contains($0.lowercased()) }) == true
                ? nil : Self.withoutTagline(name, publisher: ld?.publisher)
        }
        outlet = siteName.flatMap { Self.platforms.contains($0.lowercased()) ? Self.account(title: p.title, platform: $0) : nil }
            ?? siteName ?? ld?.publisher ?? p.microdataPublisher ?? p.first("application-name")
            ?? p.first("dc.publisher", "dcterms.publisher")
            ?? Self.declaredOutlet(title: p.title, handle: p.first("twitter:site"), copyright: p.first("copyright"),
                                   homeLinks: p.homeLinkTexts + p.copyrightLines.map(Self.copyrightHolder)
                                       + [mastheadH1].compactMap { $0 },
                                   organisation: p.office?.organisation)
            ?? p.title.flatMap(Self.forumTopic)?.forum
            ?? domain
        // The social title is often a shortened one: where the JSON-LD headline and the page's
        // <h1> agree on another, theirs is the headline.
        let agreed = ld?.headline.flatMap { h in p.firstH1.map { Self.letters($0) == Self.letters(h) } == true ? h : nil }
        let social = p.first("og:title", "twitter:title").map { Self.uncut($0, by: [p.firstH1, p.title]) }
        // A blog's <h1> that only spells the site's name (the masthead) is not the headline.
        let h1 = entryH1 ?? p.firstH1.flatMap { h in outlet.map { Self.letters($0) == Self.letters(h) } == true ? nil : h }
        // A forum topic's <title> ("Forum :: View topic - Topic"): the topic heads the page.
        let title = p.title.map { Self.forumTopic($0)?.topic ?? $0 }
        if let raw = agreed ?? social ?? ld?.headline ?? p.wordTitle ?? h1 ?? title {
            var cleaned = HeadlineCleaner.clean(raw, outlet: outlet, domain: domain)
            // An issue's title ("The Levant Culture Brief – 23 July 2026") is more than its date.
            if cleaned != raw, Self.isDateOnly(cleaned) { cleaned = raw }
            headline = cleaned.isEmpty ? nil : cleaned
        }

        // A name that holds the outlet's ("Safe Lanes editors", a site-wide author meta) is the
        // outlet's desk, not a writer; the outlet's name alone is no writer at all, and the
        // byline is read instead.
        func writers(_ list: [String]) -> [String] {
            guard let o = outlet?.lowercased() else { return list }
            return list.filter { o.count >= 4 ? !$0.lowercased().contains(o) : $0.lowercased() != o }
        }
        var names = writers((ld?.authors ?? []).flatMap(AuthorNames.parse))
        if names.isEmpty {
            names = writers(p.all("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl")
                .flatMap(AuthorNames.parse))
        }
        if names.isEmpty {
            // Nested byline markup ("الميدان - <span class=writer>سارة</span>"): the innermost
            // text is the name; the enclosing one adds the outlet or a label.
            let bylines = p.bylines
            let innermost = bylines.filter { outer in !bylines.contains { $0 != outer && outer.contains($0) } }
            names = innermost.flatMap(AuthorNames.parse)
        }
        if let outlet { names.removeAll { $0.lowercased() == outlet.lowercased() } }
        authors = AuthorNames.unique(names)

        declaredLanguage = LanguageGuesser.primaryTag(p.htmlLang)
            ?? LanguageGuesser.primaryTag(p.first("content-language", "og:locale", "language", "dc.language"))
            ?? LanguageGuesser.primaryTag(ld?.inLanguage)
        bodyHint = ld?.articleBody.flatMap(BodyHint.init)

        siteZone = p.siteZone
        let publishedDate = Self.firstDate(
            machine: [ld?.datePublished, p.first("article:published_time", "og:published_time", "published_time",
                                                 "pubdate", "publishdate", "publish-date", "date", "dc.date",
                                                 "dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date",
                                                 "parsely-pub-date")]
                .compactMap { $0 } + p.microdataPublished + p.timeValues
                // Word saves the HTML it publishes: the last save, else the creation, dates it.
                + [p.office?.lastSaved, p.office?.created].compactMap { $0 },
            text: p.dateTexts, url: canonicalURL ?? url)
        let modifiedDate = Self.firstDate(
            machine: [ld?.dateModified, p.first("article:modified_time", "og:updated_time", "dcterms.modified",
                                                "last-modified")].compactMap { $0 } + p.microdataModified,
            text: [], url: nil)
        // Without a stated zone, the difference from the same moment given in UTC (see
        // `offsetAgainstUTC`), else the page's other stated offset, else the zone a date
        // line states for the same clock time ("06:15 بتوقيت دمشق"), else assume UTC.
        // (Only the Unix time of the element that prints the date read: not a sidebar item's.)
        let unixTime = p.unixTimes.lazy.filter { time in
            guard let d = publishedDate, let shown = TextDateParser.parse(time.text) else { return false }
            return (shown.year, shown.month, shown.day, shown.hour, shown.minute) == (d.year, d.month, d.day, d.hour, d.minute)
        }.compactMap { PageDate(unixSeconds: $0.seconds) }.first
        let againstUTC: Int? = Self.offsetAgainstUTC(publishedDate, modifiedDate) ?? Self.offsetAgainstUTC(publishedDate, unixTime)
        let stated: Int? = [publishedDate, modifiedDate].compactMap { $0?.offsetMinutes }.first
        let pageOffset = againstUTC ?? stated
            ?? [publishedDate, modifiedDate].lazy.compactMap { $0.flatMap { StatedZone.offset(for: $0, in: p.dateTexts) } }.first
            ?? p.siteZone
        if let d = publishedDate {
            published = d.iso8601(fallbackOffset: pageOffset ?? 0)
            if d.offsetMinutes == nil { warnings.append(Self.zoneWarning("published", pageOffset)) }
            if !d.hasTime { warnings.append(Article.dayOnlyWarning) }
        }
        if let d = modifiedDate {
            modified = d.iso8601(fallbackOffset: pageOffset ?? 0)
            if d.offsetMinutes == nil { warnings.append(Self.zoneWarning("modified", pageOffset)) }
            // A page whose only date is when it was last modified (an old CMS's HTTP
            // `last-modified` meta): that date places it, said so.
            if publishedDate == nil {
                published = modified
                warnings.append(Self.modifiedAsPublishedWarning)
            }
        }
    }

    static let modifiedAsPublishedWarning = "no publication date; the last-modified date is used"

    /// A social title cut short by a quotation mark left unescaped in its attribute
    /// (`content="… إلى "الحديقة اليابانية""` ends at «إلى»): the heading or title that goes
    /// on from it with a quote is the whole. Counter-example: a shortened social title that the
    /// `<h1>` continues with a word ("Port reopens" / "Port reopens after strike").
    static func uncut(_ social: String, by longer: [String?]) -> String {
        for case let candidate? in longer where candidate.count > social.count && candidate.hasPrefix(social) {
            let rest = candidate.dropFirst(social.count).drop { $0 == " " }
            if let next = rest.first, "\"“”«„'".contains(next) { return candidate }
            // "… أسئلة الفيزياء" as og:title, "… أسئلة الفيزياء.. والتربية تنفي أي تسريب" as both the
            // <h1> and the <title>: the page's own two headlines agree on the longer one.
            if longer.contains(where: { other in other != candidate && other.map { $0.contains(candidate) } == true }) {
                return candidate
            }
        }
        return social
    }

    static func zoneWarning(_ field: String, _ offset: Int?) -> String {
        offset == nil
            ? zoneWarningPrefix(field) + "; assumed UTC (+00:00)"
            : zoneWarningPrefix(field) + "; used the page's stated offset"
    }

    static func zoneWarningPrefix(_ field: String) -> String { "\(field) date has no time zone" }

    /// The zone of a date written in local time without one, when the page also gives the same
    /// moment in UTC (an HTTP `last-modified` meta, "Mon, 16 Nov 2026 20:50:00 GMT", beside
    /// "16 نوفمبر 2026 - 11:50 م"): the difference, when the minutes agree and it is a whole
    /// half hour within a day's zones (−12:00 … +14:00, not zero).
    static func offsetAgainstUTC(_ local: PageDate?, _ utc: PageDate?) -> Int? {
        guard let local, let utc, local.hasTime, utc.hasTime, local.offsetMinutes == nil, utc.offsetMinutes == 0,
              local.minute == utc.minute, let a = local.epochMinutes, let b = utc.epochMinutes else { return nil }
        let difference = a - b
        guard difference != 0, difference % 30 == 0, (-720...840).contains(difference) else { return nil }
        return difference
    }

    private static func firstDate(machine: [String], text: [String], url: String?) -> PageDate? {
        // A bare date (`dcterms.date` "2026-07-08") gives way to a later value of the same day
        // that has its time (`<time datetime="2026-07-08T07:00:00Z">`). Each value is parsed once.
        // (Also the page's dated line: a bare `DC.date` "16-3-2026" gives way to «نُشر بتاريخ:
        // الاثنين 16 مارس 2026 - 11:40 مساءً».)
        func timed(_ d: PageDate, sameDayAs day: PageDate) -> Bool {
            d.hasTime && (d.year, d.month, d.day) == (day.year, day.month, day.day)
        }
        var bare: PageDate?
        for m in machine {
            guard let d = DateParser.iso(m) ?? TextDateParser.parse(m) else { continue }
            guard let day = bare else {
                if d.hasTime { return d }
                bare = d
                continue
            }
            if timed(d, sameDayAs: day) { return d }
        }
        if let bare {
            return text.lazy.compactMap(TextDateParser.parse).first { timed($0, sameDayAs: bare) } ?? bare
        }
        for t in text { if let d = TextDateParser.parse(t) ?? DateParser.iso(t) { return d } }
        return url.flatMap(DateParser.fromURL)
    }
}

