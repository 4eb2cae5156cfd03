import ArgumentParser
import ClaimMatching
import Corroborate
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `corroborate bench report [--articles N] [--scaling]`: claims → matching → report on a
/// synthetic story of N articles (about 20 attributed sentences each, English and Arabic, named,
/// anonymous and relayed sources, varying numbers, 10% of articles copying an earlier one),
/// single-threaded. Prints each stage's time, claims/s and peak RSS; `--scaling` runs 100, 1,000
/// and 10,000 articles to show how the time grows. Run in a release build.
struct ReportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Speed and memory of claims → matching → report on synthetic articles (release build)."
    )

    @Option(help: "Number of synthetic articles.")
    var articles = 1000

    @Flag(help: "Run 100, 1,000 and 10,000 articles and print a scaling line.")
    var scaling = false

    func run() async throws {
        guard articles > 0 && articles <= 200_000 else { throw ValidationError("--articles must be 1...200000") }
        var rows: [(Int, Int, Double, Double)] = []
        for n in scaling ? [100, 1000, 10_000] : [articles] {
            let r = measure(articles: n)
            rows.append((n, r.claims, r.seconds, r.cpu))
        }
        if rows.count > 1 {
            let base = rows[0]
            let line = rows.map { n, c, s, cpu in
                String(format: "%d articles %.2f s wall / %.2f s CPU (%.0f claims per CPU s; ×%.1f CPU time for ×%.0f articles)",
                       n, s, cpu, Double(c) / cpu, cpu / base.3, Double(n) / Double(base.0))
            }
            print("scaling: " + line.joined(separator: "; "))
        }
    }

    private func measure(articles n: Int) -> (claims: Int, seconds: Double, cpu: Double) {
        let input = SyntheticStory(articles: n).make()
        let clock = ContinuousClock()
        let cpuStart = Self.cpuSeconds()
        var set = ClaimSet(documents: [], sources: [], claims: [])
        var stageCPU: [Double] = []
        func stage(_ body: () -> Void) -> Duration {
            let c0 = Self.cpuSeconds()
            let d = clock.measure(body)
            stageCPU.append(Self.cpuSeconds() - c0)
            return d
        }
        let tClaims = stage { set = Pipeline.claims(input, options: .story) }
        var groups: [ClaimGroupEvidence] = []
        let tMatch = stage { groups = Pipeline.claimGroups(set) }
        var report: Report?
        let tReport = stage { report = Pipeline.report(set, groups: groups) }
        var bytes = 0
        let tRender = stage {
            for format in ReportFormat.allCases { bytes += Pipeline.render(report!, as: format).utf8.count }
        }
        let total = [tClaims, tMatch, tReport, tRender].reduce(Duration.zero, +)
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        let cpu = Self.cpuSeconds() - cpuStart
        let claims = set.claims.count
        print(String(format: "%d articles, %d claims, %d clusters, %d reuse pairs: %.2f s wall (%.2f s CPU), %.0f claims/s wall (%.0f per CPU s), peak RSS %.0f MB",
                     n, claims, report!.clusters.count, report!.reuse.count, seconds, cpu, Double(claims) / seconds,
                     Double(claims) / cpu, Self.peakRSSMegabytes()))
        print(String(format: "  CPU s per stage: claims %.2f, matching %.2f, report (reuse, origins, findings) %.2f, render md+html+json %.2f (%d MB)",
                     stageCPU[0], stageCPU[1], stageCPU[2], stageCPU[3], bytes / 1_000_000))
        print("  wall per stage: claims \(tClaims), matching \(tMatch), report \(tReport), render \(tRender)")
        return (claims, seconds, cpu)
    }

    /// CPU time of this thread: on a machine shared with other jobs, wall time overstates the work.
    static func cpuSeconds() -> Double {
        #if canImport(Glibc)
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        #else
        return Double(clock()) / Double(CLOCKS_PER_SEC)
        #endif
    }

    /// VmHWM from /proc/self/status (0 where unavailable).
    static func peakRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
}

/// Deterministic synthetic coverage: template sentences with varied numbers, places, sources,
/// outlets and languages. Not real text; for timing only.
struct SyntheticStory {
    let articles: Int
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    init(articles: Int) { self.articles = articles }

