/// Makes page text safe inside a Markdown table cell or line: nothing from a page can open a
/// link, an image, emphasis, code, raw HTML or a new table cell.
enum MarkdownEscaping {
    /// Characters that change meaning mid-line. (`#`, `-`, `+` matter only at a line start,
    /// which page text never is here; `(` only after `]`, which is escaped.)
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// Escaped, on one line (newlines and tabs become spaces), cut to `limit` characters.
    static func inline(_ text: String, limit: Int = 280) -> String {
        var out = ""
        var count = 0
        for ch in text {
            if count == limit { out += "…"; break }
            count += 1
            if ch.isNewline || ch == "\t" { out.append(" "); continue }
            if special.contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
