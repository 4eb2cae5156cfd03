import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import Crawler

/// The private-address check holds at connect time: the guarded fetcher looks at the address
/// the connection actually reached, not at a name resolved earlier (DNS rebinding).
@Suite struct AddressGuardTests {
    @Test func numericAddressesAreClassified() {
        #expect(AddressGuard.refusal(connectedTo: "127.0.0.1")?.contains("loopback") == true)
        #expect(AddressGuard.refusal(connectedTo: "::1")?.contains("loopback") == true)
        #expect(AddressGuard.refusal(connectedTo: "::ffff:10.1.2.3")?.contains("private") == true)
        #expect(AddressGuard.refusal(connectedTo: "169.254.169.254")?.contains("metadata") == true)
        #expect(AddressGuard.refusal(connectedTo: "fe80::1%eth0")?.contains("link-local") == true)
        #expect(AddressGuard.refusal(connectedTo: "not an address") != nil)
        #expect(AddressGuard.refusal(connectedTo: "93.184.216.34") == nil)
        #expect(AddressGuard.refusal(connectedTo: "2606:2800:220:1::1") == nil)
    }

    /// Whatever the name check said, a connection that lands on loopback is closed before a
    /// request is written: the server sees nothing, and the failure names the address.
    @Test func guardedFetcherRefusesAConnectionToLoopbackBeforeSendingTheRequest() async throws {
        let server = try TestHTTPServer { _, _, _ in .html("<p>secret</p>") }
        defer { server.stop() }
        let guarded = HTTPFetcher(userAgent: "test", timeout: 10, maxBytes: 1 << 20, publicOnly: true)
        let target = try CrawlURL("http://localhost:\(server.port)/admin")  // a name, resolved by the client
        do {
            _ = try await guarded.fetch(target, accept: "*/*") { _, _ in true }
            Issue.record("the guarded fetch reached the loopback server")
        } catch {
            if case let .refused(why) = error {
                #expect(why.contains("loopback"))
                #expect(error.description.contains("--allow-private"))
            } else {
                Issue.record("unexpected failure: \(error)")
            }
        }
        await guarded.shutdown()
        #expect(server.requests.isEmpty)

        let trusted = HTTPFetcher(userAgent: "test", timeout: 30, maxBytes: 1 << 20)
        let response = try await trusted.fetch(target, accept: "*/*") { _, _ in true }
        await trusted.shutdown()
        #expect(response.status == 200 && server.requests == ["/admin"])
    }

    /// DNS rebinding acted out: the name check says the discovered host is public (as a first
    /// DNS answer would), the connection lands on loopback (as a second answer would). The page
    /// fails with the connect-time refusal; the server never sees a request for that host.
    @Test func crawlRefusesADiscoveredHostThatRebindsToLoopback() async throws {
        let port = NIOLockedValueBox(0)
        let server = try TestHTTPServer { path, _, _ in
            path == "/seed" ? .html(CrawlTests.page("Seed", links: ["http://localhost:\(port.withLockedValue { $0 })/internal"]))
                : .html(CrawlTests.page(path))
        }
        defer { server.stop() }
        port.withLockedValue { $0 = server.port }
        let events = EventLog()
        let configuration = CrawlConfiguration(seeds: ["\(server.base)/seed"], outputDirectory: CrawlTests.tempDir(),
                                               delay: 0, timeout: 30, maxDepth: 1)
        let summary = try await Crawler(configuration, hostCheck: { _ in nil }).run { events.append($0) }
        #expect(server.requests == ["/robots.txt", "/seed"])  // nothing from localhost's robots.txt on
        #expect(summary.failed == 1)
        let reason = events.reason(for: "http://localhost:\(server.port)/internal")
        #expect(reason?.contains("connected to") == true && reason?.contains("loopback") == true)
    }
}
