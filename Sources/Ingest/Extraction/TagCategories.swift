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
}
