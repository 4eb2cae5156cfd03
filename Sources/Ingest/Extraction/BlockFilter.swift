import CorroborateModel
import Linguistics

/// Block-level clean-up after the walk: drops "Read more"/"اقرأ أيضا" lines, link lists,
/// repeated headline, bylines and datelines, duplicates, and the lines `NonBodyLines` names
/// (wire update notes, embed attributions, a closing source credit, readers' comments); drops a
/// lead photo's caption above the text; marks bold-only short lines as subheadings. General
/// text rules, in English and Arabic.
struct BlockFilter {
    var headline: String?
    var authors: [String] = []

    /// Lowercased line openings that mark a cross-promotion or a call to action.
    static let promoPrefixes: [String] = [
        "read more", "read also", "also read", "related:", "related article", "related stories",
        "more:", "see also", "recommended:", "watch:", "watch the", "listen:", "advertisement",
        "sign up", "subscribe", "click here", "follow us", "share this", "share on", "share:",
        "continue reading", "get the latest", "download the", "join our", "you may also like",
        "don't miss", "click to", "more from", "scroll down", "story continues below",
        "this article was", "copyright", "©", "all rights reserved", "photo:", "image:",
        "reporting by", "additional reporting", "editing by", "contributing:", "compiled by",
        "leggi anche", "lesen sie auch", "lire aussi", "leia também", "lea también",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد",
        "إقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "شاهد ايضا", "شاهد:", "شاهد :", "شاهد بالفيديو", "فيديو:",
        "بالفيديو:", "video:", "مواضيع ذات صلة", "أخبار ذات صلة",
        "اخبار ذات صلة", "ذات صلة", "التعليقات", "تابعونا", "تابعوا", "اشترك", "للمزيد",
        "لمزيد من", "حمل تطبيق", "شارك", "جميع الحقوق", "اضغط هنا", "انقر هنا", "الوسوم",
        // A press release's contact block.
        "media contact:", "media contacts:", "press contact:", "media enquiries:", "media inquiries:",
        "for media enquiries", "for media inquiries", "notes to editors", "note to editors", "للتواصل الإعلامي",
        "للاستفسارات الإعلامية",
    ]
    private static let promoBytes = promoPrefixes.map { Array($0.utf8) }

    /// Lowercased whole lines that are never body text.
    static let noiseLines: Set<String> = [
        "advertisement", "ad", "sponsored", "share", "tweet", "email", "print", "comments",
        "loading...", "loading", "advert", "caption", "image", "photo", "close", "menu", "skip to content", "related", "more", "next",
        "previous", "إعلان", "اعلان", "مشاركة", "طباعة", "تعليق", "التعليقات", "المزيد",
        // Ad labels in the languages of the region's press ("Publicité" on Tunisian pages).
        "advertisements", "ads", "sponsored content", "paid content", "publicité", "publicite", "pub", "publicidad",
        "pubblicità", "werbung", "anzeige", "annonce", "إعلانات", "اعلانات", "مساحة إعلانية", "محتوى إعلاني", "إعلان ممول",
        // The Maghreb's word for an advertisement; a related list's label.
        "إشهار", "اشهار", "أخبار أخرى", "اخبار اخرى", "أخبار أخرى:", "اخبار اخرى:",
        // A press release's type label over its title.
        "press release", "press statement", "news release", "media release", "media statement",
        "for immediate release", "بيان صحفي", "بيان صحافي", "بيان إعلامي",
        // A docs-style box's label line (Nikola / Sphinx `admonition-title`) over its text.
        "note", "tip", "info",
    ]

