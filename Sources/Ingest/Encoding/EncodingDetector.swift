/// Decides a page's encoding in Swift and converts it to UTF-8, so libxml2 never guesses.
///
/// Order: byte order mark → HTTP `Content-Type` charset → the page's own declaration (`<meta>`
/// or XML declaration, anywhere in the first MiB) → UTF-8 validity → a statistical guess between
/// windows-1256, windows-1252 and ISO-8859-6. A declaration the bytes contradict loses to the
/// evidence, with a warning: valid multi-byte UTF-8 is UTF-8 whatever the page says, and a
/// single-byte declaration whose reading is implausible (unmapped bytes, Arabic read as accented
/// Latin) yields to the best-scoring encoding. Valid UTF-8 that is itself mojibake (UTF-8 once
/// read as windows-1256 or windows-1252 and saved again) is repaired, with a warning.
public enum EncodingDetector {
    /// Decodes `bytes`; `contentType` is the HTTP header value, when the page came over HTTP.
    public static func decode(_ bytes: [UInt8], contentType: String? = nil) throws(IngestError) -> DecodedPage {
        guard !bytes.isEmpty else { throw .empty }
        if let (encoding, length) = byteOrderMark(bytes) {
            var warnings: [String] = []
            var ignored: [String] = []
            if let declared = declared(bytes, contentType: contentType, encoding: encoding, ignored: &ignored),
               declared.encoding != encoding, !(declared.encoding.isUTF16 && encoding.isUTF16) {
                warnings.append("declared charset \(declared.label) overridden by the \(encoding) byte order mark")
            }
            return finish(bytes[length...], as: encoding, basis: .byteOrderMark, warnings: warnings)
        }
        if let encoding = BinarySniffer.utf16WithoutBOM(bytes) {
            return finish(bytes[...], as: encoding, basis: .guess, warnings: ["encoding guessed: \(encoding) (no byte order mark)"])
        }
        if let kind = BinarySniffer.binaryKind(bytes) { throw .binary(kind) }
        let evidence = UTF8Evidence(bytes)
        var ignored: [String] = []
        let declaration = declared(bytes, contentType: contentType, encoding: nil, ignored: &ignored)
        let notes = ignored.map { "unknown charset label \"\($0)\" ignored" }
        let basis: DecodedPage.Basis = declaration?.fromHTTP == true ? .httpHeader : .declaration
        // WHATWG: a UTF-16 label met while reading ASCII-compatible bytes means UTF-8.
        let declaredEncoding = declaration.map { $0.encoding.isUTF16 ? TextEncoding.utf8 : $0.encoding }

        if evidence.isValid || evidence.isMostlyUTF8 {
            var warnings = notes
            if let declaration, let declaredEncoding, declaredEncoding != .utf8, !evidence.isASCII {
                let what = evidence.isValid ? "valid UTF-8" : "mostly valid UTF-8"
                warnings.append("declared charset \(declaration.label) contradicted by \(what); decoded as UTF-8")
            }
            let decidedBasis: DecodedPage.Basis = declaredEncoding == .utf8 ? basis : .utf8Validity
            return finish(bytes[...], as: .utf8, basis: decidedBasis, warnings: warnings, knownValidUTF8: evidence.isValid)
        }

        let scores = SingleByteGuesser.scores(bytes)
        let best = SingleByteGuesser.best(scores)
        if let declaration, let declaredEncoding, declaredEncoding != .utf8 {
            if SingleByteGuesser.contradicts(declaredEncoding, scores: scores) {
                return finish(bytes[...], as: best.encoding, basis: .guess, warnings: notes + [
                    "declared charset \(declaration.label) contradicted by the bytes; decoded as \(best.encoding) (guessed)",
                ])
            }
            return finish(bytes[...], as: declaredEncoding, basis: basis, warnings: notes)
        }
        if let declaration {
            return finish(bytes[...], as: best.encoding, basis: .guess, warnings: notes + [
                "declared charset \(declaration.label) contradicted by invalid UTF-8; decoded as \(best.encoding) (guessed)",
            ])
        }
        return finish(bytes[...], as: best.encoding, basis: .guess, warnings: notes + ["encoding guessed: \(best.encoding)"])
    }

    private struct Declaration {
        var label: String
        var encoding: TextEncoding
        var fromHTTP: Bool
    }

    /// The HTTP charset when known, else the first known declaration in the page; labels of
    /// encodings Corroborate does not know are reported in `ignored`.
    private static func declared(_ bytes: [UInt8], contentType: String?, encoding: TextEncoding?,
                                 ignored: inout [String]) -> Declaration? {
        if let contentType, let label = CharsetPrescan.charsetParameter(in: contentType) {
            if let encoding = TextEncoding(label: label) {
                return Declaration(label: label, encoding: encoding, fromHTTP: true)
            }
            ignored.append(label)
        }
        guard encoding?.isASCIICompatible ?? true else { return nil }
        let found = CharsetPrescan.declarations(in: bytes, firstKnown: true)
        ignored += found.filter { $0.encoding == nil }.map(\.label)
        guard let first = found.last, let encoding = first.encoding else { return nil }
        return Declaration(label: first.label, encoding: encoding, fromHTTP: false)
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    private static func finish(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding, basis: DecodedPage.Basis,
                               warnings: [String], knownValidUTF8: Bool = false) -> DecodedPage {
        var output = Transcoder.decode(bytes, from: encoding, knownValidUTF8: knownValidUTF8)
        var warnings = warnings
        if output.replaced > 0 {
            let what = encoding == .utf8 ? "invalid UTF-8 sequences" : "bytes that \(encoding) does not map"
            warnings.append("\(output.replaced) \(what) replaced by U+FFFD")
        }
        if encoding == .utf8 || encoding.isUTF16, output.replaced == 0, let repaired = MojibakeRepair.repair(output.utf8) {
            output.utf8 = repaired.utf8
            warnings.append("double-encoded text repaired: UTF-8 that had been read as \(repaired.misreadAs)")
        }
        let nuls = Transcoder.replaceNULs(in: &output.utf8)
        if nuls > 0 { warnings.append("\(nuls) NUL bytes replaced by U+FFFD") }
        return DecodedPage(utf8: output.utf8, encoding: encoding, basis: basis, warnings: warnings)
    }
}

extension TextEncoding {
    var isUTF16: Bool { self == .utf16LE || self == .utf16BE }
}
