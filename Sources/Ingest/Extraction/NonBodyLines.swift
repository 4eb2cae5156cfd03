import Linguistics

/// Lines that wires, blog engines and embeds put among the body blocks but that are not body
/// text: update notes, closing source credits, an embedded post's attribution line, the
/// heading that opens a comments section. Text rules, in English and Arabic; each takes the
/// lowercased, trimmed line.
enum NonBodyLines {
    /// Verbs a wire's update note opens with: "(Adds Israeli media report in paragraphs 9-12)",
    /// "(Updates with casualty toll)", "(Recasts, adds details)", "(Corrects spelling of name in
    /// paragraph 3)", "(Changes dateline, previous BEIRUT)". Counter-example: "(Reuters) - …",
    /// a parenthesis that does not span the line ("(Adds) is a verb …").
    static let updateVerbs: Set<String> = [
        "adds", "updates", "recasts", "corrects", "changes", "rewrites", "refiles", "repeats", "removes",
        "fixes", "inserts", "writes", "advances", "deletes", "replaces", "amends", "clarifies", "expands",
        "combines", "overwrites", "tops", "moves", "restores", "withdraws", "reissues", "re-issues",
    ]

    /// A wire's update note: the whole line one parenthesis opening with an update verb.
    static func isWireUpdateNote(_ lower: String) -> Bool {
        guard lower.count < 300, lower.first == "(", lower.last == ")" else { return false }
        let inner = lower.dropFirst().dropLast()
        // One parenthesis: "(Adds …) and the rest" is a sentence.
        guard !inner.contains(")") else { return false }
        let verb = inner.prefix { $0.isLetter || $0 == "-" }
        return updateVerbs.contains(String(verb))
    }

    /// Labels of a closing credit line: "Source: Circuit Ledger", «المصدر: وكالة الأنباء».
    static let sourceLabels = ["source", "sources", "المصدر", "المصادر", "مصدر", "via"]

    /// A lone "Source: X" credit: a label, a colon and a short name (not a sentence).
    /// Counter-example: "Source: the ministry said on Monday that the talks had failed." (a
    /// sentence, or more than twelve words after the label).
    static func isSourceCredit(_ lower: String) -> Bool {
        guard lower.count < 160 else { return false }
        for label in sourceLabels where lower.hasPrefix(label) {
            let rest = lower.dropFirst(label.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            let name = rest.dropFirst()
            let words = name.split(whereSeparator: { $0 == " " })
            return !words.isEmpty && words.count <= 12 && !(name.hasSuffix(".") && words.count > 4)
        }
        return false
    }

    /// The attribution line under an embedded post: "— Civil Defence (@SyriaCivilDef) September
    /// 8, 2026", "A post shared by Ports Authority (@portsauth)". The post itself stays a quote.
    static func isEmbedAttribution(_ lower: String) -> Bool {
        guard lower.count < 200 else { return false }
        if lower.hasPrefix("a post shared by") { return true }
        guard let first = lower.first, "—–―-".contains(first) else { return false }
        return containsHandle(lower)
    }

    /// "(@handle)": an account handle in parentheses, as embed widgets print it.
    static func containsHandle(_ lower: String) -> Bool {
        let bytes = Array(lower.utf8)
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x28, bytes[i + 1] == 0x40 { // "(@"
                var j = i + 2
                while j < bytes.count, isHandleByte(bytes[j]) { j += 1 }
                if j > i + 2, j < bytes.count, bytes[j] == 0x29 { return true }
            }
            i += 1
        }
        return false
    }