    /// - Returns: the body's paragraphs and links, the authors that a dropped property line
    ///   ("Author: Leila Chaabane Section: Politics") names, and the dropped byline and details
    ///   lines, which may date the article («متابعة: … | نُشر يوم … على الساعة 17:20»).
    func apply(_ raw: [RawBlock]) -> (paragraphs: [Paragraph], links: [Link], statedAuthors: [String], metaLines: [String]) {
        var paragraphs: [Paragraph] = []
        var links: [Link] = []
        var statedAuthors: [String] = []
        var metaLines: [String] = []
        var seen = Set<[UInt8]>()
        let headlineKey = headline.map(Self.key)
        // A caption before the first body block is a lead photo's, printed above the text (unless
        // the page has nothing but captions).
        var sawBody = !raw.contains { $0.kind != .caption }
        for block in raw[Self.titleLine(raw, headlineKey: headlineKey)..<Self.bodyEnd(raw)] {
            let text = Self.withoutSignature(block.text)
            let length = Self.scalarCount(text)
            // Only short blocks can be promotion lines, noise or duplicates: skip the work on prose.
            let lower = length < 400 ? text.lowercased() : ""
            if length == 0 || (length < 40 && Self.noiseLines.contains(Self.unframed(lower))) { continue }
            if !Self.hasLetterOrNumber(text) { continue }
            let linkShare = Double(block.linkLength) / Double(max(1, text.utf8.count))
            // (A bracketed credit line is still a credit line: "(Reporting by …; Editing by …)".)
            let opening = lower.first == "(" || lower.first == "[" ? String(lower.dropFirst()) : lower
            // A credit line above the text ("Compiled by Yara Toukan") is its byline; below it
            // ("Compiled by the Gulf desk"), a credit.
            if length < 90, lower.hasPrefix("compiled by "), !paragraphs.contains(where: { $0.text.count >= 80 && Self.endsSentence($0.text) }) {
                statedAuthors.append(text)
                metaLines.append(text)
                continue
            }
            if length < 250, Self.promoBytes.contains(where: { opening.utf8.starts(with: $0) }) { continue }
            if length < 300, NonBodyLines.isWireUpdateNote(lower) || NonBodyLines.isEmbedAttribution(lower) { continue }
            if length < 40, NonBodyLines.isCommentsHeading(lower) { continue }
            // "طباعة | أرسل لصديق | عدد القراءات: 412", "نُشر في … | القسم: أخبار الساحل".
            if length < 120, NonBodyLines.isBarLine(opening) { continue }
            // «الفئة: أخبار الجهات | أضاف: admin (13.05.2026 - 08:05 بتوقيت تونس) مشاهدات: 612».
            if length < 250, NonBodyLines.isDetailsLine(lower) {
                metaLines.append(text)
                continue
            }
            if length < 200, let property = PropertyLine(text) {
                statedAuthors += property.authors
                metaLines.append(text)
                continue
            }
            if length < 300, NonBodyLines.isReleaseLine(lower) { continue }
            if length < 300, ByteSearch.containsAny(lower, Self.updateNeedles) { continue }
            if length < 160, ByteSearch.containsAny(lower, Self.callNeedles) { continue }
            // A box's title over such a call: "Get Safe Lanes by email", "Get the digest".
            if length < 60, lower.hasPrefix("get "), lower.hasSuffix("by email") || lower.hasSuffix("in your inbox")
                || lower == "get the digest" || lower == "get the newsletter" { continue }
            if linkShare > 0.6 && length < 400 && block.kind != .quote { continue }
            if length < 400 {
                let key = Self.key(text)
                if let headlineKey, key == headlineKey
                    || NonBodyLines.isHeadlineStamp(lower, key: key, headlineKey: headlineKey) { continue }
                if isByline(text, lower: lower, length: length) {
                    // «كتب: محمد الكبيسي» as a line of its own: its names (parsed with the property
                    // lines' values, by the extractor).
                    if Self.bylinePrefixes.contains(where: { lower.hasPrefix($0) }) { statedAuthors.append(text) }
                    metaLines.append(text)
                    continue
                }
                if !seen.insert(key).inserted { continue }
            }
            if length < 300, Self.creditSuffixes.contains(where: { lower.hasSuffix($0) }) { continue }
            if length < 60, Self.isStampLine(opening) { continue }
            var kind = block.kind
            if kind == .paragraph, length < 300, Self.isPhotoCaption(lower) { kind = .caption }
            if kind == .caption && !sawBody { continue }
            sawBody = true
            if kind == .paragraph, block.allBold, length <= 120, !Self.endsSentence(text) { kind = .heading }
            let index = paragraphs.count
            paragraphs.append(Paragraph(kind: kind, text: text))
            for var link in block.links {
                link.paragraph = index
                links.append(link)
            }
        }
        // A newsletter's sign-off closing the body ("— Leila", "– Sami F."): the writer, not text.
        if let last = paragraphs.last, last.kind == .paragraph, Self.isSignOff(last.text) {
            paragraphs.removeLast()
            links.removeAll { $0.paragraph == paragraphs.count }
        }
        // A lone "Source: X" line closing the body credits the text; it is not part of it.
        if let last = paragraphs.last, last.kind == .paragraph || last.kind == .heading,
           NonBodyLines.isSourceCredit(last.text.lowercased()) {
            paragraphs.removeLast()
            links.removeAll { $0.paragraph == paragraphs.count }
        }
        // A heading with no text under it closes nothing: what it headed ("Sources", "Related")
        // was a list of links or a widget, dropped above.
        while paragraphs.count > 1, paragraphs.last?.kind == .heading {
            paragraphs.removeLast()
            links.removeAll { $0.paragraph == paragraphs.count }
        }
        return (paragraphs, links, statedAuthors, metaLines)
    }

