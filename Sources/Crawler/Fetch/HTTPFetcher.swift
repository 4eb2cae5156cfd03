import Archives
import AsyncHTTPClient
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// One HTTP exchange as the crawler saw it (redirects are not followed here).
public struct FetchedResponse: Sendable {
    public var url: CrawlURL
    /// WARC-Date of the request.
    public var date: String
    public var status: Int
    public var reason: String
    public var headers: [(name: String, value: String)]
    /// The body as received (content coding not undone); empty when not read.
    public var body: [UInt8]
    /// False when the body was deliberately not read (unwanted media type).
    public var bodyRead: Bool
    /// Request line and headers, as sent (for the WARC request record).
    public var requestHead: [UInt8]

    /// The first value of header `name` (case-insensitive).
    public subscript(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name.lowercased() == lower }?.value
    }

    /// Status line and headers for the WARC response record. `Transfer-Encoding` is dropped and
    /// `Content-Length` set to the stored body, since the stored body is de-chunked.
    public var responseHead: [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers {
            let lower = name.lowercased()
            if lower == "transfer-encoding" || lower == "content-length" { continue }
            text += "\(name): \(value)\r\n"
        }
        text += "Content-Length: \(body.count)\r\n\r\n"
        return Array(text.utf8)
    }
}

/// Why one fetch failed (the crawl goes on).
public enum FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case timeout(seconds: Double)
    case tooLarge(limit: Int)
    case network(String)
    /// The connection reached an address the crawl may not use (see `AddressGuard`).
    case refused(String)

    public var description: String {
        switch self {
        case let .refused(why): return "refused: \(why) (use --allow-private to permit)"
        case let .timeout(seconds): return "timed out after \(seconds) s"
        case let .tooLarge(limit): return "body larger than the \(limit)-byte cap (download aborted)"
        case let .network(message): return "network error: \(message)"
        }
    }

    /// Worth another try (connection trouble), unlike a timeout or an oversized body.
    var isTransient: Bool {
        if case .network = self { return true }
        return false
    }
}

/// Performs single GET requests with a deadline and a streamed size cap.
///
/// A guarded fetcher (`publicOnly`) checks the peer address of each connection once it is
/// established (after the TLS handshake for https) and before any request is written on it:
/// a connection to a loopback, private, link-local or metadata address fails every request
/// waiting for it with `FetchFailure.refused`. The check is on the address actually
/// connected to, so a host name that resolved to a public address when the crawler checked it
/// and to a private one when the client connected (DNS rebinding) is still refused.
final class HTTPFetcher: Sendable {
    private let client: HTTPClient
    let userAgent: String
    let timeout: Double
    let maxBytes: Int
    let publicOnly: Bool

    init(userAgent: String, timeout: Double, maxBytes: Int, publicOnly: Bool = false) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .milliseconds(Int64(timeout * 1000)), read: .milliseconds(Int64(timeout * 1000))),
            decompression: .disabled)
        configuration.httpVersion = .automatic
        if publicOnly {
            let check: @Sendable (any Channel) -> EventLoopFuture<Void> = { channel in
                let peer = channel.remoteAddress?.ipAddress ?? "none"
                if let why = AddressGuard.refusal(connectedTo: peer) {
                    channel.close(promise: nil)
                    return channel.eventLoop.makeFailedFuture(FetchFailure.refused(why))
                }
                return channel.eventLoop.makeSucceededVoidFuture()
            }
            configuration.http1_1ConnectionDebugInitializer = check
            configuration.http2ConnectionDebugInitializer = check
            // A refused connection fails its requests at once instead of being retried until the deadline.
            configuration.connectionPool.retryConnectionEstablishment = false
        }
        self.publicOnly = publicOnly
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.userAgent = userAgent
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    func shutdown() async {
        closed.withLockedValue { $0 = true }
        try? await client.shutdown()
    }

    /// A fetcher dropped on an error path without `shutdown()` still closes its client (the
    /// client stays alive until it has), instead of leaking it or failing AsyncHTTPClient's
    /// debug check.
    deinit {
        if !closed.withLockedValue({ $0 }) { client.shutdown { _ in } }
    }

    private let closed = NIOLockedValueBox(false)

    /// GETs `url`. `wantBody` sees the status and headers and decides whether to read the body.
    func fetch(_ url: CrawlURL, accept: String,
               wantBody: @Sendable (Int, [(name: String, value: String)]) -> Bool) async throws(FetchFailure) -> FetchedResponse {
        var request = HTTPClientRequest(url: url.description)
        let sent: [(String, String)] = [
            ("User-Agent", userAgent), ("Accept", accept), ("Accept-Encoding", "gzip, deflate"),
        ]
        for (name, value) in sent { request.headers.add(name: name, value: value) }
        var head = "GET \(url.pathAndQuery) HTTP/1.1\r\nHost: \(url.authority)\r\n"
        for (name, value) in sent { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        let date = WARCRecordFactory.now()
        let deadline = NIODeadline.now() + .milliseconds(Int64(timeout * 1000))
        do {
            let response = try await client.execute(request, deadline: deadline)
            let headers = response.headers.map { (name: $0.name, value: $0.value) }
            var result = FetchedResponse(url: url, date: date, status: Int(response.status.code),
                                         reason: response.status.reasonPhrase, headers: headers, body: [],
                                         bodyRead: false, requestHead: Array(head.utf8))
            guard wantBody(result.status, headers) else { return result }
            if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maxBytes {
                throw FetchFailure.tooLarge(limit: maxBytes)
            }
            var body: [UInt8] = []
            for try await chunk in response.body {
                if body.count + chunk.readableBytes > maxBytes { throw FetchFailure.tooLarge(limit: maxBytes) }
                if NIODeadline.now() > deadline { throw FetchFailure.timeout(seconds: timeout) }
                body.append(contentsOf: chunk.readableBytesView)
            }
            result.body = body
            result.bodyRead = true
            return result
        } catch let failure as FetchFailure {
            throw failure
        } catch let error as HTTPClientError {
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
                throw .timeout(seconds: timeout)
            }
            throw .network("\(error)")
        } catch {
            if NIODeadline.now() > deadline { throw .timeout(seconds: timeout) }
            throw .network("\(error)")
        }
    }
}
