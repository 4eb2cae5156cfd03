import Foundation

/// Reads files and stdin with a size cap, so a huge or endless input fails cleanly.
enum FileReader {
    /// One page from a file. Compressed files may be at most `maxPageBytes` too (they are
    /// decompressed, with the same limit, when ingested).
    static func page(at path: String, limits: IngestLimits) -> Result<RawPage, IngestFailure> {
        let fail = { (error: IngestError) in Result<RawPage, IngestFailure>.failure(IngestFailure(input: path, step: .read, error: error)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return fail(.unreadable(FileManager.default.fileExists(atPath: path)
                ? "permission denied" : "no such file or directory"))
        }
        defer { try? handle.close() }
        switch read(handle, limit: limits.maxPageBytes) {
        case let .success(bytes): return .success(RawPage(input: path, bytes: bytes))
        case let .failure(error): return fail(error)
        }
    }

    /// All of standard input, as the page named `-`.
    static func standardInput(limits: IngestLimits) -> Result<RawPage, IngestFailure> {
        switch read(FileHandle.standardInput, limit: limits.maxPageBytes) {
        case let .success(bytes): return .success(RawPage(input: "-", bytes: bytes))
        case let .failure(error): return .failure(IngestFailure(input: "-", step: .read, error: error))
        }
    }

    /// Reads to the end, refusing more than `limit` bytes.
    static func read(_ handle: FileHandle, limit: Int) -> Result<[UInt8], IngestError> {
        var bytes: [UInt8] = []
        do {
            while true {
                guard let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
                if bytes.count + chunk.count > limit { return .failure(.tooLarge(limit: limit)) }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            return .failure(.unreadable(String(describing: error)))
        }
        return .success(bytes)
    }
}
