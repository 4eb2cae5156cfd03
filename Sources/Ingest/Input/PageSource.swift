/// Somewhere pages come from: one file, stdin, or (added later) a WARC archive holding many.
///
/// The one extension point of the input layer: a new kind of input is a new conformer plus a
/// line in `InputResolver`.
public protocol PageSource: Sendable {
    /// What the user named, for failures that happen before any page is read.
    var input: String { get }
    /// The pages in order, read lazily; a page that cannot be read is a failure, not the end.
    func pages(limits: IngestLimits) -> AnyIterator<Result<RawPage, IngestFailure>>
}

/// Size limits that keep one hostile input from exhausting memory.
public struct IngestLimits: Sendable {
    /// Largest page, in bytes of HTML after decompression (default 32 MiB: real news pages stay
    /// under a few MiB; past this, parsing and extraction would take seconds and hundreds of MiB).
    public var maxPageBytes: Int
    /// Elements nested deeper than this are flattened (with a warning).
    public var maxDepth: Int

    public init(maxPageBytes: Int = 32 << 20, maxDepth: Int = 512) {
        self.maxPageBytes = maxPageBytes
        self.maxDepth = maxDepth
    }

    public static let `default` = IngestLimits()
}

/// A source that holds exactly one page, or one failure.
struct SinglePageSource: PageSource {
    let input: String
    let read: @Sendable (IngestLimits) -> Result<RawPage, IngestFailure>

    func pages(limits: IngestLimits) -> AnyIterator<Result<RawPage, IngestFailure>> {
        var done = false
        return AnyIterator {
            guard !done else { return nil }
            done = true
            return read(limits)
        }
    }
}

/// A source standing for an input that could not be opened at all.
struct FailedSource: PageSource {
    let failure: IngestFailure
    var input: String { failure.input }

    func pages(limits: IngestLimits) -> AnyIterator<Result<RawPage, IngestFailure>> {
        var done = false
        return AnyIterator {
            guard !done else { return nil }
            done = true
            return .failure(failure)
        }
    }
}
