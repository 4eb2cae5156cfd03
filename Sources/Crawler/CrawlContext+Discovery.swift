import Archives

/// Where new URLs come from: redirects, feeds, links in pages, and robots.txt.
extension CrawlContext {
    /// Queues the target of a redirect (front of its host's queue), enforcing the hop limit and
    /// refusing loops; robots.txt and the address check apply to it when it is processed.
    func follow(_ location: String, from item: CrawlItem, status: Int, quiet: Bool = false) async {
        let url = item.url
        guard let target = try? CrawlURL(location, relativeTo: url) else {
            await state.record(CrawlEvent(kind: .failed, url: url.description, status: status,
                                          reason: "redirect to an unusable location '\(location.prefix(200))'", depth: item.depth))
            return
        }
        let chain = item.redirectChain + [url]
        if chain.contains(target) {
            await state.record(CrawlEvent(kind: .failed, url: url.description, status: status,
                                          reason: "redirect loop back to \(target)", depth: item.depth))
            return
        }
        if chain.count > configuration.maxRedirects {
            await state.record(CrawlEvent(kind: .failed, url: url.description, status: status,
                                          reason: "more than \(configuration.maxRedirects) redirects", depth: item.depth))
            return
        }
        var next = CrawlItem(url: target, kind: item.kind, depth: item.depth, discovered: true)
        next.redirectChain = chain
        next.feedNesting = item.feedNesting
        let queued = await frontier.add(next, front: true)
        if !quiet {
            await state.record(CrawlEvent(kind: .redirected, url: url.description, status: status,
                                          reason: queued ? "to \(target)" : "to \(target) (already queued)", depth: item.depth))
        }
    }

    /// Queues the articles (and child sitemaps) a feed lists.
    func readFeed(_ body: [UInt8], item: CrawlItem, status: Int, bytes: Int, replayed: Bool) async {
        let contents = FeedParser.parse(body)
        if !replayed {
            var reason = "\(contents.kind.rawValue): \(contents.articles.count) articles, \(contents.sitemaps.count) sitemaps"
            if let warning = contents.warning { reason += "; \(warning)" }
            await state.record(CrawlEvent(kind: .feed, url: item.url.description, status: status, bytes: bytes,
                                          reason: reason, depth: item.depth))
        }
        if item.feedNesting < 3 {
            for text in contents.sitemaps {
                guard let url = try? CrawlURL(text, relativeTo: item.url) else { continue }
                var child = CrawlItem(url: url, kind: .feed, depth: 0, discovered: true)
                child.feedNesting = item.feedNesting + 1
                await frontier.add(child)
            }
        }
        for text in contents.articles {
            guard let url = try? CrawlURL(text, relativeTo: item.url) else {
                if !replayed {
                    await state.record(CrawlEvent(kind: .skipped, url: text, reason: "feed entry is not an http(s) URL"))
                }
                continue
            }
            await queuePage(url, depth: 0)
        }
    }

    /// Queues the article links of a page one level deeper.
    func queueLinks(in html: [UInt8], of item: CrawlItem) async {
        for link in LinkExtractor.articleLinks(in: html, baseURL: item.url) {
            if configuration.sameHost && link.host != item.url.host { continue }
            await queuePage(link, depth: item.depth + 1)
        }
    }

    private func queuePage(_ url: CrawlURL, depth: Int) async {
        guard await !frontier.wasSeen(url) else { return }
        guard await state.reservePage(limit: configuration.maxPages) else { return }
        await frontier.add(CrawlItem(url: url, kind: .page, depth: depth, discovered: true))
    }

    /// Fetches and parses `origin/robots.txt` (RFC 9309 §2.3): redirects followed (up to 5),
    /// 4xx → everything allowed, 5xx or unreachable → everything disallowed. Each exchange is
    /// archived. Throws when the guarded fetcher refused the connection (a private address).
    func fetchRobots(for page: CrawlURL, via fetcher: HTTPFetcher) async throws(FetchFailure) -> RobotsTxt {
        guard var url = try? CrawlURL("/robots.txt", relativeTo: page) else { return .allowAll }
        for _ in 0...5 {
            await state.requested(url)
            let response: FetchedResponse
            do {
                response = try await fetcher.fetch(url, accept: "text/plain,*/*;q=0.1") { _, _ in true }
            } catch {
                if case .tooLarge = error { return .allowAll }
                if case .refused = error { throw error }
                return .disallowAll
            }
            await state.received(bytes: response.body.count)
            try? await archive.write(response, ip: nil)
            switch response.status {
            case 200...299:
                let body = decoded(response)
                return RobotsTxt(parsing: String(decoding: body, as: UTF8.self))
            case 300...399:
                guard let location = response["Location"], let next = try? CrawlURL(location, relativeTo: url) else {
                    return .allowAll
                }
                url = next
            case 400...499:
                return .allowAll
            default:
                return .disallowAll
            }
        }
        return .allowAll  // RFC 9309: more than five redirects may be treated as unavailable (allow)
    }
}
