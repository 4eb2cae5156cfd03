import Archives
import Foundation

/// Synthetic news pages for `bench warc`, shaped like real ones: 50–300 KB each, of which the
/// article is a few KB and the rest is what news sites wrap it in (inline CSS and scripts,
/// JSON-LD and app state, navigation menus, tickers, related-story grids, comments, footers).
/// Half the pages are Arabic (RTL), half English.
///
/// Text, identifiers and class names come from a seeded generator, so runs are repeatable and
/// the gzip ratio is close to real pages (about 4–6×), not the 100× of repeated text.
enum BenchCorpus {
    /// Writes pages until `htmlBytes` of HTML; returns the page count.
    static func write(path: String, htmlBytes: Int) throws -> Int {
        let writer = try WARCWriter(path: path)
        try writer.write([WARCRecordFactory.warcinfo(filename: "bench.warc.gz", fields: [("software", "corroborate bench warc")])])
        var rng = SplitMix(seed: 42)
        var total = 0, count = 0
        var batch: [WARCRecord] = []
        while total < htmlBytes {
            var page = BenchPage(number: count, rng: &rng)
            let body = page.html()
            let host = "www.news\(count % 40).example"
            let url = "https://\(host)/\(2026 - count % 3)/\(count % 12 + 1)/story-\(count).html"
            // Some servers name the charset, some leave it to the page's <meta>.
            let type = count % 3 == 0 ? "text/html" : "text/html; charset=utf-8"
            let pair = WARCRecordFactory.exchange(
                uri: url, date: WARCRecordFactory.now(), ip: "192.0.2.\(count % 40 + 1)",
                requestHead: Array("GET /story-\(count).html HTTP/1.1\r\nHost: \(host)\r\nAccept-Encoding: gzip\r\n\r\n".utf8),
                responseHead: Array("HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: max-age=60\r\n\r\n".utf8),
                payload: body)
            batch += [pair.request, pair.response]
            if batch.count >= 32 {
                try writer.write(batch)
                batch.removeAll(keepingCapacity: true)
            }
            total += body.count
            count += 1
        }
        try writer.write(batch)
        return count
    }
}

/// A small, seeded pseudo-random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
