/// Why an evaluation could not run. The text names the file and what to do.
public enum EvaluationError: Error, CustomStringConvertible, Sendable {
    case unreadable(String)
    case notUTF8(String)
    case empty(String)
    case missingColumn(String, file: String, found: [String])
    case badRow(file: String, row: Int, reason: String)
    case unknownBody(file: String, body: String)
    case noData(String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read \(path): no such file or not readable"
        case .notUTF8(let path): return "\(path) is not UTF-8 text"
        case .empty(let path): return "\(path) is empty"
        case .missingColumn(let name, let file, let found):
            return "\(file) has no column '\(name)' (columns: \(found.joined(separator: ", ")))"
        case .badRow(let file, let row, let reason): return "\(file), row \(row): \(reason)"
        case .unknownBody(let file, let body): return "\(file) refers to body id \(body), which the bodies file lacks"
        case .noData(let what): return "no rows to evaluate in \(what)"
        }
    }
}
