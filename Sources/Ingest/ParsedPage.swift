import HTMLTree

/// A page decoded and parsed, before article extraction.
public struct ParsedPage: Sendable {
    public var input: String
    public var url: String?
    public var document: HTMLDocument
    /// The encoding the bytes were read as, and on what evidence.
    public var encoding: TextEncoding
    public var encodingBasis: DecodedPage.Basis
    /// Decompression and decoding warnings (the parser's own are in `document.warnings`).
    public var readWarnings: [String]

    /// Decompression, decoding and parsing warnings, in that order.
    public var warnings: [String] { readWarnings + document.warnings }
}
