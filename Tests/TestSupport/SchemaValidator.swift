import Foundation

/// A small structural JSON Schema checker (type, required, properties, additionalProperties:
/// false, items, prefixItems, enum, pattern, minimum, maximum, anyOf/oneOf, $ref into $defs):
/// enough to hold the output to its documented shape. Shared by every test target that checks
/// JSON output against `schema/corroborate.schema.json`.
///
/// `strict` treats every object schema with `properties` as closed (an undeclared key is a
/// problem even without `additionalProperties: false`), so a field added in Swift but not
/// documented in the schema is caught.
public struct SchemaValidator {
    public let root: [String: Any]
    public var strict = false

    public init(url: URL, strict: Bool = false) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        self.strict = strict
    }

    /// A validator over an in-memory schema (for testing the validator itself).
    public init(schema: [String: Any], strict: Bool = false) {
        root = schema
        self.strict = strict
    }

    /// Problems found, as JSON paths with a reason; empty when the value conforms (to the
    /// whole schema, or to one of its `$defs` when `definition` is given).
    public func validate(_ value: Any, definition: String? = nil) -> [String] {
        var problems: [String] = []
        let schema = definition.map { ["$ref": "#/$defs/\($0)"] as [String: Any] } ?? root
        check(value, against: schema, path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
        let defs = root["$defs"] as? [String: Any] ?? [:]
        return defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
    }

    private func check(_ value: Any, against raw: [String: Any], path: String, problems: inout [String]) {
        let schema = resolve(raw)
        for key in ["anyOf", "oneOf"] {
            if let options = schema[key] as? [[String: Any]] {
                let fits = options.contains { option in
                    var sub: [String] = []
                    check(value, against: option, path: path, problems: &sub)
                    return sub.isEmpty
                }
                if !fits { problems.append("\(path): matches none of \(key)") }
            }
        }
        if let type = schema["type"] as? String, !matches(value, type) {
            problems.append("\(path): expected \(type)")
            return
        }
        if let options = schema["enum"] as? [String] {
            if !(value is String) || !options.contains(value as! String) { problems.append("\(path): not one of \(options)") }
        }
        if let pattern = schema["pattern"] as? String, let s = value as? String,
           s.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): '\(s)' does not match \(pattern)")
        }
        if let minimum = schema["minimum"] as? Int, let n = value as? Int, n < minimum {
            problems.append("\(path): \(n) < \(minimum)")
        }
        if let maximum = schema["maximum"] as? Double, let n = value as? Double, n > maximum {
            problems.append("\(path): \(n) > \(maximum)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing '\(key)'")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            if schema["additionalProperties"] as? Bool == false || strict && schema["properties"] != nil {
                for key in object.keys where properties[key] == nil { problems.append("\(path): unexpected '\(key)'") }
            }
            for (key, sub) in properties {
                if let v = object[key], let sub = sub as? [String: Any] {
                    check(v, against: sub, path: "\(path).\(key)", problems: &problems)
                }
            }
        }
        if let array = value as? [Any] {
            if let min = schema["minItems"] as? Int, array.count < min { problems.append("\(path): fewer than \(min) items") }
            if let max = schema["maxItems"] as? Int, array.count > max { problems.append("\(path): more than \(max) items") }
            if let prefix = schema["prefixItems"] as? [[String: Any]], !prefix.isEmpty {
                for (i, sub) in prefix.enumerated() where i < array.count {
                    check(array[i], against: sub, path: "\(path)[\(i)]", problems: &problems)
                }
            } else if let items = schema["items"] as? [String: Any] {
                for (i, v) in array.enumerated() { check(v, against: items, path: "\(path)[\(i)]", problems: &problems) }
            }
        }
    }

    private func isBoolean(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    private func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer":
            guard let n = value as? NSNumber, !isBoolean(value) else { return false }
            return n.doubleValue == n.doubleValue.rounded()
        case "number": return value is NSNumber && !isBoolean(value)
        case "boolean": return isBoolean(value)
        default: return true
        }
    }
}
