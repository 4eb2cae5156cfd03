import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 (random port) for crawler tests, started and stopped
/// inside a test. Routes are closures; every request path is logged in arrival order.
final class TestHTTPServer: Sendable {
    /// What a route answers.
    struct Reply: Sendable {
        var status: HTTPResponseStatus = .ok
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: [UInt8] = []
        /// Seconds to wait before answering.
        var delay: Double = 0
        /// Send this many bytes of generated filler instead of `body` (streamed in 1 MB chunks).
        var streamBytes: Int?
        /// Omit Content-Length (the server then sends the body chunked).
        var chunked = false

        static func html(_ text: String) -> Reply { Reply(body: Array(text.utf8)) }
        static func redirect(_ location: String, status: HTTPResponseStatus = .movedPermanently) -> Reply {
            Reply(status: status, headers: [("Location", location)], body: [])
        }
    }

    typealias Route = @Sendable (_ path: String, _ headers: HTTPHeaders, _ hit: Int) -> Reply?

    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let channel: any Channel
    private let log = NIOLockedValueBox<[String]>([])
    private let times = NIOLockedValueBox<[(String, Date)]>([])
    private let hits = NIOLockedValueBox<[String: Int]>([:])
    private let userAgents = NIOLockedValueBox<Set<String>>([])
    let port: Int

    init(route: @escaping Route) throws {
        let log = self.log, hits = self.hits, agents = self.userAgents, times = self.times
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(route: route, log: log, hits: hits, agents: agents, times: times))
                }
            }
        channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress!.port!
    }

    var base: String { "http://127.0.0.1:\(port)" }
    /// Paths requested so far, in order (with query).
    var requests: [String] { log.withLockedValue { $0 } }
    /// When each request arrived.
    var arrivals: [(String, Date)] { times.withLockedValue { $0 } }
    var seenUserAgents: Set<String> { userAgents.withLockedValue { $0 } }

    func stop() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let route: Route
        let log: NIOLockedValueBox<[String]>
        let hits: NIOLockedValueBox<[String: Int]>
        let agents: NIOLockedValueBox<Set<String>>
        let times: NIOLockedValueBox<[(String, Date)]>
        var head: HTTPRequestHead?

        init(route: @escaping Route, log: NIOLockedValueBox<[String]>, hits: NIOLockedValueBox<[String: Int]>,
             agents: NIOLockedValueBox<Set<String>>, times: NIOLockedValueBox<[(String, Date)]>) {
            self.times = times
            self.route = route
            self.log = log
            self.hits = hits
            self.agents = agents
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case let .head(h): head = h
            case .body: break
            case .end:
                guard let head else { return }
                let path = head.uri
                log.withLockedValue { $0.append(path) }
                times.withLockedValue { $0.append((path, Date())) }
                if let ua = head.headers.first(name: "User-Agent") { agents.withLockedValue { _ = $0.insert(ua) } }
                let hit = hits.withLockedValue { h -> Int in
                    h[path, default: 0] += 1
                    return h[path]!
                }
                let reply = route(path, head.headers, hit) ?? Reply(status: .notFound, body: Array("not found".utf8))
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                let send = { loopBound.value.0.send(reply, context: loopBound.value.1) }
                if reply.delay > 0 {
                    context.eventLoop.scheduleTask(in: .milliseconds(Int64(reply.delay * 1000))) { send() }
                } else {
                    send()
                }
            }
        }

        private func send(_ reply: Reply, context: ChannelHandlerContext) {
            var headers = HTTPHeaders(reply.headers)
            let length = reply.streamBytes ?? reply.body.count
            if reply.chunked {
                headers.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
            } else {
                headers.replaceOrAdd(name: "Content-Length", value: "\(length)")
            }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: reply.status, headers: headers))), promise: nil)
            if let total = reply.streamBytes {
                let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 1 << 20)
                var sent = 0
                while sent < total && context.channel.isActive {
                    let n = min(chunk.readableBytes, total - sent)
                    context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk.getSlice(at: 0, length: n)!))), promise: nil)
                    sent += n
                }
            } else if !reply.body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: reply.body)))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            head = nil
        }
    }
}
