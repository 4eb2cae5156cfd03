import ClaimExtraction
import CorroborateModel
import Foundation
import TestSupport

/// Builds Arabic test articles: one paragraph per line; a line without sentence-final
/// punctuation (after trailing quote marks) is a subheading.
enum ArabicArticle {
    static func make(_ lines: [String], outlet: String? = nil) -> Article {
        let paragraphs = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { line in
            Paragraph(kind: isHeading(line) ? .heading : .paragraph, text: line)
        }
        return Article(input: "test", outlet: outlet, language: "ar", paragraphs: paragraphs)
    }

    static func isHeading(_ line: String) -> Bool {
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, "\"«»“” ".unicodeScalars.contains(last) { scalars.removeLast() }
        guard let last = scalars.last else { return true }
        return !".!?؟…:".unicodeScalars.contains(last)
    }

    /// The seed article from ../shared (nil when the shared data is absent).
    static func seed() -> Article? {
        let dir = SharedData.url("seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path),
              let name = names.sorted().first(where: { $0.hasPrefix("000_") && $0.hasSuffix(".txt") }),
              let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return nil }
        return make(text.components(separatedBy: .newlines))
    }
}