    /// A dash and one or two capitalised words (a first name, an initial): "— Leila", "– Sami F.".
    static func isSignOff(_ text: String) -> Bool {
        guard let first = text.first, "—–-".contains(first), text.count <= 30 else { return false }
        let words = text.dropFirst().split(separator: " ")
        return (1...2).contains(words.count) && words.allSatisfy { w in
            w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase || $0 == "." }
        }
    }

    /// Where the body ends: after half of the text, the first comments heading (an earlier one
    /// is a count near the byline), a heading over the sources or references, or a press release's
    /// end mark ("– ENDS –"); `raw.count` when there is none. Readers' comments are never body
    /// text, nor is a release's contact block.
    static func bodyEnd(_ raw: [RawBlock]) -> Int {
        let total = raw.reduce(0) { $0 + $1.text.utf8.count }
        var before = 0
        for (i, block) in raw.enumerated() {
            if before * 2 >= total, block.text.utf8.count < 360 {
                let lower = block.text.lowercased()
                if NonBodyLines.isCommentsHeading(lower) || block.text.utf8.count < 24 && NonBodyLines.isEndMarker(unframed(lower))
                    || block.kind == .heading && NonBodyLines.sourcesHeadings.contains(unframed(lower)) {
                    return i
                }
            }
            before += block.text.utf8.count
        }
        return raw.count
    }

    /// Where the body starts: at the block that repeats the headline when it comes among the
    /// first few and only short lines stand before it (a letterhead, a kicker, "PRESS
    /// STATEMENT"); else 0. Nothing above the title is its text.
    static func titleLine(_ raw: [RawBlock], headlineKey: [UInt8]?) -> Int {
        guard let headlineKey, headlineKey.count >= 10 else { return 0 }
        var before = 0
        for (i, block) in raw.prefix(8).enumerated() {
            let length = block.text.utf8.count
            if length < 600, key(block.text) == headlineKey { return i }
            before += length
            // Short lines only (in UTF-8 bytes: Arabic letters count twice).
            if length > 200 || before > 600 { return 0 }
        }
        return 0
    }

    static let bylinePrefixes = ["by ", "bylined ", "written by ", "reporting by ", "posted by ", "compiled by ", "بقلم", "كتب:", "كتبت:", "تقرير:",
                                 // «متابعة: نادية بن عمر | نُشر يوم …», «إعداد: …»: a follow-up's or a report's writer.
                                 "متابعة:", "إعداد:"]

    /// Words after "By " that open a phrase, not a writer's name.
    static let notAName: Set<String> = ["his", "her", "their", "its", "our", "my", "your", "the", "this", "that", "these",
                                        "those", "then", "now", "some", "most", "all", "one", "late", "early", "far",
                                        "contrast", "comparison", "law", "midday", "noon", "nightfall", "morning", "evening"]

    private func isByline(_ text: String, lower: String, length: Int) -> Bool {
        guard length < 90 else { return false }
        if Self.endsSentence(text) && !text.hasSuffix(".") { return false }
        if Self.bylinePrefixes.contains(where: { lower.hasPrefix($0) }) {
            // "By his count, no more than 450 …", "By then, …": a sentence, not a writer's name
            // (a lower-case word only: "By The Associated Press" is a byline).
            let next = text.dropFirst(3).prefix(while: { $0.isLetter })
            return !(lower.hasPrefix("by ") && next.first?.isLowercase == true && Self.notAName.contains(String(next)))
        }
        // A short line holding an author's name, or a date line that ends with the byline ("21
        // October 2026, 15:30 by Amel Zerrouki").
        for author in authors where author.count > 3 {
            if text.count < author.count + 25 && ByteSearch.contains(text, Array(author.utf8))
                || text.count < author.count + 45 && text.hasSuffix(" by " + author) { return true }
        }
        return false
    }

    /// Editors' update notes: "Update, 12 April 2026, 11:20 BST: this article was updated with …".
    static let updateNotes = ["this article was updated", "this article has been updated", "this story has been updated",
                              "this story was updated", "this report has been updated", "تم تحديث هذا", "تم تحديث الخبر"]

    private static let updateNeedles = ByteSearch.Needles(updateNotes)

    /// Calls to subscribe or support that name no prefix: "Get Nadia Kassab's stories in your
    /// inbox", "Join Medium for free to get updates from this writer.", "The Shatt Review is funded
    /// by its readers. Become a supporter …" (short lines only). Phrases specific enough that a
    /// body line does not hold them ("Residents get updates from the council" stays).
    static let callsToSubscribe = ["stories in your inbox", "delivered to your inbox", "straight to your inbox",
                                   "lands in your inbox", "land in your inbox", "sign up here",
                                   "get updates from this writer", "sign up for our",
                                   "subscribe to our", "اشترك في نشرتنا", "اشترك الآن", "إلى بريدك",
                                   "become a supporter", "funded by its readers", "support our journalism",
                                   "support independent journalism", "ادعم صحافتنا",
                                   // A newsletter's "Forwarded this?" / "Was this forwarded to you?" box title.
                                   "forwarded this?", "forwarded to you?",
                                   // A station's promo line: «استمعوا إلى نشرة الأخبار كل ساعة على 98.6 FM …».
                                   "استمعوا إلى", "استمعوا الى", "تابعونا على", "listen live", "tune in to",
                                   // A docs-style box's call ("… every Friday. Subscribe here — it's free.").
                                   "subscribe here", "it’s free.", "it's free.",
                                   // An in-body box: "Steel & Mining Brief: our weekday newsletter on … Sign up free."
                                   "sign up free", "sign up for free", "our weekday newsletter", "our daily newsletter",
                                   "our weekly newsletter", "our free newsletter",
                                   // "Enjoying the Digest? Forward it to a colleague – it is free.", "… is
                                   // reader-funded. Chip in from $3 a month".
                                   "forward it to a colleague", "it is free.", "reader-funded", "chip in from",
                                   // "Gulf Build Wire Pro subscribers get … Start a free trial".
                                   "start a free trial", "start your free trial"]

    private static let callNeedles = ByteSearch.Needles(callsToSubscribe)

    private static let signatureRule = Array("________".utf8)

    /// A forum post's text without the poster's signature, which the board prints after a rule of
    /// underscores ("… مئة شخص. _________________ جدة غير"): eight or more in a row.
    static func withoutSignature(_ text: String) -> String {
        guard ByteSearch.contains(text, signatureRule), let r = text.range(of: "________") else { return text }
        return String(text[..<r.lowerBound]).trimmingWhitespace()
    }

    /// A page stamp that templates print between the headline and the text: a date and time
    /// alone ("الأربعاء 10 يونيو 2026 - 09:15 صباحاً", "Updated: June 10, 2026 9:15 am", "3 min
    /// read·Jul 11, 2026") or a
    /// counter ("عدد القراءات: 2318", "Views: 1,204"). Never a sentence.
    static func isStampLine(_ lower: String) -> Bool {
        if counterLabels.contains(where: { lower.hasPrefix($0) }),
           lower.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return true }
        guard !endsSentence(lower), let date = Linguistics.DateParser.dates(in: lower).first, date.year != nil, date.month != nil
        else { return false }
        // What is left once the date, digits, times and weekday or label words are removed.
        var scalars = Array(lower.unicodeScalars)
        if date.range.upperBound <= scalars.count { scalars.removeSubrange(date.range) }
        let rest = String(String.UnicodeScalarView(scalars))
        var words = rest.split(whereSeparator: { !$0.isLetter }).filter { !stampWords.contains(String($0)) }
        // "… الساعة 06:05 مساءً بواسطة admin", "… 10:20 by webmaster": the poster after the date.
        if let by = words.firstIndex(where: { $0 == "بواسطة" || $0 == "by" }), words.count - by <= 3 { words.removeSubrange(by...) }
        return words.count <= 1
    }

    /// "- إعلان -", "— Advertisement —", "[ad]": a label without its dashes or brackets.
    static func unframed(_ lower: String) -> String {
        String(lower.unicodeScalars.drop { " -–—[]()".unicodeScalars.contains($0) }
            .reversed().drop { " -–—[]()".unicodeScalars.contains($0) }.reversed().map(Character.init))
    }

    static let sectionLabels = ["القسم", "التصنيف", "قسم:", "section:", "category:", "filed under", "in:"]
    static let counterLabels = ["عدد القراءات", "عدد المشاهدات", "المشاهدات", "القراءات", "عدد الزيارات", "views:", "reads:",
                                "views ", "page views"]
    static let stampWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "a", "m", "p",
        "updated", "published", "posted", "last", "gmt", "utc", "bst", "est", "at", "on",
        "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "صباحاً", "صباحا", "مساءً",
        "مساء", "ص", "م", "نشر", "نُشر", "في", "بتاريخ", "آخر", "تحديث", "بتوقيت", "غرينتش", "مكة", "المكرمة", "الساعة",
        "min", "mins", "minute", "minutes", "read", "دقائق", "دقيقة", "قراءة", "للقراءة",
    ]

    /// Closing credit lines: "… contributed to this report."
    static let creditSuffixes = ["contributed to this report.", "contributed reporting.", "contributed to this story.",
                                 "contributed reporting from", "contributed to this article."]

    /// "… (Image: GETTY)", "… (Photo: AP)", "… Credit: NASA", "Image 2 of 5": picture captions
    /// written as ordinary paragraphs.
    static func isPhotoCaption(_ lower: String) -> Bool {
        if lower.hasPrefix("image "), lower.count < 20, ByteSearch.contains(lower, Array(" of ".utf8)) { return true }
        guard let last = lower.lastIndex(where: { $0 == "(" || $0 == ":" }) else { return false }
        let tail = lower[..<last].suffix(8)
        for marker in ["image", "photo", "picture", "credit", "pictured", "photograph"] where tail.hasSuffix(marker) {
            return lower.distance(from: last, to: lower.endIndex) < 60
        }
        return false
    }

    /// `text.unicodeScalars.count`, from the UTF-8 lead bytes.
    static func scalarCount(_ text: String) -> Int {
        var n = 0
        for b in text.utf8 where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Some scalar is alphabetic or numeric (an ASCII letter or digit settles it without
    /// looking up Unicode properties).
    static func hasLetterOrNumber(_ text: String) -> Bool {
        for b in text.utf8 where (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) { return true }
        return text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?؟:;…\"”»".unicodeScalars.contains(last)
    }

    /// Comparison key: ASCII letters and digits lowercased, other scripts' bytes kept,
    /// punctuation and spaces dropped.
    static func key(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            switch b {
            case 0x41...0x5A: out.append(b + 0x20)
            case 0x30...0x39, 0x61...0x7A, 0x80...: out.append(b)
            default: continue
            }
        }
        return out
    }
}
