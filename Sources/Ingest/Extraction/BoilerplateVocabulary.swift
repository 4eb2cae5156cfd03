import HTMLTree

/// What an element's `class`, `id`, `role`, `itemprop` and `aria-label` say about its content.
///
/// Keyword lists in the spirit of Readability and trafilatura, in English and Arabic; matched
/// on substrings for long words and on whole tokens for short ones ("ad", "nav", "tag").
enum BoilerplateVocabulary {
    enum Signal: Sendable, Equatable {
        case boilerplate, content, neutral
    }

    /// Substrings that mark navigation, promotion, social and community blocks.
    static let negativeSubstrings: [String] = [
        "comment", "disqus", "related", "recommend", "sidebar", "footer", "menu", "breadcrumb",
        "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up", "promo",
        "advert", "sponsor", "banner", "popup", "modal", "cookie", "gdpr", "consent", "outbrain",
        "taboola", "widget", "pagination", "pager", "masthead", "navbar", "navigation", "byline",
        "author-bio", "authorbio", "author-info", "tags", "tagline", "keywords", "most-read",
        "mostread", "most-popular", "popular", "trending", "read-more", "readmore", "also-read",
        "more-stories", "morestories", "recirc", "newsletter", "toolbar", 
        "login", "dateline", "timestamp", "article-meta", "post-meta", "entry-meta",
        "caption-credit", "credit", "copyright", "related-links", "further",
        "supplemental", "inline-ad", "ad-slot", "adslot", "adunit", "ad-unit", "ad-container",
        "dfp", "skip-link", "print-link", "google-ad", "jump-link", "video-player", "playlist", "feedback", 
        "reaction", "membership", "donation", "support-us", "webmention",
        // A shop's product card inside a blog post (Shopify "article-product-card"), affiliate boxes.
        "product-card", "productcard", "product-box", "affiliate",
        // A wiki heading's "[edit]" link (MediaWiki `mw-editsection`).
        "editsection", "edit-section",
    ]
    /// Negative words that outweigh a positive one in the same class string.
    static let hardNegatives: [String] = [
        "comment", "disqus", "related", "share", "sharing", "social", "newsletter", "subscribe",
        "outbrain", "taboola", "recommend", "promo", "cookie", "advert", "sponsor", "signup",
        "most-read", "mostread", "trending", "popular", "read-more", "readmore", "more-stories",
        "breadcrumb", "footer", "byline", "tags", "webmention", "product-card", "affiliate",
    ]
    /// Whole class/id tokens (split on `-`, `_`, space) that mark boilerplate.
    static let negativeTokens: Set<String> = [
        "ad", "ads", "nav", "tag", "hidden", "hid", "meta", "aside", "extra", "share", "more",
        "header", "top", "bottom", "footnote", "sr", "visually", "ribbon", "crumbs", "author",
        "date", "time", "byline", "kicker", "eyebrow", "cta", "donate", "membership",
        // French and Spanish ad slots ("pub-inarticle", "publicite"); a star rating's widget.
        "pub", "publicite", "publicidad", "rating", "ratings",
        // A post's sign-off box ("— X writes Y, a twice-weekly digest … Subscribe").
        "signature", "signoff",
        // An item's information line ("12:40 – أخبار – بواسطة: editor"): Nucleus "iteminfo".
        "iteminfo", "postinfo", "entryinfo",
    ]
    /// Substrings that mark the article itself.
    static let positiveSubstrings: [String] = [
        "article", "content", "entry", "post-body", "postbody", "story", "text", "body",
        "main", "blog-post", "news-detail", "details", "detail", "hentry", "prose", "rich-text",
        "richtext", "paywall", "الخبر", "المقال", "النص",
    ]
    /// Arabic labels (aria-label, class or id in Arabic script) that mark boilerplate.
    static let negativeArabic: [String] = [
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "مواضيع ذات صلة", "أخبار ذات صلة", "ذات صلة",
        "التعليقات", "تعليقات", "شارك", "مشاركة", "القائمة", "الأكثر قراءة", "النشرة",
        "اشترك", "إعلان", "الوسوم", "كلمات مفتاحية",
    ]
    /// What a BEM element ("block__element") names that is never article text, whatever its
    /// block: "blog-post__meta", "blog-post__author-bio", "article__share". The block name
    /// ("blog-post", "article") only says where the element sits, so its positive word does not
    /// cancel the element's. Counter-examples: "blog-post__body", "article__content" (positive).
    static let bemNegatives: Set<String> = [
        "meta", "author", "authors", "bio", "byline", "date", "time", "timestamp", "dateline", "share", "sharing",
        "social", "tags", "topics", "comment", "comments", "related", "newsletter", "promo", "ad", "ads", "nav",
        "breadcrumb", "breadcrumbs", "footer",
    ]

    static func bemElementIsBoilerplate(_ words: String) -> Bool {
        for token in words.split(separator: " ") {
            guard let mark = token.firstRange(of: "__") else { continue }
            let element = String(token[mark.upperBound...])
            if ByteSearch.containsAny(element, positiveBytes) { continue }
            if element.split(whereSeparator: { $0 == "-" || $0 == "_" }).contains(where: { bemNegatives.contains(String($0)) }) {
                return true
            }
        }
        return false
    }

    /// Longer tokens cannot be in `negativeTokens`: no `String` is built for them.
    private static let longestNegativeToken = negativeTokens.map(\.utf8.count).max() ?? 0

