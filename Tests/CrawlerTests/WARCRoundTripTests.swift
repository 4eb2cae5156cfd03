import Foundation
import Testing
@testable import Archives

/// WARC writing, streaming reading, HTTP block parsing and repair, on files written here.
@Suite struct WARCRoundTripTests {
    static func temp(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("warc-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    static func exchange(_ uri: String, body: String, headers: String = "Content-Type: text/html; charset=utf-8\r\n") -> [WARCRecord] {
        let pair = WARCRecordFactory.exchange(
            uri: uri, date: WARCRecordFactory.now(), ip: nil,
            requestHead: Array("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8),
            responseHead: Array("HTTP/1.1 200 OK\r\n\(headers)\r\n".utf8), payload: Array(body.utf8))
        return [pair.response, pair.request]
    }

    @Test func sha1AndBase32MatchKnownVectors() {
        #expect(SHA1.hash(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined() == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(SHA1.hash([UInt8]()).map { String(format: "%02x", $0) }.joined() == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var streaming = SHA1()
        stride(from: 0, to: million.count, by: 777).forEach { streaming.update(million[$0..<min($0 + 777, million.count)]) }
        #expect(streaming.finalize().map { String(format: "%02x", $0) }.joined() == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI======")
    }

    @Test(arguments: [true, false]) func writesAndReadsRecordByRecord(compress: Bool) throws {
        let path = Self.temp(compress ? "a.warc.gz" : "a.warc")
        let writer = try WARCWriter(path: path, compress: compress)
        try writer.write([WARCRecordFactory.warcinfo(filename: "a", fields: [("software", "test")])])
        let arabic = "<html><body><p>قال مسؤول رفيع</p></body></html>"
        for i in 0..<50 { try writer.write(Self.exchange("https://example.org/\(i)", body: i == 7 ? arabic : "<p>page \(i)</p>")) }
        let reader = try WARCReader(path: path)
        var types: [String] = [], uris: [String] = []
        var bodies: [String: String] = [:]
        while let record = try reader.next() {
            types.append(record.type.description)
            if record.holdsHTTPResponse, let uri = record.targetURI {
                uris.append(uri)
                let http = try record.httpResponse()
                #expect(http.status == 200)
                #expect(http.mediaType == "text/html")
                bodies[uri] = String(decoding: http.body, as: UTF8.self)
                #expect(record["WARC-Payload-Digest"] == SHA1.warcDigest(http.body))
                #expect(record["WARC-Block-Digest"] == SHA1.warcDigest(record.block))
                #expect(record["WARC-Concurrent-To"] != nil)
            }
        }
        #expect(types.first == "warcinfo")
        #expect(types.count == 101)
        #expect(uris == (0..<50).map { "https://example.org/\($0)" })
        #expect(bodies["https://example.org/7"] == arabic)
        #expect(reader.lastCompleteOffset == (try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int))
    }

    @Test func readsFromARecordOffset() throws {
        let path = Self.temp("b.warc.gz")
        let writer = try WARCWriter(path: path)
        var offsets: [Int] = []
        for i in 0..<5 { offsets += try writer.write(Self.exchange("https://example.org/\(i)", body: "<p>\(i)</p>")) }
        let reader = try WARCReader(path: path, offset: offsets[6])
        let record = try #require(try reader.next())
        #expect(record.targetURI == "https://example.org/3")
        #expect(record.offset == offsets[6])
    }

    @Test func undoesChunkingAndContentEncoding() throws {
        let html = Array(String(repeating: "<p>خبر عاجل</p>", count: 300).utf8)
        let gz = try Gzip.compress(html)
        var chunked: [UInt8] = []
        for start in stride(from: 0, to: gz.count, by: 1000) {
            let piece = gz[start..<min(start + 1000, gz.count)]
            chunked += Array(String(piece.count, radix: 16).utf8) + [13, 10] + piece + [13, 10]
        }
        chunked += Array("0\r\n\r\n".utf8)
        let block = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n".utf8) + chunked
        let http = try HTTPResponse.parse(block)
        #expect(http.body == html)
        #expect(http.warnings.isEmpty)
        // Raw deflate labelled "deflate" (a common server mistake) is read too.
        let rawDeflate = Array(gz[10..<(gz.count - 8)])  // gzip minus its 10-byte header and 8-byte trailer
        #expect(try ContentDecoder.decode(rawDeflate, limit: 1 << 20) == html)
        let notHTTP = Array("GARBAGE".utf8)
        #expect(throws: WARCError.self) { try HTTPResponse.parse(notHTTP) }
    }

    @Test func truncatedLastRecordIsDetectedAndRepaired() throws {
        let path = Self.temp("c.warc.gz")
        let writer = try WARCWriter(path: path)
        try writer.write([WARCRecordFactory.warcinfo(filename: "c", fields: [])])
        for i in 0..<10 { try writer.write(Self.exchange("https://example.org/\(i)", body: String(repeating: "<p>\(i)</p>", count: 500))) }
        let complete = writer.offset
        let last = try writer.write(Self.exchange("https://example.org/cut", body: String(repeating: "<p>x</p>", count: 5000)))
        let full = writer.offset
        // Cut in the middle of the last response's gzip member.
        try FileHandle(forWritingTo: URL(fileURLWithPath: path)).truncate(atOffset: UInt64(last[0] + (last[1] - last[0]) / 2))
        let reader = try WARCReader(path: path)
        var count = 0
        #expect(throws: WARCError.truncated(offset: last[0])) { while try reader.next() != nil { count += 1 } }
        #expect(count == 21)
        let outcome = try WARCRepair.repair(path: path)
        #expect(outcome.keptBytes == complete)
        #expect(outcome.removedBytes > 0)
        #expect(full > complete)
        // The repaired file reads to the end without error, and repairing again changes nothing.
        var again = 0
        try WARCReader(path: path).forEach { _ in again += 1 }
        #expect(again == 21)
        #expect(try WARCRepair.repair(path: path).removedBytes == 0)
    }

    @Test func damagedGzipAfterGoodRecordsIsCutBackToThem() throws {
        let path = Self.temp("d.warc.gz")
        let writer = try WARCWriter(path: path)
        for i in 0..<3 { try writer.write(Self.exchange("https://example.org/\(i)", body: "<p>\(i)</p>")) }
        let good = writer.offset
        try writer.write(Self.exchange("https://example.org/bad", body: "<p>bad</p>"))
        // Flip bytes inside the last member's deflate data.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64(good + 20))
        handle.write(Data(repeating: 0xFF, count: 16))
        try handle.close()
        let outcome = try WARCRepair.repair(path: path)
        #expect(outcome.keptBytes == good)
        var uris: [String] = []
        try WARCReader(path: path).forEach { if $0.holdsHTTPResponse { uris.append($0.targetURI ?? "") } }
        #expect(uris == ["https://example.org/0", "https://example.org/1", "https://example.org/2"])
    }

    @Test func singleGzipMemberForTheWholeFileIsRead() throws {
        var plain: [UInt8] = []
        for i in 0..<20 { for r in Self.exchange("https://example.org/\(i)", body: "<p>\(i)</p>") { plain += r.serialised() } }
        let path = Self.temp("e.warc.gz")
        try Data(try Gzip.compress(plain)).write(to: URL(fileURLWithPath: path))
        var n = 0
        try WARCReader(path: path).forEach { _ in n += 1 }
        #expect(n == 40)
    }

    @Test func oversizedBlocksAreCutAndTheRestSkipped() throws {
        let path = Self.temp("f.warc")
        let writer = try WARCWriter(path: path, compress: false)
        try writer.write(Self.exchange("https://example.org/big", body: String(repeating: "a", count: 3_000_000)))
        try writer.write(Self.exchange("https://example.org/small", body: "<p>s</p>"))
        let reader = try WARCReader(path: path, maxBlockBytes: 1 << 20)
        let big = try #require(try reader.next())
        #expect(big.blockTruncated && big.block.count == 1 << 20)
        _ = try reader.next()
        #expect(try reader.next()?.targetURI == "https://example.org/small")
    }

    @Test func garbageIsAClearError() throws {
        let path = Self.temp("g.warc")
        try Data("this is not a WARC file\r\n\r\nat all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WARCError.self) { _ = try WARCReader(path: path).next() }
        #expect(throws: WARCError.io(path: "/nonexistent/x.warc", message: "No such file or directory")) {
            _ = try WARCReader(path: "/nonexistent/x.warc")
        }
    }
}
