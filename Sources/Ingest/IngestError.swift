import Archives
import HTMLTree

/// Why a page could not be ingested (the reason; `IngestFailure` adds the input and the step).
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    /// Not text: a known binary signature or too many control bytes.
    case binary(String)
    case tooLarge(limit: Int)
    case unreadable(String)
    case compressed(GzipError)
    case parser(HTMLParseError)

    public var description: String {
        switch self {
        case .empty: return "empty input"
        case let .binary(kind): return kind == "binary data" ? "not an HTML page: binary data"
            : "not an HTML page: binary data (\(kind))"
        case let .tooLarge(limit):
            let size = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit)-byte"
            return "page larger than the \(size) limit"
        case let .unreadable(message): return "cannot read: \(message)"
        case let .compressed(error): return error.description
        case let .parser(error): return error.description
        }
    }
}

/// One input (or one page of an input) that produced no article: which, at which step, and why.
public struct IngestFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stage that failed.
    public enum Step: String, Sendable, Equatable {
        case read, decompress, decode, parse, extract
    }

    /// The path, `-`, or URL, as given (a folder's files appear by their own path).
    public var input: String
    public var step: Step
    public var error: IngestError

    public init(input: String, step: Step, error: IngestError) {
        self.input = input
        self.step = step
        self.error = error
    }

    public var reason: String { error.description }
    /// `<input>: <step>: <reason>`, the CLI's stderr line without the program name.
    public var description: String { "\(input): \(step.rawValue): \(reason)" }
}
