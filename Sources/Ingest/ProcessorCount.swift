import Foundation

/// The number of cores available to this process.
enum ProcessorCount {
    static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
