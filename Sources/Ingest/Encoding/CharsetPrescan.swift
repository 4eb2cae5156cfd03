/// A charset named inside the page: `<meta charset>`, `<meta http-equiv=Content-Type content=…>`
/// or an XML declaration's `encoding`.
struct CharsetDeclaration: Sendable, Hashable {
    enum Kind: String, Sendable { case metaCharset = "meta charset", httpEquiv = "meta http-equiv", xml = "XML declaration" }

    var kind: Kind
    /// The label as written (unquoted).
    var label: String
    /// What the label names, if Corroborate decodes it.
    var encoding: TextEncoding? { TextEncoding(label: label) }
}

/// Finds charset declarations in the bytes of an ASCII-compatible page, like the HTML5 prescan
/// but not limited to the first 1024 bytes: comments, `<script>`/`<style>` bodies and other
/// raw-text elements are skipped, so a commented-out meta or a meta inside a JavaScript string
/// does not count. Tags are read with HTML5's attribute rules (any case, quoted or not).
enum CharsetPrescan {
    /// Elements whose content is not markup; a `<meta` inside them is text.
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp", "title", "noembed", "iframe"]

    /// Declarations in document order, reading at most `limit` bytes; with `firstKnown`, stops
    /// after the first declaration naming an encoding Corroborate decodes.
    static func declarations(in bytes: [UInt8], limit: Int = 1 << 20, firstKnown: Bool = false) -> [CharsetDeclaration] {
        var found: [CharsetDeclaration] = []
        var scanner = ByteScanner(bytes: bytes, end: min(bytes.count, limit))
        while let lt = scanner.find(0x3C) {  // "<"
            scanner.position = lt
            if scanner.hasPrefix("<!--") {
                guard let close = scanner.find("-->", from: lt + 4) else { break }
                scanner.position = close + 3
            } else if scanner.hasPrefix("<?xml") {
                let start = lt + 5
                let close = scanner.find("?>", from: start) ?? scanner.end
                if let encoding = attributes(of: ByteScanner(bytes: bytes, end: close), from: start).first(where: { $0.name == "encoding" }),
                   !encoding.value.isEmpty {
                    found.append(CharsetDeclaration(kind: .xml, label: encoding.value))
                }
                scanner.position = close
            } else if let (name, nameEnd) = scanner.tagName(at: lt) {
                var tagScanner = scanner
                let attrs = attributes(of: &tagScanner, from: nameEnd)
                scanner.position = tagScanner.position
                if name == "meta", let declaration = metaDeclaration(attrs) {
                    found.append(declaration)
                } else if rawTextElements.contains(name) {
                    guard let close = scanner.findCaseInsensitive("</" + name, from: scanner.position) else { break }
                    scanner.position = close + 2
                }
            } else {
                // "</x", "<!doctype", "<?pi" or a stray "<": skip to the end of the construct.
                let next = lt + 1 < scanner.end ? bytes[lt + 1] : 0
                if next == 0x2F || next == 0x21 || next == 0x3F {  // / ! ?
                    scanner.position = (scanner.find(0x3E, from: lt + 1) ?? scanner.end - 1) + 1
                } else {
                    scanner.position = lt + 1
                }
            }
            if firstKnown, found.last?.encoding != nil { return found }
        }
        return found
    }

    /// The charset a `<meta>` declares, per HTML5 (§ "prescan a byte stream").
    private static func metaDeclaration(_ attributes: [(name: String, value: String)]) -> CharsetDeclaration? {
        var httpEquivContentType = false
        var content: String?
        var charset: String?
        for (name, value) in attributes {
            switch name {
            case "http-equiv": httpEquivContentType = httpEquivContentType || value.lowercased() == "content-type"
            case "content": content = content ?? value
            case "charset": charset = charset ?? value
            default: break
            }
        }
        if let charset, !charset.trimmingASCIIWhitespace().isEmpty {
            return CharsetDeclaration(kind: .metaCharset, label: charset.trimmingASCIIWhitespace())
        }
        if httpEquivContentType, let content, let label = charsetParameter(in: content) {
            return CharsetDeclaration(kind: .httpEquiv, label: label)
        }
        return nil
    }

    /// The charset in a `Content-Type` value such as `text/html; charset="windows-1256"`
    /// (HTML5's "extracting a character encoding from a meta element"; also used for HTTP headers).
    static func charsetParameter(in content: String) -> String? {
        let chars = Array(content.utf8)
        let needle = Array("charset".utf8)
        var i = 0
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D }
        while i + needle.count <= chars.count {
            var matches = true
            for k in 0..<needle.count where chars[i + k] | 0x20 != needle[k] { matches = false; break }
            guard matches else { i += 1; continue }
            var j = i + needle.count
            while j < chars.count, isSpace(chars[j]) { j += 1 }
            guard j < chars.count, chars[j] == 0x3D else { i += needle.count; continue }  // "="
            j += 1
            while j < chars.count, isSpace(chars[j]) { j += 1 }
            guard j < chars.count else { return nil }
            if chars[j] == 0x22 || chars[j] == 0x27 {
                let quote = chars[j]
                guard let close = chars[(j + 1)...].firstIndex(of: quote) else { return nil }
                let value = String(decoding: chars[(j + 1)..<close], as: UTF8.self)
                return value.isEmpty ? nil : value
            }
            var k = j
            while k < chars.count, !isSpace(chars[k]), chars[k] != 0x3B { k += 1 }  // ";"
            return k > j ? String(decoding: chars[j..<k], as: UTF8.self) : nil
        }
        return nil
    }

    private static func attributes(of scanner: ByteScanner, from start: Int) -> [(name: String, value: String)] {
        var copy = scanner
        return attributes(of: &copy, from: start)
    }

    /// Reads attributes from `start` to the tag's `>`, leaving `scanner.position` after it.
    private static func attributes(of scanner: inout ByteScanner, from start: Int) -> [(name: String, value: String)] {
        scanner.position = start
        var result: [(name: String, value: String)] = []
        while let attribute = scanner.nextAttribute() {
            result.append(attribute)
        }
        return result
    }
}
