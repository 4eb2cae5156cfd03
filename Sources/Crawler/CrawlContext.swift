import Archives

/// How a worker leaves a host: the pause before the host's next request, and whether the
/// network was used at all (a resumed or refused URL leaves the host's timing alone).
struct Release: Sendable {
    var pause: Duration?
    var usedNetwork: Bool
}

/// One crawl's collaborators, and the handling of one leased URL from start to finish.
struct CrawlContext: Sendable {
    let crawler: Crawler
    let frontier: Frontier
    let state: CrawlState
    let archive: CrawlArchive
    /// For the URLs the user named (trusted, private addresses allowed).
    let fetcher: HTTPFetcher
    /// For discovered URLs and their redirects: refuses connections to non-public addresses
    /// (nil with `--allow-private`).
    let guardedFetcher: HTTPFetcher?

    /// The fetcher `item` must go through.
    func fetcher(for item: CrawlItem) -> HTTPFetcher {
        item.discovered ? guardedFetcher ?? fetcher : fetcher
    }

    var configuration: CrawlConfiguration { crawler.configuration }

    static let htmlAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
    static let feedAccept = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"

    func process(_ lease: Frontier.Lease) async -> Release {
        let item = lease.item
        let url = item.url
        if item.attempt == 0, await archive.entry(for: url) != nil {
            await replay(item)
            return Release(pause: nil, usedNetwork: false)
        }
        if item.discovered && !configuration.allowPrivate, let why = crawler.hostCheck(url.bareHost) {
            await state.record(CrawlEvent(kind: .failed, url: url.description, reason: "refused: \(why) (use --allow-private to permit)", depth: item.depth))
            return Release(pause: nil, usedNetwork: false)
        }
        var readyAt = lease.readyAt
        var usedNetwork = false
        let robots: RobotsTxt
        if let known = await state.robots(for: url.origin) {
            robots = known
        } else {
            try? await Task.sleep(until: readyAt, clock: .continuous)
            do {
                robots = try await fetchRobots(for: url, via: fetcher(for: item))
            } catch {
                // Refused at connect time (the name now resolves to a private address): the page
                // fails with that reason, and nothing is cached for the host.
                await state.record(CrawlEvent(kind: .failed, url: url.description, reason: error.description, depth: item.depth))
                return Release(pause: nil, usedNetwork: true)
            }
            await state.setRobots(robots, for: url.origin)
            usedNetwork = true
            var delay = configuration.delay
            if let crawlDelay = robots.crawlDelay(token: crawler.token) {
                delay = max(delay, min(crawlDelay, configuration.maxCrawlDelay))
            }
            let hostDelay = Duration.milliseconds(Int64(delay * 1000))
            await frontier.setDelay(hostDelay, for: url.origin)
            readyAt = .now + hostDelay
        }
        guard robots.allows(url.pathAndQuery, token: crawler.token) else {
            await state.record(CrawlEvent(kind: .skipped, url: url.description, reason: "disallowed by robots.txt", depth: item.depth))
            return Release(pause: nil, usedNetwork: usedNetwork)
        }
        try? await Task.sleep(until: readyAt, clock: .continuous)
        await state.requested(url)
        let kind = item.kind
        let response: FetchedResponse
        do {
            response = try await fetcher(for: item).fetch(url, accept: kind == .feed ? Self.feedAccept : Self.htmlAccept) { status, headers in
                // Read bodies of errors and redirects (small, and worth archiving) and of wanted types.
                guard (200...299).contains(status), kind == .page else { return true }
                let type = headers.first { $0.name.lowercased() == "content-type" }?.value
                return type == nil || MediaType.isHTML(type)
            }
        } catch {
            if error.isTransient && item.attempt < configuration.retry.retries {
                return await retry(item, status: nil, retryAfter: nil, reason: error.description)
            }
            await state.record(CrawlEvent(kind: .failed, url: url.description, reason: error.description, depth: item.depth))
            return Release(pause: nil, usedNetwork: true)
        }
        await state.received(bytes: response.body.count)
        if response.bodyRead {
            do { try await archive.write(response, ip: nil) } catch {
                await state.record(CrawlEvent(kind: .failed, url: url.description, reason: error.description, depth: item.depth))
                await frontier.cancel()
                return Release(pause: nil, usedNetwork: true)
            }
        }
        if RetryPolicy.isRetryable(status: response.status) && item.attempt < configuration.retry.retries {
            return await retry(item, status: response.status, retryAfter: response["Retry-After"], reason: "HTTP \(response.status)")
        }
        await handle(response, item: item)
        return Release(pause: nil, usedNetwork: true)
    }

    /// Acts on a response, fresh from the network or replayed from the WARC.
    func handle(_ response: FetchedResponse, item: CrawlItem, replayed: Bool = false) async {
        let url = item.url
        let status = response.status
        if (300...399).contains(status), status != 304, let location = response["Location"] {
            await follow(location, from: item, status: status)
            return
        }
        guard (200...299).contains(status) else {
            if !replayed {
                await state.record(CrawlEvent(kind: .failed, url: url.description, status: status, bytes: response.body.count,
                                              reason: "HTTP \(status)", depth: item.depth))
            }
            return
        }
        let body = decoded(response)
        switch item.kind {
        case .feed:
            await readFeed(body, item: item, status: status, bytes: response.body.count, replayed: replayed)
        case .page:
            let type = response["Content-Type"]
            if type != nil && !MediaType.isHTML(type) {
                await state.record(CrawlEvent(kind: .skipped, url: url.description, status: status,
                                              reason: "not HTML (\(MediaType.essence(of: type!)))", depth: item.depth))
                return
            }
            if !replayed {
                await state.record(CrawlEvent(kind: .fetched, url: url.description, status: status,
                                              bytes: response.body.count, depth: item.depth))
            }
            if item.depth < configuration.maxDepth { await queueLinks(in: body, of: item) }
        }
    }

    /// A URL already in the WARC: report it, and redo what its response leads to.
    private func replay(_ item: CrawlItem) async {
        await state.record(CrawlEvent(kind: .resumed, url: item.url.description, status: await archive.entry(for: item.url)?.status, depth: item.depth))
        guard let stored = await archive.entry(for: item.url) else { return }
        if (300...399).contains(stored.status), let location = stored.location {
            await follow(location, from: item, status: stored.status, quiet: true)
            return
        }
        let needsBody = item.kind == .feed || item.depth < configuration.maxDepth
        guard needsBody, (200...299).contains(stored.status), let response = await archive.load(item.url) else { return }
        await handle(response, item: item, replayed: true)
    }

    private func retry(_ item: CrawlItem, status: Int?, retryAfter: String?, reason: String) async -> Release {
        var again = item
        again.attempt += 1
        let wait = configuration.retry.delay(attempt: again.attempt, retryAfter: retryAfter)
        await state.record(CrawlEvent(kind: .retrying, url: item.url.description, status: status,
                                      reason: "\(reason); attempt \(again.attempt + 1) in \(wait) s", depth: item.depth))
        await frontier.add(again, front: true, force: true)
        return Release(pause: .milliseconds(Int64(wait * 1000)), usedNetwork: true)
    }

    /// The body with its content coding undone (bounded by the size cap).
    func decoded(_ response: FetchedResponse) -> [UInt8] {
        let coding = (response["Content-Encoding"] ?? "").lowercased().trimmingSpaces()
        guard coding == "gzip" || coding == "x-gzip" || coding == "deflate" else { return response.body }
        return (try? ContentDecoder.decode(response.body, limit: configuration.maxBytes)) ?? []
    }
}
