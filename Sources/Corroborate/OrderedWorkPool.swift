import Foundation

/// A fixed set of worker threads that process items in parallel and hand the results back in
/// submission order, with a bounded window.
///
/// `submit` blocks while `window` items are submitted but not yet delivered, so the producer
/// can never run ahead of the slowest item by more than the window (memory stays bounded).
/// `deliver` runs on one dedicated thread, in submission order.
final class OrderedWorkPool<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, Input)] = []
    private var queueHead = 0
    /// Finished items waiting for their turn, by sequence number.
    private var finished: [Int: (Input, Output)] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private let window: Int
    private let threads = DispatchGroup()

    init(jobs: Int, window: Int, work: @escaping @Sendable (Input) -> Output,
         deliver: @escaping @Sendable (Input, Output) -> Void) {
        self.window = max(1, window)
        for _ in 0..<max(1, jobs) {
            threads.enter()
            Thread.detachNewThread { [self] in
                while let (sequence, item) = take() {
                    let output = work(item)
                    condition.lock()
                    finished[sequence] = (item, output)
                    condition.broadcast()
                    condition.unlock()
                }
                threads.leave()
            }
        }
        threads.enter()
        Thread.detachNewThread { [self] in
            while let (item, output) = nextInOrder() { deliver(item, output) }
            threads.leave()
        }
    }

    /// Queues `item`; waits while the window is full.
    func submit(_ item: Input) {
        condition.lock()
        while submitted - delivered >= window { condition.wait() }
        queue.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// No more items: waits until every submitted item is processed and delivered.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        threads.wait()
    }

    private func take() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count && !closed { condition.wait() }
        guard queueHead < queue.count else { return nil }
        let next = queue[queueHead]
        queueHead += 1
        if queueHead >= 256 {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return next
    }

    private func nextInOrder() -> (Input, Output)? {
        condition.lock()
        defer { condition.unlock() }
        while finished[delivered] == nil && !(closed && delivered == submitted) { condition.wait() }
        guard let done = finished.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        condition.broadcast()
        return done
    }
}
