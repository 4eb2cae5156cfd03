import Archives
import Foundation

/// Synthetic news pages (English and Arabic paragraphs, navigation, scripts) for `bench warc`.
///
/// Text comes from a fixed vocabulary through a seeded generator, so runs are repeatable and
/// the gzip ratio is close to real pages (about 4–6×), not the 100× of repeated text.
enum BenchCorpus {
    private static let english = """
        the official said that government intelligence reported according to sources senior minister \
        on Tuesday denied confirmed statement military forces spokesman ceasefire talks negotiations \
        between delegation agency news report claims attack civilians humanitarian aid border \
        president administration anonymous officials familiar with the matter told reporters however
        """.split(separator: " ").map(String.init)
    private static let arabic = """
        قال مسؤول رفيع في الاستخبارات الأمريكية إن المفاوضات بين الوفدين وصلت إلى مرحلة حاسمة وأضاف \
        المصدر الذي طلب عدم الكشف عن هويته أن الحكومة نفت التقارير وأكد المتحدث باسم الجيش وفقا لمصادر \
        مطلعة نقلت وكالة الأنباء عن شهود عيان
        """.split(separator: " ").map(String.init)

    /// Writes pages until `htmlBytes` of HTML; returns the page count.
    static func write(path: String, htmlBytes: Int) throws -> Int {
        let writer = try WARCWriter(path: path)
        try writer.write([WARCRecordFactory.warcinfo(filename: "bench.warc.gz", fields: [("software", "corroborate bench warc")])])
        var rng = SplitMix(seed: 42)
        var total = 0, count = 0
        var batch: [WARCRecord] = []
        while total < htmlBytes {
            let html = page(number: count, rng: &rng)
            let body = Array(html.utf8)
            let url = "https://news\(count % 40).example/\(2026 - count % 3)/story-\(count).html"
            let pair = WARCRecordFactory.exchange(
                uri: url, date: WARCRecordFactory.now(), ip: nil,
                requestHead: Array("GET /story-\(count).html HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8),
                responseHead: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n".utf8),
                payload: body)
            batch += [pair.response, pair.request]
            if batch.count >= 64 {
                try writer.write(batch)
                batch.removeAll(keepingCapacity: true)
            }
            total += body.count
            count += 1
        }
        try writer.write(batch)
        return count
    }

    private static func sentence(_ words: [String], _ n: Int, _ rng: inout SplitMix) -> String {
        (0..<n).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ") + "."
    }

    static func page(number: Int, rng: inout SplitMix) -> String {
        let arabicPage = number % 2 == 1
        let words = arabicPage ? arabic : english
        var html = "<!DOCTYPE html><html lang=\"\(arabicPage ? "ar" : "en")\"><head><meta charset=\"utf-8\">"
        html += "<title>\(sentence(words, 8, &rng))</title><meta property=\"og:site_name\" content=\"News \(number % 40)\">"
        html += "<script>window.dataLayer=[];function track(e){dataLayer.push(e)}</script><style>.a{color:red}</style></head><body>"
        html += "<header><nav>" + (0..<30).map { "<a href=\"/section/\($0)\">Section \($0)</a>" }.joined() + "</nav></header>"
        html += "<article><h1>\(sentence(words, 10, &rng))</h1><p class=\"byline\">By Staff</p>"
        let paragraphs = 15 + Int(rng.next() % 40)
        for _ in 0..<paragraphs {
            html += "<p>" + (0..<(2 + Int(rng.next() % 4))).map { _ in sentence(words, 8 + Int(rng.next() % 20), &rng) }.joined(separator: " ") + "</p>"
        }
        html += "</article><aside>" + (0..<10).map { "<div class=\"promo\"><a href=\"/p/\($0)\">\(sentence(words, 6, &rng))</a></div>" }.joined()
        html += "</aside><footer>© News</footer></body></html>"
        return html
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
}
