import Foundation

/// `Corpora/<story>/truth.json`, the parts the report is checked against (see Corpora/README.md).
struct CorpusTruth: Decodable {
    struct Copy: Decodable {
        var from: String
        var to: String
        var credited: Bool
    }

    struct TruthClaim: Decodable {
        var id: String
        /// Page file name → exact substring of the sentence carrying the claim.
        var anchors: [String: String]
        var independentSources: Int
        var findings: [String]
    }

    var story: String
    var firstPublisher: String
    var copies: [Copy]
    var noOwnSourcing: [String]
    var claims: [TruthClaim]

    /// Every story folder under `Corpora/` that has a truth file, sorted by name.
    static func stories(in corpora: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpora.path)) ?? []
        return names.sorted().map { corpora.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("truth.json").path) }
    }

    static func load(_ story: URL) throws -> CorpusTruth {
        try JSONDecoder().decode(CorpusTruth.self, from: Data(contentsOf: story.appendingPathComponent("truth.json")))
    }
}
