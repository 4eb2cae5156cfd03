/// Normalised text that remembers where each of its scalars came from.
///
/// Matching runs on `scalars`; a hit `[i, j)` is reported in the source's own Unicode code-point
/// offsets with `sourceRange(_:)`, so spans always point into the original text.
public struct NormalizedText: Sendable, Hashable {
    /// The normalised code points.
    public let scalars: [Unicode.Scalar]
    /// `origins[i]` is the code-point offset, in the source, of the scalar that produced
    /// `scalars[i]` (one source scalar may produce several, e.g. ﻻ → ل ا).
    public let origins: [Int]
    /// `ends[i]` is the source offset just past `scalars[i]` and the marks that followed it.
    public let ends: [Int]
    /// Number of code points in the source text.
    public let sourceLength: Int

    init(scalars: [Unicode.Scalar], origins: [Int], ends: [Int], sourceLength: Int) {
        self.scalars = scalars
        self.origins = origins
        self.ends = ends
        self.sourceLength = sourceLength
    }

    /// The normalised text as a `String`.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The normalised text of `range` (normalised offsets) as a `String`.
    public func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// Maps a range of normalised offsets back to source code-point offsets `[start, end)`.
    ///
    /// The end covers marks and tatweel that followed the last kept scalar in the source, so a
    /// word's span includes its harakat.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        let r = range.clamped(to: 0..<scalars.count)
        guard !r.isEmpty else {
            let at = r.lowerBound < origins.count ? origins[r.lowerBound] : sourceLength
            return at..<at
        }
        let start = origins[r.lowerBound]
        return start..<max(ends[r.upperBound - 1], start)
    }
}
