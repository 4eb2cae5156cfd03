import Foundation

/// Strips outlet suffixes and prefixes from titles: "Story - Reuters", "Story | BBC News",
/// "الخبر - الجزيرة نت", "CNN: Story".
enum HeadlineCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " •", " ـ "]

    static func clean(_ title: String, outlet: String?, domain: String?) -> String {
        var t = TextBuffer.normalise(title)
        let names = [outlet, domain, domain.map { $0.split(separator: ".").first.map(String.init) ?? $0 }]
            .compactMap { $0?.lowercased() }.filter { !$0.isEmpty }
        for sep in separators {
            guard let range = t.range(of: sep, options: .backwards) else { continue }
            let tail = String(t[range.upperBound...]).trimmingWhitespace()
            let head = String(t[..<range.lowerBound]).trimmingWhitespace()
            guard head.count >= 10 else { continue }
            let tailKey = tail.lowercased()
            let named = names.contains { tailKey.contains($0) || $0.contains(tailKey.replacingOccurrences(of: " ", with: "")) }
            let looksLikeOutlet = named || (tail.split(separator: " ").count <= 4 && tail.count < 30 && tail.count * 3 < head.count)
            guard looksLikeOutlet else { continue }
            t = head
            // "Headline - Section - Outlet" (uCoz, DLE, Joomla: «… - أخبار الجهات - منبر الجنوب»): the
            // section goes with the outlet, as in "Outlet - Section - Headline" below.
            if named, let next = t.range(of: sep, options: .backwards) {
                let section = String(t[next.upperBound...]).trimmingWhitespace()
                let rest = String(t[..<next.lowerBound]).trimmingWhitespace()
                if !section.isEmpty, section.split(separator: " ").count <= 2, rest.count >= 3 * section.count { t = rest }
            }
            break
        }
        // "Outlet - Headline" and "Outlet | Headline".
        for sep in separators {
            guard let range = t.range(of: sep) else { continue }
            let head = t[..<range.lowerBound].lowercased().trimmingWhitespace()
            let tail = String(t[range.upperBound...]).trimmingWhitespace()
            if tail.count >= 10, names.contains(where: { head == $0 || head.replacingOccurrences(of: " ", with: "") == $0 }) {
                t = tail
                // "Outlet - Section - Headline" («جبلة برس - أخبار - اللاذقية: …»): the section too.
                if let next: Range<String.Index> = t.range(of: sep) {
                    let section = String(t[..<next.lowerBound]).trimmingWhitespace()
                    let rest = String(t[next.upperBound...]).trimmingWhitespace()
                    if !section.isEmpty, section.split(separator: " ").count <= 2, rest.count >= 3 * section.count { t = rest }
                }
                break
            }
        }
        // "Outlet: Headline" prefixes.
        if let colon = t.range(of: ": "), let outlet {
            let prefix = t[..<colon.lowerBound].lowercased()
            if prefix == outlet.lowercased() { t = String(t[colon.upperBound...]) }
        }
        return t
    }
}
