#if canImport(Glibc)
import Glibc
#endif

/// Takes the bodies of `<script>` and `<style>` out of a page before libxml2 sees it, so that
/// its character-by-character raw-text loop (`htmlParseScript`) never runs over them; the SAX
/// handler puts each body back as the element's text the moment libxml2 opens the element.
///
/// On the extraction benchmark half the bytes of a page are script and style, and libxml2
/// reads them about three times slower than markup. The scan is a light tokenizer (comments,
/// quoted attribute values, `<!…>`, `<?…>`); it need not be perfect, because every taken body
/// is tied to the byte offset of its start tag's `>` and must be claimed there by libxml2's own
/// `startElement`: a body libxml2 does not claim sends the page back through an ordinary parse.
/// A body ends where libxml2 ends it (the first `</` followed by the element name, any case).
/// Anything unusual (a body opening with `<`, an end tag not followed by `>` or a space, an
/// unterminated comment, a NUL byte) stops the scan there and leaves the rest to libxml2.
struct RawTextElider {
    struct Body {
        /// Offset, in the elided bytes, of the `>` that ends the start tag.
        var tagEnd: Int
        /// The body's range in the original bytes.
        var range: Range<Int>
    }

    /// The page with the bodies removed.
    private(set) var elided: [UInt8] = []
    private(set) var bodies: [Body] = []

