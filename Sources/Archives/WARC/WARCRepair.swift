#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts an interrupted WARC file back to its last complete record.
public enum WARCRepair {
    /// What `repair` found.
    public struct Outcome: Sendable, Equatable {
        /// Complete records read (a record is kept when its `offset` is below `keptBytes`).
        public var records: Int
        /// The file size after repair.
        public var keptBytes: Int
        /// Bytes removed from the end (0 when the file was intact).
        public var removedBytes: Int
        /// Why bytes were removed, when they were.
        public var reason: String?
    }

    /// Reads every record of `path`; if the file ends inside a record (or in damaged data after
    /// the last good record), truncates it to the end of the last complete record.
    ///
    /// Calls `visit` for each record read (so a resume can index the file in the same pass);
    /// records whose `offset` is at or past `Outcome.keptBytes` were cut off and must be ignored.
    /// Never touches a record that reads back completely, gzip trailer included.
    public static func repair(path: String, visit: (WARCRecord) -> Void = { _ in }) throws(WARCError) -> Outcome {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .io(path: path, message: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        if size == 0 { return Outcome(records: 0, keptBytes: 0, removedBytes: 0, reason: nil) }
        let reader = try WARCReader(path: path, maxBlockBytes: 64 << 20)
        var count = 0
        var failure: WARCError?
        do {
            while let record = try reader.next() {
                visit(record)
                count += 1
            }
        } catch {
            failure = error
        }
        let keep = reader.lastCompleteOffset
        if failure == nil && keep == size {
            return Outcome(records: count, keptBytes: size, removedBytes: 0, reason: nil)
        }
        guard truncate(path, off_t(keep)) == 0 else {
            throw .io(path: path, message: "cannot truncate to \(keep): \(String(cString: strerror(errno)))")
        }
        return Outcome(records: count, keptBytes: keep, removedBytes: size - keep,
                       reason: failure.map { "\($0)" } ?? "trailing bytes after the last complete record")
    }
}
