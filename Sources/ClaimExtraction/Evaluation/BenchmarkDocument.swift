import CorroborateModel
import Foundation

/// One line of an attribution benchmark file (PolNeAR JSONL): plain text, paragraphs separated
/// by newlines, and optionally the gold attributions as code-point spans.
public struct BenchmarkDocument: Codable, Sendable {
    /// One attribution as `[[start, end], …]` fragments per role.
    public struct Attribution: Codable, Sendable, Hashable {
        public var source: [[Int]]
        public var cue: [[Int]]
        public var content: [[Int]]

        public init(source: [[Int]], cue: [[Int]], content: [[Int]]) {
            self.source = source
            self.cue = cue
            self.content = content
        }
    }

    public var docID: String
    public var text: String
    public var attributions: [Attribution]?

    enum CodingKeys: String, CodingKey {
        case docID = "doc_id", text, attributions
    }

    public init(docID: String, text: String, attributions: [Attribution]? = nil) {
        self.docID = docID
        self.text = text
        self.attributions = attributions
    }

    /// Reads a JSONL file; a bad line is an error naming the line.
    public static func read(_ url: URL) throws -> [BenchmarkDocument] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ClaimExtractionError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        var docs: [BenchmarkDocument] = []
        let decoder = JSONDecoder()
        var line = 0
        for chunk in data.split(separator: UInt8(ascii: "\n")) {
            line += 1
            if chunk.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            do { docs.append(try decoder.decode(BenchmarkDocument.self, from: Data(chunk))) } catch {
                throw ClaimExtractionError.badBenchmarkLine(path: url.path, line: line)
            }
        }
        return docs
    }

    /// The text as paragraphs (one per non-empty line) and each paragraph's first code point.
    public func paragraphs() -> (paragraphs: [Paragraph], starts: [Int]) {
        var paragraphs: [Paragraph] = []
        var starts: [Int] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty && !current.allSatisfy({ $0.properties.isWhitespace }) {
                paragraphs.append(Paragraph(kind: .paragraph, text: String(current)))
                starts.append(start)
            }
            current = String.UnicodeScalarView()
        }
        for s in text.unicodeScalars {
            if s == "\n" {
                flush()
                start = offset + 1
            } else {
                current.append(s)
            }
            offset += 1
        }
        flush()
        return (paragraphs, starts)
    }

    /// Extracts attributions and maps them back to code points of `text`.
    public func predict(with extractor: ClaimExtractor) -> [Attribution] {
        let (paragraphs, starts) = self.paragraphs()
        let analyzed = AnalyzedText(paragraphs: paragraphs, language: "en")
        func global(_ spans: [TextSpan]) -> [[Int]] {
            spans.map { [starts[$0.paragraph] + $0.span.start, starts[$0.paragraph] + $0.span.end] }
        }
        return extractor.attributions(in: analyzed).map {
            Attribution(source: global($0.source?.spans ?? []), cue: global($0.cue), content: global($0.content))
        }
    }
}

extension BenchmarkDocument {
    /// One English candidate with its model features, for fitting `CueModel` offline.
    public struct FeatureRow: Codable, Sendable {
        public var source: [[Int]]
        public var cue: [[Int]]
        public var content: [[Int]]
        public var features: [String]
    }

    /// All English candidates of this document (before the model's decision) with features.
    public func featureRows() -> [FeatureRow] {
        let (paragraphs, starts) = self.paragraphs()
        let analyzed = AnalyzedText(paragraphs: paragraphs, language: "en")
        func global(_ spans: [TextSpan]) -> [[Int]] {
            spans.map { [starts[$0.paragraph] + $0.span.start, starts[$0.paragraph] + $0.span.end] }
        }
        let picked = analyzed.sentences.indices.filter { analyzed.sentences[$0].script == .latin }
        return EnglishRules().scored(in: analyzed, sentences: picked).map { c, f in
            FeatureRow(source: global(c.source?.spans ?? []), cue: global(c.cue), content: global(c.content), features: f)
        }
    }
}

/// One output line of `corroborate claims --format spans-jsonl`.
public struct PredictedDocument: Codable, Sendable {
    public var docID: String
    public var attributions: [BenchmarkDocument.Attribution]

    enum CodingKeys: String, CodingKey {
        case docID = "doc_id", attributions
    }

    public init(docID: String, attributions: [BenchmarkDocument.Attribution]) {
        self.docID = docID
        self.attributions = attributions
    }
}
