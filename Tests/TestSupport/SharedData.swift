import Foundation

/// Locates the repository and the evaluation data in `../shared` (absent in a user's clone:
/// tests that need it are disabled with `.enabled(if: SharedData.available)`).
public enum SharedData {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `CORROBORATE_SHARED`, else `../shared` beside the package root.
    public static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["CORROBORATE_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    public static var available: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("benchmarks").path)
    }

    /// A path inside shared/, e.g. `SharedData.url("benchmarks/encoding/expected.json")`.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// A path inside the repository, e.g. `SharedData.repo("Corpora/isis-prison-break")`.
    public static func repo(_ relative: String) -> URL { packageRoot.appendingPathComponent(relative) }
}