    private static func isHandleByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E
    }

    /// Headings that open a comments section: "Comments", "3 Comments", "Leave a reply",
    /// «التعليقات», «أضف تعليقك», and the disclaimers that head one ("التعليقات ملك لأصحابها").
    /// Counter-example: "Comments by the minister drew criticism." (a sentence).
    static let commentLabels = [
        "comments", "comment", "reader comments", "readers' comments", "leave a comment", "leave a reply",
        "add a comment", "post a comment", "join the conversation", "join the discussion", "webmentions",
        "التعليقات", "تعليقات", "تعليقات القراء", "أضف تعليق", "أضف تعليقك", "أضف تعليقا", "أضف تعليقاً",
        "اترك تعليقا", "اترك تعليقاً", "اترك رداً", "اترك ردا", "شاركنا رأيك",
    ]
    private static let disclaimerWords = ["أصحاب", "رأي", "آراء", "views", "opinions", "moderat"]

    static func isCommentsHeading(_ lower: String) -> Bool {
        guard lower.count < 90 else { return false }
        // "12 comments", "٣ تعليقات".
        let text = String(lower.drop { $0.isNumber || $0 == " " })
        for label in commentLabels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count).drop { $0 == " " }
            guard let next = rest.first else { return true }
            if rest.count == text.count - label.count, next.isLetter { continue } // "commentary"
            // "Comments (12)", «التعليقات:»; not "Comment: why the port matters".
            if !next.isLetter { return !rest.contains(where: \.isLetter) }
            // «التعليقات ملك لأصحابها»; not a sentence that mentions comments and views.
            if !BlockFilter.endsSentence(lower), disclaimerWords.contains(where: { rest.contains($0) }) { return true }
        }
        return false
    }

    /// A block that repeats the headline followed by a date stamp or a byline, as table
    /// templates print them in one cell ("Headline Posted on Tuesday 08 September 2026 by
    /// admin"). `key` and `headlineKey` are `BlockFilter.key` values.
    static func isHeadlineStamp(_ lower: String, key: [UInt8], headlineKey: [UInt8]) -> Bool {
        guard headlineKey.count >= 10, key.count > headlineKey.count, key.count - headlineKey.count < 200,
              key.starts(with: headlineKey) else { return false }
        return Linguistics.DateParser.dates(in: lower).contains { $0.year != nil && $0.month != nil }
    }

    /// A bar of page furniture: segments split by "|" or "·", each a tool ("طباعة", "أرسل
    /// لصديق", "print"), a counter ("عدد القراءات: 412", "1,204 views"), a section label
    /// («القسم: أخبار الساحل») or a date stamp (`BlockFilter.isStampLine`). Lowercased input.
    /// An entry's details line, as forums and old CMSs print it under the text: two or more
    /// labels of furniture («الفئة: أخبار الجهات | أضاف: admin (13.05.2026 - 08:05) مشاهدات: 612»,
    /// "Category: News | Added by: admin | Views: 612"). A sentence names at most one.
    static func isDetailsLine(_ lower: String) -> Bool {
        guard lower.utf8.count < 500 else { return false }
        var text = lower
        let twoLabels = text.withUTF8 { buffer in
            var labels = 0
            for label in detailLabelBytes where ByteSearch.contains(buffer, label) {
                labels += 1
                if labels >= 2 { return true }
            }
            return false
        }
        return twoLabels && (!BlockFilter.endsSentence(lower) || lower.hasSuffix("|"))
    }

    private static let detailLabelBytes = detailLabels.map { Array($0.utf8) }

    static let detailLabels = ["الفئة:", "القسم:", "التصنيف:", "أضاف:", "اضاف:", "أضيف بواسطة", "مشاهدات:", "المشاهدات:",
                               "تعليقات:", "التعليقات:", "عدد القراءات", "category:", "added by", "views:", "comments:",
                               "posted by", "hits:", "القراءات:", "قراءات:", "reads:"]

    static func isBarLine(_ lower: String) -> Bool {
        guard lower.utf8.contains(UInt8(ascii: "|")) || lower.contains("·") else { return false }
        let parts = lower.split(whereSeparator: { $0 == "|" || $0 == "·" }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return false }
        // A section's or tag's bare name ("أخبار وطنية") may stand between furniture, once
        // something else on the bar is plainly furniture, as long as names are not the most of it
        // ("| | أخبار وطنية | المشاهدات: 412", once the date and author spans are taken out).
        var furniture = 0
        for part in parts {
            let counter = counterSuffixes.contains(where: part.hasSuffix)
                && part.unicodeScalars.contains(where: { $0.properties.numericType != nil })
            if toolWords.contains(part) || BlockFilter.isStampLine(part) || counter
                || BlockFilter.sectionLabels.contains(where: part.hasPrefix) && part.count < 40 {
                furniture += 1
            } else if part.count > 30 || part.split(separator: " ").count > 3 || BlockFilter.endsSentence(part) {
                return false
            }
        }
        return furniture > 0 && furniture * 2 >= parts.count
    }

    /// The line that dates a press release and clears it for publication: "Mosul, Wednesday 2
    /// December 2026, 1:00 p.m. (Baghdad time) – for immediate release", "EMBARGOED UNTIL 00:01
    /// GMT", «للنشر الفوري». Short lines only.
    static func isReleaseLine(_ lower: String) -> Bool {
        lower.utf8.count < 400 && ByteSearch.containsAny(lower, releaseNeedles)
    }

    private static let releaseNeedles = ByteSearch.Needles(["for immediate release", "embargoed until", "embargoed to",
                                                            "under embargo until", "not for publication before",
                                                            "للنشر الفوري", "للنشر فورا", "للنشر فوراً"])

    /// The mark that ends a press release's text ("– ENDS –", "-ends-", "###", «-انتهى-»): what
    /// follows is the contact block and notes to editors. `lower` is the unframed line.
    static func isEndMarker(_ lower: String) -> Bool {
        endMarkers.contains(lower)
    }

    /// Headings over a list of the sources or references an article drew on, after its text.
    static let sourcesHeadings: Set<String> = ["sources", "sources:", "references", "further reading", "المصادر", "المصادر:",
                                               "المراجع", "مصادر", "مراجع", "sources et références", "références"]

    static let endMarkers: Set<String> = ["ends", "end", "###", "# # #", "انتهى", "إنتهى", "-انتهى-"]

    static let toolWords: Set<String> = [
        "print", "email", "e-mail", "share", "send to a friend", "save", "comment", "comments", "text size", "a+", "a-",
        "طباعة", "طباعه", "أرسل لصديق", "ارسل لصديق", "إرسال لصديق", "حفظ", "مشاركة", "تعليق", "التعليقات", "تكبير الخط", "تصغير الخط",
    ]
    /// Counters written after their number ("1,204 views"); those written before it are
    /// `BlockFilter.counterLabels`.
    static let counterSuffixes = ["views", "reads", "visits", "مشاهدة", "قراءة"]
}
