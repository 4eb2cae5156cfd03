import ClaimMatching
import CorroborateModel
import Foundation
import Reporting
import Testing
import TestSupport

/// `schema/corroborate.schema.json` documents every field the JSON report writes: the report's
/// JSON is checked against `$defs/Report` with the shared `SchemaValidator` in strict mode (each key
/// declared, each required key present, each `enum` value allowed, types and patterns).
@Suite("JSON schema")
struct SchemaTests {
    @Test func reportConformsToTheSchema() throws {
        let validator = try SchemaValidator(url: SharedData.repo("schema/corroborate.schema.json"), strict: true)
        let report = StoryAnalyzer().analyze(PortFireStory.claimSet, groups: PortFireStory.groups)
        let json = try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(report).utf8))
        let problems = validator.validate(json, definition: "Report")
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    /// The reports kept in `Reports/` (real Corpora stories, English and Arabic) conform too.
    @Test func shippedReportsConformToTheSchema() throws {
        let validator = try SchemaValidator(url: SharedData.repo("schema/corroborate.schema.json"), strict: true)
        let folder = SharedData.repo("Reports")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        try #require(files.count >= 4)
        for file in files.sorted() {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file)))
            let problems = validator.validate(json, definition: "Report")
            #expect(problems.isEmpty, "\(file): \(problems.prefix(5))")
        }
    }

    @Test func schemaCatchesAnUndeclaredKey() throws {
        let schema: [String: Any] = ["$defs": ["R": ["type": "object", "properties": ["a": ["type": "string"]], "required": ["a"]]]]
        let validator = SchemaValidator(schema: schema, strict: true)
        let problems = validator.validate(["a": "x", "b": 1], definition: "R") + validator.validate(["b": 1], definition: "R")
        #expect(problems.count == 3)
    }
}
