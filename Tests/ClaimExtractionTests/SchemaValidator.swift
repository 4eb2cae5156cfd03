import Foundation

/// A small structural JSON Schema checker (type, required, properties, items, prefixItems,
/// enum, pattern, minimum, $ref into $defs): enough to hold the output to its documented shape.
struct SchemaValidator {
    let root: [String: Any]

    init(url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// Problems found, as JSON paths with a reason; empty when the value conforms to the
    /// definition `definition` in `$defs` (the whole schema when nil).
    func validate(_ value: Any, as definition: String? = "ClaimSet") -> [String] {
        var problems: [String] = []
        let start: [String: Any] = definition.map { ["$ref": "#/$defs/\($0)"] } ?? root
        check(value, against: start, path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return schema }
        let defs = root["$defs"] as? [String: Any] ?? [:]
        return defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
    }

    private func check(_ value: Any, against raw: [String: Any], path: String, problems: inout [String]) {
        let schema = resolve(raw)
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
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing '\(key)'")
            }
            for (key, sub) in schema["properties"] as? [String: Any] ?? [:] {
                if let v = object[key], let sub = sub as? [String: Any] {
                    check(v, against: sub, path: "\(path).\(key)", problems: &problems)
                }
            }
        }
        if let array = value as? [Any] {
            if let min = schema["minItems"] as? Int, array.count < min { problems.append("\(path): fewer than \(min) items") }
            if let max = schema["maxItems"] as? Int, array.count > max { problems.append("\(path): more than \(max) items") }
            if let prefix = schema["prefixItems"] as? [[String: Any]] {
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
