/// The queue of URLs, by host, with politeness: one request in flight per host, and a host's
/// next request no earlier than its delay after the previous one ended. Across hosts, the
/// crawl's workers (the global concurrency limit) take whichever host is ready first.
///
/// Within a host, URLs go first-in first-out (breadth first), except redirect targets and
/// retries, which go to the front so a chain completes before new pages start.
actor Frontier {
    private struct Host {
        var queue: [CrawlItem] = []
        var head = 0
        var busy = false
        var readyAt: ContinuousClock.Instant
        var delay: Duration
        var pending: Int { queue.count - head }
    }

    /// A host handed to a worker until `release`.
    struct Lease: Sendable {
        var item: CrawlItem
        var readyAt: ContinuousClock.Instant
    }

    private var hosts: [String: Host] = [:]
    /// Hosts in the order first seen (ties in readiness go to the older host).
    private var hostOrder: [String] = []
    private var seen = Set<CrawlURL>()
    private var busyCount = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let defaultDelay: Duration
    private var cancelled = false

    init(delay: Duration) { defaultDelay = delay }

    /// Queues `item` unless its URL was queued before (`force` skips that check, for retries).
    /// Returns false for a duplicate.
    @discardableResult
    func add(_ item: CrawlItem, front: Bool = false, force: Bool = false) -> Bool {
        guard force || seen.insert(item.url).inserted else { return false }
        let key = item.url.origin
        if hosts[key] == nil {
            hosts[key] = Host(readyAt: .now, delay: defaultDelay)
            hostOrder.append(key)
        }
        if front {
            let h = hosts[key]!.head
            hosts[key]!.queue.insert(item, at: h)
        } else {
            hosts[key]!.queue.append(item)
        }
        wake()
        return true
    }

    /// True if the URL was queued at some point.
    func wasSeen(_ url: CrawlURL) -> Bool { seen.contains(url) }

    /// Sets a host's delay (from robots.txt Crawl-delay).
    func setDelay(_ delay: Duration, for origin: String) {
        hosts[origin]?.delay = delay
    }

    /// The next item whose host is free, waiting if every queued host is busy; nil when the
    /// crawl is over (nothing queued, nothing in flight) or cancelled.
    func next() async -> Lease? {
        while true {
            if cancelled { return nil }
            var best: String?
            for key in hostOrder {
                guard let h = hosts[key], !h.busy, h.pending > 0 else { continue }
                if best == nil || h.readyAt < hosts[best!]!.readyAt { best = key }
            }
            if let key = best {
                var h = hosts[key]!
                let item = h.queue[h.head]
                h.head += 1
                if h.head > 64 && h.head * 2 > h.queue.count {
                    h.queue.removeFirst(h.head)
                    h.head = 0
                }
                h.busy = true
                hosts[key] = h
                busyCount += 1
                return Lease(item: item, readyAt: h.readyAt)
            }
            if busyCount == 0 {
                wake()
                return nil
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    /// Frees the host of `origin`. `pause` is the wait before its next request (its delay, or a
    /// retry's backoff when longer); `usedNetwork` false means no request was made (a resumed URL).
    func release(_ origin: String, pause: Duration? = nil, usedNetwork: Bool = true) {
        guard var h = hosts[origin] else { return }
        h.busy = false
        if usedNetwork {
            let wait = max(h.delay, pause ?? .zero)
            h.readyAt = .now + wait
        }
        hosts[origin] = h
        busyCount -= 1
        wake()
    }

    /// Stops handing out work (Ctrl-C or a fatal archive error).
    func cancel() {
        cancelled = true
        wake()
    }

    private func wake() {
        let all = waiters
        waiters.removeAll()
        for waiter in all { waiter.resume() }
    }
}
