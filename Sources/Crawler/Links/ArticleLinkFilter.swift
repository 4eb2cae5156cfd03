/// A URL-only guess at whether a link leads to an article rather than site furniture.
///
/// Rejects assets and downloads by extension, feeds, and paths whose segments name listing or
/// account pages (tag, category, author, search, login, ...). Everything else is kept: the
/// guess errs towards fetching, since `--depth` and `--same-host` already bound the crawl.
public enum ArticleLinkFilter {
    static let assetExtensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif",
        "css", "js", "mjs", "json", "xml", "rss", "atom", "txt", "csv",
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
        "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "exe", "dmg", "apk", "iso",
        "mp3", "mp4", "m4a", "m4v", "wav", "ogg", "webm", "mov", "avi", "flv", "woff", "woff2", "ttf", "eot",
    ]
    static let listingSegments: Set<String> = [
        "tag", "tags", "category", "categories", "author", "authors", "search", "login", "logout",
        "signin", "sign-in", "signup", "register", "account", "subscribe", "newsletter", "feed", "feeds",
        "rss", "cart", "checkout", "privacy", "terms", "cookies", "contact", "about", "advertise", "wp-admin",
        "wp-login.php", "share", "print",
    ]

    public static func looksLikeArticle(_ url: CrawlURL) -> Bool {
        let segments = url.path.split(separator: "/").map { $0.lowercased() }
        if let last = segments.last, let dot = last.lastIndex(of: ".") {
            let ext = String(last[last.index(after: dot)...])
            if assetExtensions.contains(ext) { return false }
        }
        if segments.contains(where: { listingSegments.contains($0) }) { return false }
        return true
    }
}
