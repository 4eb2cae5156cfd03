import CorroborateModel

/// Which claims an article took, as text, from an earlier article (credited or not).
///
/// Only pairs already found by `ReuseDetector` are looked at: the article-level copy is
/// established, so a sentence only has to be recognisably the same one. A claim counts as copied
/// from an earlier article when at least half of its 3-word shingles occur there (copy editors
/// swap a conjunction or a date word: «كما انقطع» → «فيما انقطع» leaves most 3-grams, but few
/// 8-grams, intact); a claim shorter than three words must occur whole. Copies of copies are
/// followed back to the first.
struct CopiedClaims {
    static let minShare = 0.5
    static let shingleLength = 3

    /// Claim id → the document id the claim's text was first published in.
    static func find(claims: [Claim], documents: [Document], reuse: [Reuse]) -> [String: String] {
        var copiedFrom: [String: [String]] = [:]
        for r in reuse { copiedFrom[r.to, default: []].append(r.from) }
        guard !copiedFrom.isEmpty else { return [:] }
        let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var prints: [String: (shingles: Set<UInt64>, folded: String)] = [:]
        func print(_ id: String) -> (shingles: Set<UInt64>, folded: String) {
            if let p = prints[id] { return p }
            let words = byID[id].map { TextFolding.words(ReuseDetector.body($0)) } ?? []
            let p = (Shingles.of(words, n: shingleLength), " " + words.joined(separator: " ") + " ")
            prints[id] = p
            return p
        }
        var result: [String: String] = [:]
        for claim in claims where copiedFrom[claim.document] != nil {
            let words = TextFolding.words(claim.text)
            guard !words.isEmpty else { continue }
            let shingles = Shingles.of(words, n: shingleLength)
            let folded = " " + words.joined(separator: " ") + " "
            func contained(in doc: String) -> Bool {
                let p = print(doc)
                if shingles.isEmpty { return p.folded.contains(folded) }
                let hits = shingles.reduce(0) { $0 + (p.shingles.contains($1) ? 1 : 0) }
                return Double(hits) >= minShare * Double(shingles.count)
            }
            var current = claim.document
            var visited: Set<String> = [current]
            while let next = copiedFrom[current]?.first(where: { !visited.contains($0) && contained(in: $0) }) {
                visited.insert(next)
                current = next
            }
            if current != claim.document { result[claim.id] = current }
        }
        return result
    }

    /// Copied claim id → the claim of the article it was copied from that says the same thing
    /// (most of its content's 3-word shingles there), when there is one: «وأفاد شخصان مطّلعان»
    /// in a copy that dropped the credit is the translation's «ونقل "سيركت ليدجر" عن شخصين».
    static func originals(claims: [Claim], copiedFrom: [String: String]) -> [String: String] {
        guard !copiedFrom.isEmpty else { return [:] }
        let wanted = Set(copiedFrom.values)
        var byDocument: [String: [(id: String, shingles: Set<UInt64>)]] = [:]
        for c in claims where wanted.contains(c.document) && copiedFrom[c.id] == nil {
            byDocument[c.document, default: []].append((c.id, Shingles.of(TextFolding.words(c.content), n: shingleLength)))
        }
        var result: [String: String] = [:]
        for c in claims {
            guard let doc = copiedFrom[c.id], let candidates = byDocument[doc] else { continue }
            let shingles = Shingles.of(TextFolding.words(c.content), n: shingleLength)
            guard !shingles.isEmpty else { continue }
            var best: (id: String, share: Double)?
            for candidate in candidates where !candidate.shingles.isEmpty {
                let share = Double(shingles.intersection(candidate.shingles).count)
                    / Double(max(shingles.count, candidate.shingles.count))
                if share >= minShare, share > best?.share ?? 0 { best = (candidate.id, share) }
            }
            if let best { result[c.id] = best.id }
        }
        return result
    }
}
