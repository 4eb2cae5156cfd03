import Archives
#if canImport(Glibc)
import Glibc
#endif

/// The crawl's WARC file `DIR/crawl.warc.gz`: opened for appending after cutting any partial
/// last record, indexed for resuming, and guarded by a lock so two crawls cannot interleave.
///
/// One stable file name (not one per run) keeps a resumed crawl in one archive; each run starts
/// with its own `warcinfo` record.
actor CrawlArchive {
    /// What an earlier run stored for a URL (its last usable response).
    struct Stored: Sendable {
        var offset: Int
        var status: Int
        var location: String?
        var contentType: String?
    }

    static let fileName = "crawl.warc.gz"

    let path: String
    private let writer: WARCWriter
    private let lockFD: Int32
    private var stored: [CrawlURL: Stored] = [:]
    /// What repairing the existing file did (nil for a new file).
    let repair: WARCRepair.Outcome?
    private(set) var recordsWritten = 0
    private(set) var bytesWritten = 0

    init(directory: String, info: [(String, String)]) throws(CrawlError) {
        var isDir = stat()
        if stat(directory, &isDir) != 0 {
            guard mkdir(directory, 0o755) == 0 else {
                throw .output("cannot create \(directory): \(String(cString: strerror(errno)))")
            }
        } else if (isDir.st_mode & S_IFMT) != S_IFDIR {
            throw .output("\(directory) exists and is not a folder")
        }
        let lockPath = directory + "/.crawl.lock"
        lockFD = open(lockPath, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard lockFD >= 0 else { throw .output("cannot open \(lockPath): \(String(cString: strerror(errno)))") }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            close(lockFD)
            throw .locked(directory)
        }
        path = directory + "/" + Self.fileName
        var index: [CrawlURL: Stored] = [:]
        var existing = stat()
        if lstat(path, &existing) == 0 {
            guard (existing.st_mode & S_IFMT) == S_IFREG else {
                close(lockFD)
                throw .output("\(path) is not a regular file (symbolic links are refused)")
            }
            var seen: [(CrawlURL, Stored)] = []
            let outcome: WARCRepair.Outcome
            do {
                outcome = try WARCRepair.repair(path: path) { record in
                    guard record.holdsHTTPResponse, let uri = record.targetURI, let offset = record.offset,
                          let url = try? CrawlURL(uri), let http = try? record.httpResponse(headOnly: true) else { return }
                    seen.append((url, Stored(offset: offset, status: http.status, location: http["Location"],
                                             contentType: http["Content-Type"])))
                }
            } catch {
                close(lockFD)
                throw .output("cannot read the existing \(path) to resume: \(error)")
            }
            for (url, entry) in seen where entry.offset < outcome.keptBytes {
                // Keep the latest usable answer; a 429/5xx is not an answer worth keeping.
                if RetryPolicy.isRetryable(status: entry.status) { continue }
                index[url] = entry
            }
            repair = outcome
        } else {
            repair = nil
        }
        stored = index
        do {
            writer = try WARCWriter(path: path)
            try writer.write([WARCRecordFactory.warcinfo(filename: Self.fileName, fields: info)])
        } catch {
            close(lockFD)
            throw .output("cannot write \(path): \(error)")
        }
        recordsWritten = 1
    }

    /// What an earlier run stored for `url`, if anything.
    func entry(for url: CrawlURL) -> Stored? { stored[url] }

    deinit {
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    /// Appends the request and response records of one exchange.
    func write(_ response: FetchedResponse, ip: String?) throws(CrawlError) {
        let pair = WARCRecordFactory.exchange(uri: response.url.description, date: response.date, ip: ip,
                                              requestHead: response.requestHead,
                                              responseHead: response.responseHead, payload: response.body)
        do {
            let before = writer.offset
            try writer.write([pair.response, pair.request])
            recordsWritten += 2
            bytesWritten += writer.offset - before
        } catch {
            throw .output("cannot write \(path): \(error)")
        }
    }

    /// Flushes to disk (end of crawl).
    func sync() { writer.sync() }

    /// Loads a stored response back as a `FetchedResponse` (for replaying links on resume).
    func load(_ url: CrawlURL) -> FetchedResponse? {
        guard let entry = stored[url],
              let reader = try? WARCReader(path: path, offset: entry.offset),
              let record = try? reader.next(), let http = try? record.httpResponse(headOnly: true) else { return nil }
        return FetchedResponse(url: url, date: record.date ?? "", status: http.status, reason: http.reason,
                               headers: http.headers, body: Array(record.block[http.bodyOffset...]), bodyRead: true,
                               requestHead: [])
    }
}
