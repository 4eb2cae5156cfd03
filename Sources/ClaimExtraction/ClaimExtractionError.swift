/// What can stop claim extraction from doing its work (findings are never errors).
public enum ClaimExtractionError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case badBenchmarkLine(path: String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .badBenchmarkLine(let path, let line):
            return "\(path):\(line): not a benchmark line (expected JSON with \"doc_id\" and \"text\")"
        }
    }
}
