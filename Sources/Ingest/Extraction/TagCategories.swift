/// HTML element groups the extractor reasons about.
enum TagCategories {
    /// Elements that start and end a text block.
    static let block: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "caption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "figcaption", "address",
        "hr", "form", "fieldset", "center", "details", "summary", "body", "html", "menu",
        "hgroup", "dialog", "legend", "noscript", "option", "select", "textarea", "iframe", "video",
        "audio", "picture", "img", "canvas", "object", "embed",
    ]
    /// Elements never part of an article body, whatever their content.
    static let neverContent: Set<String> = [
        "nav", "aside", "footer", "button", "select", "input", "textarea", "iframe", "object",
        "embed", "menu", "dialog", "label", "option", "video", "audio", "canvas", "picture",
        "svg", "math", "script", "style", "template", "noscript", "head", "title", "meta", "link",
    ]
    /// Controls and embedded media: skipped whatever their size.
    static let formControls: Set<String> = [
        "button", "select", "input", "textarea", "option", "label", "iframe", "object", "embed",
        "video", "audio", "canvas", "picture", "svg", "math", "script", "style", "template", "noscript",
        "head", "title", "meta", "link", "dialog",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let bold: Set<String> = ["b", "strong"]

    /// Per-tag bit flags, so the passes test one integer instead of hashing the tag name again.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let block = Flags(rawValue: 1)
        static let neverContent = Flags(rawValue: 2)
        static let formControl = Flags(rawValue: 4)
        static let heading = Flags(rawValue: 8)
        static let bold = Flags(rawValue: 16)
        static let nonText = Flags(rawValue: 32)
        static let anchor = Flags(rawValue: 64)
        static let paragraph = Flags(rawValue: 128)
        static let header = Flags(rawValue: 256)
        static let cell = Flags(rawValue: 512)
        static let lineBreak = Flags(rawValue: 1024)
        static let image = Flags(rawValue: 2048)
        static let media = Flags(rawValue: 4096)
    }

    /// The flags of an element name. A custom element named for a page region ("app-header",
    /// "site-footer", "main-nav") is that region: frameworks wrap headers, prayer-time bars and
    /// menus in them instead of `<header>`.
    static func flags(of name: String) -> Flags {
        if let known = flags[name] { return known }
        guard let dash = name.lastIndex(of: "-") else { return [] }
        switch name[name.index(after: dash)...] {
        case "header", "masthead": return flags["header"]!
        case "footer": return flags["footer"]!
        case "nav", "navbar", "navigation", "menu", "sidebar", "aside": return flags["nav"]!
        default: return []
        }
    }

    static let flags: [String: Flags] = {
        var table: [String: Flags] = [:]
        for t in block { table[t, default: []].insert(.block) }
        for t in neverContent { table[t, default: []].insert(.neverContent) }
        for t in formControls { table[t, default: []].insert(.formControl) }
        for t in headings { table[t, default: []].insert(.heading) }
        for t in bold { table[t, default: []].insert(.bold) }
        for t in ["script", "style", "template", "noscript", "svg", "math"] { table[t, default: []].insert(.nonText) }
        table["a", default: []].insert(.anchor)
        table["p", default: []].insert(.paragraph)
        table["header", default: []].insert(.header)
        for t in ["li", "td"] { table[t, default: []].insert(.cell) }
        table["br", default: []].insert(.lineBreak)
        for t in ["img", "hr"] { table[t, default: []].insert(.image) }
        for t in ["audio", "video"] { table[t, default: []].insert(.media) }
        return table
    }()
}
