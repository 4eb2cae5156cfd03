import ArgumentParser
import Corroborate
import Foundation

/// `corroborate crawl URL... --into DIR`: polite fetching of article pages into a WARC file.
struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Fetch article pages politely into DIR/crawl.warc.gz (WARC/1.1, resumable).",
        discussion: """
            Obeys robots.txt (RFC 9309), waits --delay seconds between requests to a host (more if \
            robots.txt asks), keeps only text/html and application/xhtml+xml, and records every \
            request and response. Run it again with the same --into to resume an interrupted crawl.
            """
    )

    @Argument(help: "Page URLs (http or https).")
    var urls: [String] = []

    @Option(name: .customLong("urls"), help: "A file with one URL per line ('#' starts a comment).")
    var urlFile: String?

    @Option(name: .customLong("feed"), help: "An RSS/Atom feed, news sitemap or sitemap index whose articles are fetched (repeatable).")
    var feeds: [String] = []

    @Option(name: .customLong("into"), help: "Output folder (created if missing).")
    var into: String

    @Option(help: "Seconds between requests to the same host.")
    var delay: Double = 1

    @Option(help: "Requests in flight at once (at most one per host).")
    var concurrency: Int = 4

    @Option(help: "Seconds allowed for one request.")
    var timeout: Double = 30

    @Option(help: "Retries after a 429/5xx or a connection error.")
    var retries: Int = 2

    @Option(name: .customLong("max-retry-wait"), help: "Longest wait before a retry, whatever Retry-After says (seconds).")
    var maxRetryWait: Double = 60

    @Option(name: .customLong("max-redirects"), help: "Redirect hops followed from one URL.")
    var maxRedirects: Int = 5

    @Option(name: .customLong("max-mb"), help: "Largest body kept, in MB (bigger downloads are aborted).")
    var maxMB: Double = 20

    @Option(help: "Follow article links this many levels from the seeds.")
    var depth: Int = 0

    @Flag(name: .customLong("same-host"), help: "When following links, stay on the page's host.")
    var sameHost = false

    @Option(name: .customLong("max-pages"), help: "Stop queuing pages after this many.")
    var maxPages: Int?

    @Option(name: .customLong("user-agent"), help: "User-Agent header; its first word is the robots.txt product token.")
    var userAgent: String = CrawlConfiguration.defaultUserAgent

    @Flag(name: .customLong("allow-private"), help: "Allow discovered URLs on loopback/private/link-local addresses.")
    var allowPrivate = false

    @Flag(help: "Print one JSON object per event on stdout, and the summary as JSON.")
    var json = false

    func validate() throws {
        if urls.isEmpty && urlFile == nil && feeds.isEmpty {
            throw ValidationError("give at least one URL, --urls FILE or --feed URL")
        }
        guard delay >= 0, timeout > 0, concurrency >= 1, retries >= 0, maxRedirects >= 0, depth >= 0, maxMB > 0 else {
            throw ValidationError("--delay, --retries, --max-redirects and --depth must be ≥ 0; --timeout, --max-mb > 0; --concurrency ≥ 1")
        }
    }

    func run() async throws {
        var seeds = urls
        if let urlFile {
            guard let text = try? String(contentsOfFile: urlFile, encoding: .utf8) else {
                throw ValidationError("cannot read --urls file \(urlFile)")
            }
            seeds += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        let configuration = CrawlConfiguration(
            seeds: seeds, feeds: feeds, outputDirectory: into, userAgent: userAgent, delay: delay,
            concurrency: concurrency, timeout: timeout,
            retry: RetryPolicy(retries: retries, baseDelay: 1, maxDelay: maxRetryWait),
            maxRedirects: maxRedirects, maxBytes: Int(maxMB * 1_048_576), maxDepth: depth, sameHost: sameHost,
            allowPrivate: allowPrivate, maxPages: maxPages)
        let progress = CrawlProgress(json: json)
        do {
            let summary = try await Pipeline.crawl(configuration) { progress.record($0) }
            progress.finish(summary)
        } catch {
            progress.clearLine()
            throw ValidationError("\(error)")
        }
    }
}
