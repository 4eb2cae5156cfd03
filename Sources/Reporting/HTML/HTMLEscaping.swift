/// Escaping for everything taken from a page: text nodes, attribute values, SVG text.
///
/// Escapes `& < > " '` everywhere (so the same function is safe in text and in quoted
/// attributes) and drops C0 controls, which HTML forbids, and bidi overrides (U+202A–202E,
/// U+2066–2069), which could visually reorder the report around a hostile string; `dir="auto"`
/// on each cell handles direction instead.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(" ")
            default:
                if s.value < 0x20 || s.value == 0x7F { continue }
                if (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// `text` cut to `limit` characters with an ellipsis, then escaped.
    static func escape(_ text: String, limit: Int) -> String {
        text.count <= limit ? escape(text) : escape(String(text.prefix(limit)) + "…")
    }

    /// A `lang` attribute (with its leading space) for a BCP-47 tag, or nothing if it is not one.
    static func langAttribute(_ tag: String?) -> String {
        guard let tag, !tag.isEmpty, tag.count <= 35,
              tag.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0)) })
        else { return "" }
        return " lang=\"\(tag)\""
    }
}
