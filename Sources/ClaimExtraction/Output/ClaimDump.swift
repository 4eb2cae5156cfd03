import CorroborateModel
import Foundation

/// Renderings of a `ClaimSet`: JSON (the contract), a stable text dump for tests and diffs,
/// and Markdown for people.
public enum ClaimDump {
    public static func json(_ set: ClaimSet) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(set)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// One block per claim: `Claim c1 d1 p3:12-48 source:"…" (kind) cue:"…" direct positive via:[…]`.
    public static func text(_ set: ClaimSet) -> String {
        let sources = Dictionary(uniqueKeysWithValues: set.sources.map { ($0.id, $0) })
        var lines: [String] = []
        for c in set.claims {
            let s = sources[c.source]
            let via = c.via.map { sources[$0]?.name ?? $0 }.joined(separator: " > ")
            lines.append("Claim \(c.id) \(c.document) p\(c.paragraph):\(c.offsets.text.start)-\(c.offsets.text.end) "
                + "source:\"\(s?.name ?? c.source)\" (\(s?.kind.rawValue ?? "?")) cue:\"\(c.cue)\" "
                + "\(c.quote.rawValue) \(c.polarity.rawValue)" + (via.isEmpty ? "" : " via:[\(via)]"))
            lines.append("  content: \(c.content)")
        }
        return lines.joined(separator: "\n")
    }

    public static func markdown(_ set: ClaimSet) -> String {
        let sources = Dictionary(uniqueKeysWithValues: set.sources.map { ($0.id, $0) })
        var out = "# Claims\n\n"
        for doc in set.documents {
            let claims = set.claims.filter { $0.document == doc.id }
            out += "## \(doc.id): \(doc.article.headline ?? doc.article.input)\n\n"
            if let outlet = doc.article.outlet { out += "Outlet: \(outlet)\n\n" }
            guard !claims.isEmpty else { out += "No attributed claims.\n\n"; continue }
            out += "| id | source | kind | via | cue | quote | polarity | content |\n|---|---|---|---|---|---|---|---|\n"
            for c in claims {
                let s = sources[c.source]
                let via = c.via.map { sources[$0]?.name ?? $0 }.joined(separator: " → ")
                out += "| \(c.id) | \(cell(s?.name ?? c.source)) | \(s?.kind.rawValue ?? "") | \(cell(via)) | "
                    + "\(cell(c.cue)) | \(c.quote.rawValue) | \(c.polarity.rawValue) | \(cell(c.content)) |\n"
            }
            out += "\n"
        }
        return out
    }

    private static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