    /// SplitMix64.
    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    static let people = ["Maria Lopez", "Ahmed Karimi", "John Carter", "Leila Haddad", "Tom Becker", "Sara Nouri"]
    static let roles = ["the interior minister", "a police spokesman", "the provincial governor", "a UN envoy"]
    static let anonymous = ["a senior official", "a source familiar with the matter", "two diplomats", "a security official"]
    static let things = ["people", "families", "buildings", "vehicles", "workers", "detainees"]
    static let verbs = ["evacuated", "moved", "damaged", "counted", "released", "registered"]
    static let places = ["the northern district", "the port area", "the border crossing", "the old city", "the capital"]
    static let peopleAr = ["وزير الداخلية", "المتحدث باسم الشرطة", "محافظ الإقليم", "مبعوث الأمم المتحدة"]
    static let anonymousAr = ["مسؤول رفيع", "مصدر مطلع", "مصادر أمنية"]
    static let thingsAr = ["شخص", "عائلة", "مبنى", "مركبة"]
    static let placesAr = ["المنطقة الشمالية", "منطقة الميناء", "المعبر الحدودي", "المدينة القديمة"]

    func make() -> [Article] {
        var rng = self
        var result: [Article] = []
        result.reserveCapacity(articles)
        for i in 0..<articles {
            let arabic = rng.next(3) == 0
            let outlet = "Outlet \(i % 97)"
            let published = String(format: "2026-02-%02dT%02d:%02d:00Z", 1 + (i / 1440) % 28, (i / 60) % 24, i % 60)
            var paragraphs: [Paragraph] = []
            if i > 10 && rng.next(10) == 0 {          // a copier: takes most of an earlier article
                paragraphs = Array(result[i - 1 - rng.next(10)].paragraphs.prefix(15))
            }
            while paragraphs.count < 20 {
                paragraphs.append(Paragraph(kind: .paragraph, text: arabic ? rng.arabicSentence() : rng.englishSentence()))
            }
            result.append(Article(input: "synthetic/\(i).html", headline: "Synthetic story \(i)", outlet: outlet,
                                  published: published, language: arabic ? "ar" : "en", paragraphs: paragraphs))
        }
        return result
    }

    private mutating func pick(_ list: [String]) -> String { list[next(list.count)] }

    private mutating func englishSentence() -> String {
        let n = 10 * (1 + next(900))
        let what = "\(n) \(pick(Self.things)) were \(pick(Self.verbs)) \(1 + next(90)) km from \(pick(Self.places)) by \(1 + next(23)):\(10 + next(50))"
        switch next(6) {
        case 0: return "\(pick(Self.people)) said \(what) on \(["Monday", "Tuesday", "Friday"][next(3)])."
        case 1: return "\"\(what.prefix(1).uppercased() + what.dropFirst()),\" \(pick(Self.roles)) told reporters."
        case 2: return "According to \(pick(Self.anonymous)), \(what) overnight."
        case 3: return "\(pick(Self.anonymous).prefix(1).uppercased() + pick(Self.anonymous).dropFirst()) told Outlet \(next(97)) that \(what)."
        case 4: return "\(pick(Self.roles).prefix(1).uppercased() + pick(Self.roles).dropFirst()) denied that \(what)."
        default: return "The authorities said \(what), in a statement issued late on \(["Sunday", "Wednesday"][next(2)])."
        }
    }

    private mutating func arabicSentence() -> String {
        let n = 10 * (1 + next(900))
        let what = "\(n) \(pick(Self.thingsAr)) على بعد \(1 + next(90)) كم من \(pick(Self.placesAr)) حتى الساعة \(1 + next(23)):\(10 + next(50))"
        switch next(4) {
        case 0: return "وقال \(pick(Self.peopleAr)) إن السلطات نقلت \(what) خلال الأيام الماضية."
        case 1: return "وبحسب \(pick(Self.anonymousAr))، فإن \(what) تضرروا جراء الأحداث."
        case 2: return "ونقلت وكالة رويترز عن \(pick(Self.anonymousAr)) أن \(what) غادروا المنطقة."
        default: return "ونفى \(pick(Self.peopleAr)) أن يكون \(what) قد تعرضوا لأي أذى."
        }
    }
}
