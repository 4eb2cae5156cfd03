/// A cursor over ASCII-compatible bytes with the few HTML5 tokenizer steps the prescan needs.
struct ByteScanner {
    let bytes: [UInt8]
    /// One past the last byte to read.
    let end: Int
    var position = 0

    init(bytes: [UInt8], end: Int) {
        self.bytes = bytes
        self.end = end
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Index of the next `byte` at or after `from` (default: the position).
    func find(_ byte: UInt8, from: Int? = nil) -> Int? {
        let start = from ?? position
        guard start < end else { return nil }
        return bytes[start..<end].firstIndex(of: byte)
    }

    /// Index of the next occurrence of ASCII `needle` at or after `from`.
    func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = from
        while let hit = find(n[0], from: i) {
            if hit + n.count > end { return nil }
            if bytes[hit..<(hit + n.count)].elementsEqual(n) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// Like `find(_:from:)`, ignoring ASCII case (`needle` must be lowercase).
    func findCaseInsensitive(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        var i = from
        while let hit = find(n[0], from: i) {
            if hit + n.count > end { return nil }
            var same = true
            for k in 1..<n.count where Self.lower(bytes[hit + k]) != n[k] { same = false; break }
            if same { return hit }
            i = hit + 1
        }
        return nil
    }

    /// True when the bytes at the position start with ASCII `prefix`, ignoring case.
    func hasPrefix(_ prefix: String) -> Bool {
        var i = position
        for c in prefix.utf8 {
            guard i < end, Self.lower(bytes[i]) == c else { return false }
            i += 1
        }
        return true
    }

    /// For a start tag `<name` at `lt`: the lowercase name and the index just after it.
    func tagName(at lt: Int) -> (String, Int)? {
        var i = lt + 1
        guard i < end, Self.isLetter(bytes[i]) else { return nil }
        var name: [UInt8] = []
        while i < end, !Self.isSpace(bytes[i]), bytes[i] != 0x2F, bytes[i] != 0x3E {
            name.append(Self.lower(bytes[i]))
            i += 1
        }
        return (String(decoding: name, as: UTF8.self), i)
    }

    /// HTML5 "get an attribute": the next attribute of the current tag, or nil at its `>`
    /// (the position is then just past the `>`, or at the end).
    mutating func nextAttribute() -> (name: String, value: String)? {
        while position < end, Self.isSpace(bytes[position]) || bytes[position] == 0x2F { position += 1 }
        guard position < end else { return nil }
        if bytes[position] == 0x3E { position += 1; return nil }
        var name: [UInt8] = []
        while position < end {
            let b = bytes[position]
            if b == 0x3D, !name.isEmpty { break }
            if Self.isSpace(b) || b == 0x2F || b == 0x3E { break }
            name.append(Self.lower(b))
            position += 1
        }
        while position < end, Self.isSpace(bytes[position]) { position += 1 }
        guard position < end, bytes[position] == 0x3D else { return (String(decoding: name, as: UTF8.self), "") }
        position += 1
        while position < end, Self.isSpace(bytes[position]) { position += 1 }
        guard position < end else { return (String(decoding: name, as: UTF8.self), "") }
        var value: [UInt8] = []
        let first = bytes[position]
        if first == 0x22 || first == 0x27 {
            position += 1
            while position < end, bytes[position] != first { value.append(bytes[position]); position += 1 }
            position += 1
        } else {
            while position < end, !Self.isSpace(bytes[position]), bytes[position] != 0x3E {
                value.append(bytes[position])
                position += 1
            }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
