import Testing
@testable import Archives

@Suite struct GzipTests {
    @Test func roundTripsAndReadsConcatenatedMembers() throws {
        let a = Array("hello, ".utf8), b = Array(String(repeating: "عالم ", count: 5000).utf8)
        let gz = try Gzip.compress(a) + Gzip.compress(b)
        #expect(Gzip.isGzip(gz))
        #expect(try Gzip.decompress(gz) == a + b)
    }

    @Test func truncatedDataIsAnError() throws {
        let gz = try Gzip.compress(Array(String(repeating: "x y z ", count: 10000).utf8))
        #expect(throws: GzipError.truncated) { try Gzip.decompress(Array(gz.prefix(gz.count / 2))) }
    }

    @Test func bombIsRefused() throws {
        let gz = try Gzip.compress([UInt8](repeating: 0, count: 5_000_000))
        #expect(throws: GzipError.tooLarge(limit: 1_000_000)) { try Gzip.decompress(gz, limit: 1_000_000) }
    }

    @Test func garbageIsAnError() {
        #expect(throws: (any Error).self) { try Gzip.decompress([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) }
    }
}
