import Foundation

/// Turns what the user typed (paths, folders, `-`) into page sources, in a deterministic order.
///
/// A file named explicitly is always read (its bytes decide whether it is HTML); inside a folder,
/// only page files are taken (`.html`, `.htm`, `.xhtml`, each optionally `.gz`), recursively,
/// sorted by path, skipping hidden files and folders; symlinked files are read, symlinked
/// folders are not entered.
public enum InputResolver {
    /// File name endings read from folders (lowercase).
    public static let pageExtensions = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"]

    /// One or more sources per input, in input order.
    public static func sources(for inputs: [String]) -> [any PageSource] {
        inputs.flatMap { sources(for: $0) }
    }

    static func sources(for input: String) -> [any PageSource] {
        if input == "-" {
            return [SinglePageSource(input: "-") { FileReader.standardInput(limits: $0) }]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            return [FailedSource(failure: IngestFailure(input: input, step: .read,
                                                        error: .unreadable("no such file or directory")))]
        }
        guard isDirectory.boolValue else { return [source(forFile: input)] }
        let files = pageFiles(in: input)
        if files.isEmpty {
            return [FailedSource(failure: IngestFailure(input: input, step: .read,
                                                        error: .unreadable("the folder holds no HTML files")))]
        }
        return files.map(source(forFile:))
    }

    static func isPageFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return pageExtensions.contains { lower.hasSuffix($0) }
    }

    /// The source for one file. A new kind of file holding pages (e.g. `.warc.gz`) is one more
    /// branch here returning its own `PageSource`, plus its endings in `pageExtensions`.
    static func source(forFile path: String) -> any PageSource {
        SinglePageSource(input: path) { FileReader.page(at: path, limits: $0) }
    }

    /// Page files below `folder`, sorted by path (byte order, so the order never depends on locale).
    static func pageFiles(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var found: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for case let url as URL in walker where isPageFile(url.lastPathComponent) {
            // Symlinked files count; symlinked folders are not entered (the walk cannot loop).
            guard (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            // Name files by the path the user typed plus the relative part, not a resolved absolute path.
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1))
                : url.lastPathComponent
            found.append(prefix + relative)
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
