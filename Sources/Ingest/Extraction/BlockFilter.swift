import CorroborateModel

/// Block-level clean-up after the walk: drops "Read more"/"اقرأ أيضا" lines, link lists,
/// repeated headline, bylines and datelines, duplicates; marks bold-only short lines as
/// subheadings. General text rules, in English and Arabic.
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
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد",
        "إقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "شاهد ايضا", "مواضيع ذات صلة", "أخبار ذات صلة",
        "اخبار ذات صلة", "ذات صلة", "التعليقات", "تابعونا", "تابعوا", "اشترك", "للمزيد",
        "لمزيد من", "حمل تطبيق", "شارك", "جميع الحقوق", "اضغط هنا", "انقر هنا", "الوسوم",
    ]
    /// Lowercased whole lines that are never body text.
    static let noiseLines: Set<String> = [
        "advertisement", "ad", "sponsored", "share", "tweet", "email", "print", "comments",
        "loading...", "loading", "close", "menu", "skip to content", "related", "more", "next",
        "previous", "إعلان", "اعلان", "مشاركة", "طباعة", "تعليق", "التعليقات", "المزيد",
    ]

    func apply(_ raw: [RawBlock]) -> (paragraphs: [Paragraph], links: [Link]) {
        var paragraphs: [Paragraph] = []
        var links: [Link] = []
        var seen = Set<String>()
        let headlineKey = headline.map(Self.key)
        for block in raw {
            let text = block.text
            let lower = text.lowercased()
            let length = text.unicodeScalars.count
            if length == 0 || Self.noiseLines.contains(lower) { continue }
            let linkShare = Double(block.linkLength) / Double(max(1, text.utf8.count))
            if length < 250, Self.promoPrefixes.contains(where: { lower.hasPrefix($0) }) { continue }
            if linkShare > 0.6 && length < 400 && block.kind != .quote { continue }
            let key = Self.key(text)
            if let headlineKey, key == headlineKey { continue }
            if isByline(text, lower: lower, length: length) { continue }
            if length < 400 && seen.contains(key) { continue }
            seen.insert(key)
            var kind = block.kind
            if kind == .paragraph, block.allBold, length <= 120, !Self.endsSentence(text) { kind = .heading }
            let index = paragraphs.count
            paragraphs.append(Paragraph(kind: kind, text: text))
            for var link in block.links {
                link.paragraph = index
                links.append(link)
            }
        }
        return (paragraphs, links)
    }

    private func isByline(_ text: String, lower: String, length: Int) -> Bool {
        guard length < 90 else { return false }
        if Self.endsSentence(text) && !text.hasSuffix(".") { return false }
        for prefix in ["by ", "bylined ", "written by ", "reporting by ", "بقلم", "كتب:", "كتبت:", "تقرير:"]
            where lower.hasPrefix(prefix) {
            return true
        }
        for author in authors where author.count > 3 && text.count < author.count + 25 && text.contains(author) {
            return true
        }
        return false
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?؟:;…\"”»".unicodeScalars.contains(last)
    }

    /// Comparison key: letters and digits, lowercased.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }
}
