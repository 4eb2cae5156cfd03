import Foundation

/// Golden files: compare `actual` with the file at `url`; `RECORD=1 swift test` rewrites it.
///
/// A missing golden fails (unless recording), so a new case cannot pass silently.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD"] == "1" }

    public enum Outcome: Equatable {
        case matches
        case recorded
        case missing(String)
        case differs(String)
    }

    public static func check(_ actual: String, against url: URL) -> Outcome {
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                     withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return .recorded
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return .missing("golden file \(url.path) is missing; run with RECORD=1 to create it")
        }
        if expected == actual { return .matches }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(e.count, a.count) && e[line] == a[line] { line += 1 }
        let want = line < e.count ? String(e[line]) : "<end of file>"
        let got = line < a.count ? String(a[line]) : "<end of output>"
        return .differs("\(url.lastPathComponent) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)")
    }
}
