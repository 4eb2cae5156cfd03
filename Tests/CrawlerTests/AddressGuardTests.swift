import Foundation
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
            guard case let .refused(why) = error else { Issue.record("unexpected failure: \(error)"); return }
            #expect(why.contains("loopback"))
            #expect(error.description.contains("--allow-private"))
        }
        await guarded.shutdown()
        #expect(server.requests.isEmpty)

        let trusted = HTTPFetcher(userAgent: "test", timeout: 10, maxBytes: 1 << 20)
        let response = try await trusted.fetch(target, accept: "*/*") { _, _ in true }
        await trusted.shutdown()
        #expect(response.status == 200 && server.requests == ["/admin"])
    }
}
