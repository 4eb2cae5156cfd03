import ClaimMatching
import CorroborateModel
import Foundation
import Reporting
import Testing
import TestSupport

/// `schema/corroborate.schema.json` documents every field the JSON report writes: walks a
/// report's JSON beside the schema (`$ref`, `properties`, `items`, `anyOf`) and checks that each
/// key is declared, each required key present, and each `enum` value allowed. (Full validation
/// against the schema with a JSON Schema validator is done in CI; this catches drift in Swift.)
@Suite("JSON schema")
struct SchemaTests {
    @Test func reportConformsToTheSchema() throws {
        let schemaData = try Data(contentsOf: SharedData.repo("schema/corroborate.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let report = StoryAnalyzer().analyze(PortFireStory.claimSet, groups: PortFireStory.groups)
        let json = try JSONSerialization.jsonObject(with: Data(JSONReportRenderer().render(report).utf8))
        var problems: [String] = []
        walk(json, ["$ref": "#/$defs/Report"], defs: defs, path: "$", problems: &problems)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test func schemaCatchesAnUndeclaredKey() throws {
        let defs: [String: Any] = ["R": ["type": "object", "properties": ["a": ["type": "string"]], "required": ["a"]]]
        var problems: [String] = []
        walk(["a": "x", "b": 1], ["$ref": "#/$defs/R"], defs: defs, path: "$", problems: &problems)
        walk(["b": 1], ["$ref": "#/$defs/R"], defs: defs, path: "$", problems: &problems)
        #expect(problems.count == 3)
    }

    private func walk(_ value: Any, _ node: [String: Any], defs: [String: Any], path: String, problems: inout [String]) {
        if let ref = node["$ref"] as? String, let def = defs[String(ref.split(separator: "/").last!)] as? [String: Any] {
            return walk(value, def, defs: defs, path: path, problems: &problems)
        }
        if let options = node["anyOf"] as? [[String: Any]] {
            if value is NSNull { return }
            for option in options where (option["type"] as? String) != "null" {
                return walk(value, option, defs: defs, path: path, problems: &problems)
            }
        }
        if let allowed = node["enum"] as? [String], let s = value as? String, !allowed.contains(s) {
            problems.append("\(path): '\(s)' not in enum")
        }
        if let object = value as? [String: Any], let properties = node["properties"] as? [String: Any] {
            for key in (node["required"] as? [String] ?? []) where object[key] == nil {
                problems.append("\(path): required '\(key)' missing")
            }
            for (key, child) in object {
                guard let declared = properties[key] as? [String: Any] else {
                    problems.append("\(path).\(key): not declared in the schema")
                    continue
                }
                walk(child, declared, defs: defs, path: "\(path).\(key)", problems: &problems)
            }
        }
        if let array = value as? [Any], let items = node["items"] as? [String: Any] {
            for (i, element) in array.enumerated() {
                walk(element, items, defs: defs, path: "\(path)[\(i)]", problems: &problems)
            }
        }
    }
}
