/// Escaping for everything taken from a page: text nodes, attribute values, SVG text.
///
/// Escapes `& < > " '` everywhere (so the same function is safe in text and in quoted
/// attributes) and drops C0 controls, which HTML forbids, and bidi overrides (U+202A–202E,
/// U+2066–2069), which could visually reorder the report around a hostile string; `dir="auto"`
/// on each cell handles direction instead.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        // Works on UTF-8 bytes: the marked characters are all ASCII or three-byte sequences, so
        // text with none of them (most of it) is returned as it is, without a copy.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xE2 || Self.marked[Int($0)] }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        var bytes = utf8.makeIterator()
        var pending: UInt8? = nil
        while let b = pending ?? bytes.next() {
            pending = nil
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
            case 0..<0x20, 0x7F: continue
            case 0xE2:
                // U+202A–202E are E2 80 AA–AE, U+2066–2069 are E2 81 A6–A9: bidi overrides, dropped.
                guard let second = bytes.next() else { out.append(b); continue }
                guard second == 0x80 || second == 0x81, let third = bytes.next() else {
                    out.append(b); pending = second; continue
                }
                if second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) { continue }
                out.append(contentsOf: [b, second, third])
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII bytes escaped as entities.
    private static let marked: [Bool] = (0..<256).map { "&<>\"'".utf8.contains(UInt8($0)) }

    /// `text` cut to `limit` characters with an ellipsis, then escaped.
    static func escape(_ text: String, limit: Int) -> String {
        // A string of at most `limit` UTF-8 bytes has at most `limit` characters: no counting.
        guard text.utf8.count > limit,
              let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex
        else { return escape(text) }
        return escape(String(text[..<end]) + "…")
    }

    /// A `lang` attribute (with its leading space) for a BCP-47 tag, or nothing if it is not one.
    static func langAttribute(_ tag: String?) -> String {
        guard let tag, !tag.isEmpty, tag.count <= 35,
              tag.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "-" || ("0"..."9").contains($0)) })
        else { return "" }
        return " lang=\"\(tag)\""
    }
}
