/// The character encodings ingest decodes itself (everything reaches libxml2 as UTF-8).
///
/// Labels follow the WHATWG Encoding Standard, as browsers read them: `iso-8859-1`, `latin1`
/// and `ascii` mean windows-1252, and `utf-16` means UTF-16LE.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1256 = "windows-1256"
    case iso8859_6 = "iso-8859-6"
    case windows1252 = "windows-1252"

    public var description: String { rawValue }

    /// The encoding a WHATWG label names (case-insensitive, surrounding whitespace ignored),
    /// or nil for labels of encodings Corroborate does not decode.
    public init?(label: String) {
        let key = label.trimmingASCIIWhitespace().lowercased()
        guard let encoding = Self.labels[key] else { return nil }
        self = encoding
    }

    /// True for encodings in which ASCII bytes stand for ASCII characters (all but UTF-16).
    var isASCIICompatible: Bool { self != .utf16LE && self != .utf16BE }

    /// The 128 code points for bytes 0x80...0xFF, for the single-byte encodings.
    var highTable: [UInt16]? {
        switch self {
        case .windows1256: return SingleByteTables.windows1256
        case .iso8859_6: return SingleByteTables.iso8859_6
        case .windows1252: return SingleByteTables.windows1252
        case .utf8, .utf16LE, .utf16BE: return nil
        }
    }

    private static let labels: [String: TextEncoding] = {
        var table: [String: TextEncoding] = [:]
        let groups: [(TextEncoding, [String])] = [
            (.utf8, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
            (.utf16LE, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
            (.utf16BE, ["unicodefffe", "utf-16be"]),
            (.windows1256, ["cp1256", "windows-1256", "x-cp1256"]),
            (.iso8859_6, ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
                          "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
                          "iso_8859-6", "iso_8859-6:1987"]),
            (.windows1252, ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                            "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1",
                            "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
        ]
        for (encoding, names) in groups {
            for name in names { table[name] = encoding }
        }
        return table
    }()
}

extension String {
    /// The string without leading and trailing ASCII whitespace (what WHATWG strips from labels).
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }
        var s = Substring(self)
        while let c = s.first, isSpace(c) { s.removeFirst() }
        while let c = s.last, isSpace(c) { s.removeLast() }
        return String(s)
    }
}