    /// Nil when there is nothing worth taking out.
    init?(_ page: UnsafeBufferPointer<UInt8>) {
        guard page.count >= 64, let base = page.baseAddress, memchr(base, 0, page.count) == nil else { return nil }
        var bodies: [Body] = []
        var removed = 0
        var i = 0
        let n = page.count
        scan: while i < n {
            guard let lt = memchr(base + i, Int32(UInt8(ascii: "<")), n - i) else { break }
            i = base.distance(to: lt.assumingMemoryBound(to: UInt8.self))
            guard i + 1 < n else { break }
            let next = page[i + 1]
            if next == UInt8(ascii: "!") {
                if i + 3 < n, page[i + 2] == UInt8(ascii: "-"), page[i + 3] == UInt8(ascii: "-") {
                    guard let end = Self.find("-->", in: page, from: i + 4) else { break scan }
                    i = end + 3
                } else {
                    guard let gt = Self.find(">", in: page, from: i + 2) else { break scan }
                    i = gt + 1
                }
                continue
            }
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                guard let gt = Self.find(">", in: page, from: i + 2) else { break scan }
                i = gt + 1
                continue
            }
            guard Self.isLetter(next) else {
                i += 1
                continue
            }
            // A start tag: its name, then attributes up to the `>` (quoted values may hold `>`).
            var j = i + 1
            while j < n, !Self.isSpace(page[j]), page[j] != UInt8(ascii: ">"), page[j] != UInt8(ascii: "/") { j += 1 }
            let rawText = Self.rawTextName(page, i + 1, j)
            guard let gt = Self.endOfStartTag(page, from: j) else { break scan }
            i = gt + 1
            guard let name = rawText else { continue }
            if page[gt - 1] == UInt8(ascii: "/") { break scan } // `<script/>`: libxml2 closes it at once
            guard i < n, let close = Self.findEndTag(name, in: page, from: i) else { break scan }
            let after = close + 2 + name.count
            guard after < n, page[after] == UInt8(ascii: ">") || Self.isSpace(page[after]) else { break scan }
            // A body opening with `<` meets libxml2's tag checks first: only an empty one is plain.
            guard close == i || page[i] != UInt8(ascii: "<") else { break scan }
            if close > i {
                bodies.append(Body(tagEnd: gt - removed, range: i..<close))
                removed += close - i
            }
            i = close
        }
        guard !bodies.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n - removed)
        var from = 0
        for b in bodies {
            out.append(contentsOf: page[from..<b.range.lowerBound])
            from = b.range.upperBound
        }
        out.append(contentsOf: page[from..<n])
        self.elided = out
        self.bodies = bodies
    }

    /// Hands `body` the text libxml2 would have reported for a body: characters XML forbids (C0
    /// controls other than tab, newline and carriage return; U+FFFE, U+FFFF) are dropped.
    static func withText(of range: Range<Int>, in page: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                         _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let slice = UnsafeBufferPointer(rebasing: page[range])
        var clean = true, sawEF = false
        for b in slice {
            if b < 0x20 {
                if b != 0x09 && b != 0x0A && b != 0x0D { clean = false; break }
            } else if b == 0xEF {
                sawEF = true
            }
        }
        if clean, !sawEF || !hasNonCharacter(slice) {
            body(slice)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        var k = 0
        while k < slice.count {
            let b = slice[k]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { k += 1; continue }
            if b == 0xEF, k + 2 < slice.count, slice[k + 1] == 0xBF, slice[k + 2] == 0xBE || slice[k + 2] == 0xBF {
                k += 3
                continue
            }
            scratch.append(b)
            k += 1
        }
        scratch.withUnsafeBufferPointer(body)
    }

    private static func hasNonCharacter(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k + 2 < s.count {
            if s[k] == 0xEF, s[k + 1] == 0xBF, s[k + 2] == 0xBE || s[k + 2] == 0xBF { return true }
            k += 1
        }
        return false
    }

    /// Strict UTF-8 validity (libxml2 switches to Latin-1 mid-page at the first invalid byte,
    /// which would make its view of the page differ from the bytes put back).
    static func isValidUTF8(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        guard let base = UnsafeRawPointer(s.baseAddress) else { return true }
        while i < n {
            // Eight ASCII bytes at a time.
            while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b = s[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var v: UInt32
            if b & 0xE0 == 0xC0 { need = 1; v = UInt32(b & 0x1F); minimum = 0x80 }
            else if b & 0xF0 == 0xE0 { need = 2; v = UInt32(b & 0x0F); minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { need = 3; v = UInt32(b & 0x07); minimum = 0x10000 }
            else { return false }
            guard i + need < n else { return false }
            for k in 1...need {
                let c = s[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                v = v << 6 | UInt32(c & 0x3F)
            }
            if v < minimum || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return false }
            i += need + 1
        }
        return true
    }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)

    private static func rawTextName(_ page: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8]? {
        for name in [script, style] where end - start == name.count {
            var same = true
            for k in 0..<name.count where page[start + k] | 0x20 != name[k] { same = false; break }
            if same { return name }
        }
        return nil
    }

    /// The `>` closing a start tag whose name ends before `from`; quoted values are skipped.
    private static func endOfStartTag(_ page: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var j = from
        let n = page.count
        while j < n {
            let c = page[j]
            if c == UInt8(ascii: ">") { return j }
            if c == UInt8(ascii: "<") { return nil } // libxml2 recovers from this its own way
            if c == UInt8(ascii: "=") {
                j += 1
                while j < n, isSpace(page[j]) { j += 1 }
                if j < n, page[j] == UInt8(ascii: "\"") || page[j] == UInt8(ascii: "'") {
                    guard let q = find(page[j] == UInt8(ascii: "\"") ? "\"" : "'", in: page, from: j + 1) else { return nil }
                    j = q + 1
                    continue
                }
                continue
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return nil }
            j += 1
        }
        return nil
    }

    /// The first `</name` (any case) at or after `from`.
    private static func findEndTag(_ name: [UInt8], in page: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var j = from
        while let lt = find("</", in: page, from: j) {
            if lt + 2 + name.count <= page.count {
                var same = true
                for k in 0..<name.count where page[lt + 2 + k] | 0x20 != name[k] { same = false; break }
                if same { return lt }
            }
            j = lt + 1
        }
        return nil
    }

    private static func find(_ needle: StaticString, in page: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = page.baseAddress else { return nil }
        let first = Int32(needle.utf8Start.pointee)
        let count = needle.utf8CodeUnitCount
        var i = from
        while i + count <= page.count {
            guard let hit = memchr(base + i, first, page.count - i) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard at + count <= page.count else { return nil }
            if count == 1 || memcmp(base + at, needle.utf8Start, count) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
}