    static let negativeRoles: Set<String> = [
        "navigation", "menu", "menubar", "banner", "contentinfo", "complementary", "search",
        "dialog", "alertdialog", "toolbar", "tablist", "form",
    ]

    private static let negativeBytes = ByteSearch.Needles(negativeSubstrings)
    private static let positiveBytes = ByteSearch.Needles(positiveSubstrings)
    private static let arabicBytes = ByteSearch.Needles(negativeArabic)
    private static let hardBytes = ByteSearch.Needles(hardNegatives)
    private static let widgetWrapperBytes = ByteSearch.Needles(["widget-wrapper"])
    private static let bodyNames = ByteSearch.Needles(["articlebody", "article-body", "article__body", "story-body", "storybody",
                                                       "entry-content", "post-content", "article-content", "content-body", "body-text",
                                                       "article-text", "story-text", "main-content"])

    /// The signal of one element, from its attributes; `cache` memoises class/id strings, which
    /// repeat across a page.
    static func signal(of node: Int, in doc: HTMLDocument, cache: inout [String: Signal]) -> Signal {
        var words = ""
        for a in doc.attributes(node) {
            switch a.name {
            case "role":
                let role = a.value.lowercased()
                if negativeRoles.contains(role) { return .boilerplate }
                if role == "main" || role == "article" { return .content }
            case "itemprop":
                let v = a.value.lowercased()
                if v.hasSuffix("articlebody") || v == "text" || v.hasSuffix("reviewbody") { return .content }
                if v == "author" || v == "publisher" || v == "keywords" || v == "comment" { return .boilerplate }
            case "class", "id", "aria-label":
                if a.value.utf8.count < 300 && !a.value.isEmpty {
                    if words.isEmpty { words = a.value } else { words += " " + a.value }
                }
            default:
                continue
            }
        }
        guard !words.isEmpty else { return .neutral }
        // A heading's class naming it a heading ("header-anchor-post", "section-header") is
        // not a page header: only its other words count (not cached: on a container the same
        // words keep their meaning).
        // So is the heading's own permalink around its text ("<h2><a class="header-anchor"
        // href="#x">How many died</a></h2>").
        let name = doc.name(node)
        if TagCategories.headings.contains(name)
            || name == "a" && doc.parent(node).map({ TagCategories.headings.contains(doc.name($0)) }) == true
            && doc.attribute("href", of: node)?.hasPrefix("#") == true {
            let other = words.lowercased().split(whereSeparator: { " -_:".contains($0) }).filter { $0 != "header" }
            return other.isEmpty ? .neutral : classify(other.joined(separator: " "))
        }
        if let known = cache[words] { return known }
        let signal = classify(words.lowercased())
        cache[words] = signal
        return signal
    }

    private static let scopedClassMark = Array(" sc-".utf8)

    /// "sc-ad-paragraph-h" → "paragraph-h"; other tokens as they are. Only a short namespace
    /// (up to three letters: "ad-", "ion-", "my-") is dropped: "sc-comment-list-h" keeps its word.
    private static func withoutComponentNamespace(_ token: Substring) -> Substring {
        guard token.hasPrefix("sc-") else { return token }
        let name = token.dropFirst(3)
        guard let dash = name.firstIndex(of: "-"), name.distance(from: name.startIndex, to: dash) <= 3,
              name.index(after: dash) < name.endIndex else { return token }
        return name[name.index(after: dash)...]
    }

    /// Classifies a lowercased class/id string.
    static func classify(_ words: String) -> Signal {
        // A page builder's block wrapper ("apos-area-widget-wrapper" around each rich-text block
        // of an Apostrophe body) says how the page is built, not what the block holds.
        if ByteSearch.containsAny(words, widgetWrapperBytes) {
            return classify(words.replacingOccurrences(of: "widget-wrapper", with: " "))
        }
        // Stencil's scoped-style classes ("sc-ad-paragraph-h" on `<ad-paragraph>`, "sc-ad-related"
        // inside `<ad-related>`) name a web component; its tag's first word is the site's
        // namespace ("ad-", "ion-", "my-"), not what it holds: "paragraph", "related".
        if words.hasPrefix("sc-") || ByteSearch.contains(words, scopedClassMark) {
            let plain = words.split(separator: " ").map(withoutComponentNamespace).joined(separator: " ")
            if plain != words { return classify(plain) }
        }
        var negative = false
        for token in words.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D || $0 == 0x5F || $0 == 0x3A })
            where token.count <= longestNegativeToken {
            if negativeTokens.contains(String(decoding: token, as: UTF8.self)) { negative = true; break }
        }
        if !negative { negative = ByteSearch.containsAny(words, negativeBytes) }
        if !negative, words.utf8.contains(where: { $0 == 0xD8 || $0 == 0xD9 }) {
            negative = ByteSearch.containsAny(words, arabicBytes)
        }
        let positive = ByteSearch.containsAny(words, positiveBytes)
        if negative && positive {
            // "content-with-sidebar", "main-white and-w-sidebar": layout words cancel out, as in
            // Readability; community and promotion words ("article-comments", "story-share") win
            // unless the string names the body itself.
            if ByteSearch.containsAny(words, bodyNames) { return .content }
            if bemElementIsBoilerplate(words) { return .boilerplate }
            return ByteSearch.containsAny(words, hardBytes) ? .boilerplate : .neutral
        }
        if negative { return .boilerplate }
        return positive ? .content : .neutral
    }
}
