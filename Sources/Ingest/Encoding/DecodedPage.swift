/// A page's bytes converted to UTF-8, with how the encoding was decided.
public struct DecodedPage: Sendable {
    /// How the encoding was decided, strongest evidence first.
    public enum Basis: String, Sendable {
        case byteOrderMark = "byte order mark"
        case httpHeader = "HTTP Content-Type"
        case declaration = "declaration in the page"
        case utf8Validity = "valid UTF-8"
        case guess = "statistical guess"
    }

    /// The page as UTF-8 (no BOM, NULs replaced), ready for libxml2 with encoding "UTF-8".
    public var utf8: [UInt8]
    /// The encoding the bytes were read as.
    public var encoding: TextEncoding
    public var basis: Basis
    /// Non-fatal problems, e.g. "encoding guessed: windows-1256".
    public var warnings: [String]
}
