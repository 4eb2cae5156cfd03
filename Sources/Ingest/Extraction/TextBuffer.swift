/// Accumulates raw text nodes into whitespace-normalised UTF-8, one byte pass per node.
///
/// Runs of ASCII whitespace, no-break and typographic spaces become one space; zero-width
/// spaces and soft hyphens vanish. Pieces appended back to back join without a space, so
/// inline markup never splits a word (`<b>wo</b>rd` → "word").
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Marks a word boundary (e.g. `<br>` or the edge of a block-level element).
    mutating func space() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    mutating func append(utf8 raw: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = raw.count
        while i < n {
            let b = raw[i]
            var skip = 0
            var isSpace = false
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                isSpace = true; skip = 1
            case 0xC2 where i + 1 < n && raw[i + 1] == 0xA0:
                isSpace = true; skip = 2
            case 0xC2 where i + 1 < n && raw[i + 1] == 0xAD:
                skip = 2 // soft hyphen: invisible
            case 0xE2 where i + 2 < n && raw[i + 1] == 0x80:
                let c = raw[i + 2]
                if (0x80...0x8A).contains(c) || c == 0xAF || c == 0xA8 || c == 0xA9 {
                    isSpace = true; skip = 3
                } else if c == 0x8B || c == 0x8C || c == 0x8D || c == 0xAA || c == 0xAB
                    || c == 0xAC || c == 0xAD || c == 0xAE || c == 0x8E || c == 0x8F {
                    skip = 3 // zero-width and bidi controls
                }
            case 0xE2 where i + 2 < n && raw[i + 1] == 0x81 && raw[i + 2] == 0x9F:
                isSpace = true; skip = 3
            case 0xE3 where i + 2 < n && raw[i + 1] == 0x80 && raw[i + 2] == 0x80:
                isSpace = true; skip = 3
            case 0xEF where i + 2 < n && raw[i + 1] == 0xBB && raw[i + 2] == 0xBF:
                skip = 3 // BOM / zero-width no-break space
            default:
                break
            }
            if skip > 0 {
                if isSpace && !bytes.isEmpty { pendingSpace = true }
                i += skip
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(b)
            i += 1
        }
    }

    /// The normalised text, and resets the buffer.
    mutating func take() -> String {
        let s = String(decoding: bytes, as: UTF8.self)
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return s
    }

    /// Whitespace-normalises one string.
    static func normalise(_ s: String) -> String {
        var buffer = TextBuffer()
        buffer.append(s)
        return buffer.take()
    }
}
