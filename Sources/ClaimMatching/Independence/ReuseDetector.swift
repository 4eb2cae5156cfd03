import CorroborateModel

/// Finds text one article shares with another across a whole story, and who copied whom.
///
/// Every article's unquoted body is cut into hashed 8-word shingles and put into one inverted
/// index (shingle → articles). Only articles that share shingles are ever compared, so the cost is
/// linear in the text plus the number of shared shingles, never all pairs of full texts. A shingle
/// found in more than `maxPostings` articles is boilerplate (a wire tagline) and is skipped.
public struct ReuseDetector: Sendable {
    /// Shared shingles needed before a pair is reported (8 ≈ one 15-word run).
    public var minSharedShingles = 8
    /// ...or this share of the later article's shingles.
    public var minSharedFraction = 0.2
    public var maxPostings = 64

    public init() {}

    /// One reuse per ordered pair, strongest first within each copier.
    /// - Parameter credits: the outlet keys a document names as its sources (asked only for
    ///   documents that share text with another).
    public func detect(in documents: [Document],
                       credits: (Document) -> Set<String> = { _ in [] }) -> [Reuse] {
        let prints = documents.map { Shingles.of(TextFolding.words(Shingles.unquoted(Self.body($0)))) }
        var postings: [UInt64: [Int32]] = [:]
        for (d, set) in prints.enumerated() {
            for h in set { postings[h, default: []].append(Int32(d)) }
        }
        var shared: [Pair: Int] = [:]
        for list in postings.values where list.count > 1 && list.count <= maxPostings {
            for x in 0..<list.count {
                for y in (x + 1)..<list.count { shared[Pair(a: list[x], b: list[y]), default: 0] += 1 }
            }
        }
        let spans = documents.map { PublicationTime.span($0.article) }
        /// Whether `a` came after `b` by their dates; nil when the dates do not say (unknown, equal,
        /// or one a day that holds the other's moment).
        func ordered(_ a: Int, _ b: Int) -> Bool? {
            guard let sa = spans[a], let sb = spans[b], sa != sb, !sa.overlaps(sb) else { return nil }
            return sa.lowerBound > sb.lowerBound
        }
        var creditCache: [Int: Set<String>] = [:]
        func credited(_ d: Int, _ other: Int) -> Bool {
            if creditCache[d] == nil { creditCache[d] = credits(documents[d]) }
            return creditCache[d]!.contains(OutletIdentity.key(of: documents[other]))
        }
        var result: [Reuse] = []
        for (pair, count) in shared {
            let (a, b) = (Int(pair.a), Int(pair.b))
            let fracA = Double(count) / Double(max(1, prints[a].count))
            let fracB = Double(count) / Double(max(1, prints[b].count))
            guard count >= minSharedShingles || max(fracA, fracB) >= minSharedFraction else { continue }
            let aCredits = credited(a, b)
            let bCredits = credited(b, a)
            let aIsLater: Bool
            if let later = ordered(a, b) {
                aIsLater = later
            } else if aCredits != bCredits {
                aIsLater = aCredits
            } else if (spans[a] == nil) != (spans[b] == nil) {
                // An undated page (a forum post, a mailed bulletin, a scraper) beside a dated
                // article: the dated one published it (a newsroom dates what it publishes).
                aIsLater = spans[a] == nil
            } else if fracA != fracB {
                aIsLater = fracA > fracB                        // the copier's text is mostly the copy
            } else {
                aIsLater = a > b
            }
            let (from, to) = aIsLater ? (b, a) : (a, b)
            let fraction = aIsLater ? fracA : fracB
            guard count >= minSharedShingles || fraction >= minSharedFraction else { continue }
            result.append(Reuse(from: documents[from].id, to: documents[to].id,
                                sharedText: (fraction * 1000).rounded() / 1000,
                                credited: aIsLater ? aCredits : bCredits))
        }
        return result.sorted { ($0.to, -$0.sharedText, $0.from) < ($1.to, -$1.sharedText, $1.from) }
    }

    /// The text that can be copied: body blocks except captions, headline first.
    static func body(_ document: Document) -> String {
        var parts = [document.article.headline ?? ""]
        for p in document.article.paragraphs where p.kind != .caption { parts.append(p.text) }
        return parts.joined(separator: "\n")
    }

    private struct Pair: Hashable {
        var a: Int32
        var b: Int32
    }
}
