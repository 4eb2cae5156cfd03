import Foundation
import Testing
import TestSupport
@testable import Ingest

/// The statistical guess and the contradiction rules on real text from `../shared`: the seed
/// article (Arabic) and the extraction benchmark's gold bodies (German, Portuguese, English...),
/// re-encoded here into legacy encodings, with and without (lying) declarations.
@Suite struct EncodingGuessTests {
    /// Encodes `text` in a single-byte encoding; what it cannot hold becomes a numeric reference.
    static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for (i, scalar) in encoding.highTable!.enumerated() where scalar != 0xFFFD { reverse[UInt32(scalar)] = UInt8(0x80 + i) }
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(UInt8(scalar.value))
            } else if let byte = reverse[scalar.value] {
                out.append(byte)
            } else {
                out += Array("&#\(scalar.value);".utf8)
            }
        }
        return out
    }

    static func page(paragraphs: [String], head: String = "") -> String {
        let escape = { (s: String) in s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        return "<html><head>\(head)<title>t</title></head><body>"
            + paragraphs.map { "<p>\(escape($0))</p>" }.joined(separator: "\n") + "</body></html>"
    }

    static func paragraphs(of parsed: ParsedPage) -> [String] {
        parsed.document.elements(named: "p").map { parsed.document.textContent(of: $0) }
    }

    static func collapsedParagraphs(of parsed: ParsedPage) -> [String] {
        paragraphs(of: parsed).map { (text: String) -> String in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    static var seedLines: [String] {
        let folder = SharedData.url("seeds")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
        return files.flatMap { name -> [String] in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.split(separator: " ").count >= 3 }
        }
    }

    @Test(.enabled(if: SharedData.available), arguments: [TextEncoding.windows1256, .iso8859_6])
    func undeclaredArabicIsGuessedLineByLine(encoding: TextEncoding) throws {
        let lines = Self.seedLines
        #expect(lines.count >= 10)
        var wrong: [String] = []
        for line in lines {
            let parsed = try Ingestor().parse(RawPage(input: "seed", bytes: Self.encode(Self.page(paragraphs: [line]), as: encoding)))
            if parsed.encoding != encoding || Self.paragraphs(of: parsed) != [line] {
                wrong.append("\(parsed.encoding): \(line.prefix(40))")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) of \(lines.count) lines misread:\n\(wrong.joined(separator: "\n"))")
    }

    @Test(.enabled(if: SharedData.available))
    func arabicDeclaredLatin1IsReadAsWindows1256() throws {
        let lines = Self.seedLines
        let bytes = Self.encode(Self.page(paragraphs: lines, head: "<meta charset=\"iso-8859-1\">"), as: .windows1256)
        let parsed = try Ingestor().parse(RawPage(input: "seed", bytes: bytes))
        #expect(parsed.encoding == .windows1256)
        #expect(Self.paragraphs(of: parsed) == lines)
        #expect(parsed.warnings == ["declared charset iso-8859-1 contradicted by the bytes; decoded as windows-1256 (guessed)"])
    }

    struct Gold: Decodable { var articleBody: String }

    /// Gold bodies windows-1252 can hold that have non-ASCII characters; with `accents`, only those
    /// with accented Latin letters (the ones there is something to guess from).
    static func windows1252Bodies(accents: Bool) -> [(id: String, paragraphs: [String])] {
        guard let data = try? Data(contentsOf: SharedData.url("benchmarks/extraction/ground-truth.json")),
              let gold = try? JSONDecoder().decode([String: Gold].self, from: data) else { return [] }
        let representable = Set(TextEncoding.windows1252.highTable!.map(UInt32.init))
        return gold.keys.sorted().compactMap { id in
            let body = gold[id]!.articleBody
            guard body.unicodeScalars.allSatisfy({ $0.value < 0x80 || representable.contains($0.value) }),
                  body.unicodeScalars.contains(where: { accents ? ($0.value >= 0xC0 && $0.value <= 0xFF) : $0.value >= 0x80 })
            else { return nil }
            let paragraphs = body.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
            return (id, paragraphs)
        }
    }

    static var latinBodies: [(id: String, paragraphs: [String])] { windows1252Bodies(accents: true) }

    /// English pages with curly quotes and dashes in windows-1252, undeclared: whatever the
    /// guess, the text must come out exactly.
    @Test(.enabled(if: SharedData.available))
    func undeclaredWindows1252PagesReadExactly() throws {
        let bodies = Self.windows1252Bodies(accents: false)
        #expect(bodies.count >= 20)
        var wrong: [String] = []
        for (id, paragraphs) in bodies {
            let parsed = try Ingestor().parse(RawPage(input: id, bytes: Self.encode(Self.page(paragraphs: paragraphs), as: .windows1252)))
            if Self.collapsedParagraphs(of: parsed) != paragraphs {
                wrong.append("\(id) (\(parsed.encoding))")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) of \(bodies.count) misread: \(wrong)")
    }

    @Test(.enabled(if: SharedData.available))
    func undeclaredLatinPagesAreGuessedAsWindows1252() throws {
        let bodies = Self.latinBodies
        #expect(bodies.count >= 5)
        for (id, paragraphs) in bodies {
            let bytes = Self.encode(Self.page(paragraphs: paragraphs), as: .windows1252)
            let parsed = try Ingestor().parse(RawPage(input: id, bytes: bytes))
            #expect(parsed.encoding == .windows1252, "\(id)")
            #expect(parsed.warnings == ["encoding guessed: windows-1252"], "\(id)")
            #expect(Self.collapsedParagraphs(of: parsed) == paragraphs, "\(id)")
        }
    }

    /// French accents sit at the same bytes in both encodings (windows-1256 kept them), so such a
    /// page reads the same either way; German or Portuguese letters become Arabic ones in
    /// windows-1256 and the declaration must lose.
    @Test(.enabled(if: SharedData.available))
    func latinPagesDeclaredWindows1256AreReadCorrectly() throws {
        var corrected = 0
        for (id, paragraphs) in Self.latinBodies {
            let bytes = Self.encode(Self.page(paragraphs: paragraphs, head: "<meta charset=\"windows-1256\">"), as: .windows1252)
            let parsed = try Ingestor().parse(RawPage(input: id, bytes: bytes))
            #expect(Self.collapsedParagraphs(of: parsed) == paragraphs, "\(id)")
            if parsed.encoding == .windows1252 {
                corrected += 1
                #expect(parsed.warnings == ["declared charset windows-1256 contradicted by the bytes; decoded as windows-1252 (guessed)"])
            }
        }
        #expect(corrected >= 5)
    }
}
