import CorroborateModel

/// Turns one article's attribution candidates into `Source` and `Claim` values.
///
/// Offsets are code points relative to the claim's first paragraph; a span in a later paragraph
/// is counted through the body as `Article.bodyText` joins it (blocks separated by "\n\n").
struct ClaimBuilder {
    let document: String
    let text: AnalyzedText
    let outlet: String?

    /// "The ministry put the toll at nine, while the governor has said 12": a statement in a
    /// contrasting clause is set against the outer one, not reported by it.
    func opensContrast(_ c: AttributionCandidate) -> Bool {
        follows(c, ClaimBuilder.contrasts)
    }

    /// Whether the candidate's clause (the earlier of source and cue: English puts the subject
    /// first, Arabic the verb) comes right after one of `openers`.
    private func follows(_ c: AttributionCandidate, _ openers: [String]) -> Bool {
        guard let start = ((c.source?.spans ?? []) + c.cue).min(by: {
            ($0.paragraph, $0.span.start) < ($1.paragraph, $1.span.start)
        }) else { return false }
        let scalars = text.paragraphs[start.paragraph].scalars
        let from = max(0, start.span.start - 12)
        guard from < start.span.start, start.span.start <= scalars.count else { return false }
        let before = String(String.UnicodeScalarView(scalars[from..<start.span.start])).lowercased()
        return openers.contains { before.hasSuffix($0) }
    }

    static let contrasts = ["while ", "whereas ", "but ", "بينما ", "في حين ", "فيما "]

    /// "… the first ship hit since the Houthis announced a pause …": a statement in a temporal
    /// clause is background to the sentence, which stays the outlet's own assertion.
    static let temporalOpeners = ["since ", "after ", "before ", "until ", "منذ أن ", "بعد أن ", "قبل أن ", "منذ ان ", "بعد ان "]

    func build(_ candidates: [AttributionCandidate], includeUnattributed: Bool, splitFacts: Bool = false,
               into set: inout ClaimSet) {
        var resolver = SourceResolver(outlet: outlet)
        var resolved: [(AttributionCandidate, Int, [Int])] = []
        // A statement whose content holds another attribution ("X said …, according to Y") names
        // a relay, not the speaker a later "he said" refers to.
        var bySentence: [Int: [Int]] = [:]
        for (i, c) in candidates.enumerated() { bySentence[c.sentence, default: []].append(i) }
        func holds(_ i: Int, _ j: Int) -> Bool {
            guard j != i, let cue = candidates[j].cue.first else { return false }
            return candidates[i].content.contains {
                $0.paragraph == cue.paragraph && $0.span.start <= cue.span.start && cue.span.end <= $0.span.end
            }
        }
        func holdsAnother(_ i: Int) -> Bool {
            bySentence[candidates[i].sentence, default: []].contains { j in
                guard holds(i, j) else { return false }
                // Each inside the other ("X said A, according to Y", where A kept the trailing
                // relay): the container is the later cue.
                guard holds(j, i), let mine = candidates[i].cue.first, let theirs = candidates[j].cue.first else { return true }
                return (mine.paragraph, mine.span.start) > (theirs.paragraph, theirs.span.start)
            }
        }
        for (i, c) in candidates.enumerated() {
            let r = resolver.resolve(c, paragraph: c.position.paragraph, speaks: !holdsAnother(i))
            resolved.append((c, r.source, r.via))
        }
        // A statement reported inside another one's content ("Baghdad understood X, the
        // official said") comes through that reporter: its chain gains the outer source.
        for i in resolved.indices {
            guard let cue = resolved[i].0.cue.first, !opensContrast(resolved[i].0),
                  let outer = bySentence[resolved[i].0.sentence, default: []].first(where: { j in
                      j != i && resolved[j].0.content.contains {
                          $0.paragraph == cue.paragraph && $0.span.start <= cue.span.start && cue.span.end <= $0.span.end
                      }
                  }) else { continue }
            // The outer chain comes first, then the channels the inner sentence names itself
            // ("A medical source quoted by Taiz Online said …, Aden Gate reported").
            let chain = resolved[outer].2 + [resolved[outer].1]
            if resolved[i].1 != resolved[outer].1 && !chain.contains(resolved[i].1) {
                resolved[i].2 = chain + resolved[i].2.filter { !chain.contains($0) }
            }
        }
        // In a sentence whose other statement came through an outlet, a statement with no channel
        // of its own by that statement's speaker ("The party claimed victory, its spokesman telling
        // the Chronicle that …") or a denial beside it ("…; Rising Homeland denies it") came through
        // the same outlet.
        for i in resolved.indices where resolved[i].2.isEmpty && resolver.entities[resolved[i].1].kind != .outlet {
            guard let sibling = bySentence[resolved[i].0.sentence, default: []].first(where: { j in
                j != i && resolved[j].2.last.map { resolver.entities[$0].kind == .outlet } == true
            }), let outlet = resolved[sibling].2.last else { continue }
            if resolved[sibling].2.contains(resolved[i].1) || resolved[i].0.polarity == .negative {
                resolved[i].2 = [outlet]
            }
        }
        var covered = Set<Int>()  // sentences holding an attribution
        for (c, _, _) in resolved where !follows(c, Self.temporalOpeners) {
            for s in c.cue + c.content + (c.source?.spans ?? []) {
                if let i = sentenceIndex(s.paragraph, s.span.start) { covered.insert(i) }
            }
        }
        var unattributed: [(AttributionCandidate, Int, [Int])] = []
        if includeUnattributed {
            let own = outlet ?? "the article"
            let mention = SourceMention(spans: [], text: own, kind: .outlet, reference: .name,
                                        head: own.lowercased(), isDefinite: true)
            for (i, s) in text.sentences.enumerated() where !covered.contains(i) && OwnVoice.isFactual(s, in: text) {
                let c = AttributionCandidate(source: mention, cue: [],
                                             content: [TextSpan(paragraph: s.paragraph, span: s.span)],
                                             quote: .indirect, polarity: .positive, sentence: i)
                unattributed.append((c, -1, []))
            }
            if !unattributed.isEmpty { resolved += unattributed }
        }
        // Source ids in order of first use.
        var ids: [Int: String] = [:]
        var ownID: String? = nil
        func id(_ e: Int) -> String {
            if let s = ids[e] { return s }
            let s = "s\(set.sources.count + 1)"
            ids[e] = s
            let ent = resolver.entities[e]
            let mentions = ent.mentions.map {
                Source.Mention(document: document, paragraph: $0.paragraph, text: $0.text, span: $0.span)
            }
            set.sources.append(Source(id: s, name: ent.name, kind: ent.kind, mentions: mentions))
            return s
        }
        resolved.sort { $0.0.position < $1.0.position }
        for (c, e, via) in resolved {
            let sourceID: String
            if e < 0 {
                if ownID == nil {
                    ownID = "s\(set.sources.count + 1)"
                    set.sources.append(Source(id: ownID!, name: outlet ?? "the article", kind: .outlet))
                }
                sourceID = ownID!
            } else {
                sourceID = id(e)
            }
            if e >= 0, splitFacts {
                for piece in ContentPieces(text: text).split(c.content) {
                    var c = c
                    c.content = piece
                    set.claims.append(claim(c, id: "c\(set.claims.count + 1)", source: sourceID, via: via.map(id)))
                }
                continue
            }
            set.claims.append(claim(c, id: "c\(set.claims.count + 1)", source: sourceID, via: via.map(id)))
        }
    }

    private func claim(_ c: AttributionCandidate, id: String, source: String, via: [String]) -> Claim {
        let all = c.cue + c.content + (c.source?.spans ?? [])
        let first = all.min() ?? TextSpan(paragraph: 0, 0, 0)
        let last = all.max { ($0.paragraph, $0.span.end) < ($1.paragraph, $1.span.end) } ?? first
        let p0 = first.paragraph
        let startSentence = sentenceIndex(first.paragraph, first.span.start).map { text.sentences[$0] }
        let endSentence = sentenceIndex(last.paragraph, max(last.span.start, last.span.end - 1)).map { text.sentences[$0] }
        let textStart = TextSpan(paragraph: p0, span: Span(startSentence?.span.start ?? first.span.start, 0))
        let textEnd = TextSpan(paragraph: last.paragraph, span: Span(0, endSentence?.span.end ?? last.span.end))
        var pieces: [String] = []
        for p in textStart.paragraph...textEnd.paragraph {
            let lo = p == textStart.paragraph ? textStart.span.start : 0
            let hi = p == textEnd.paragraph ? textEnd.span.end : text.paragraphs[p].scalars.count
            pieces.append(text.paragraphs[p].string(Span(lo, hi)))
        }
        let offsets = Claim.Offsets(text: Span(textStart.span.start, relative(textEnd.paragraph, textEnd.span.end, to: p0)),
                                    source: (c.source?.spans ?? []).map { relative($0, to: p0) },
                                    cue: c.cue.map { relative($0, to: p0) },
                                    content: c.content.map { relative($0, to: p0) })
        return Claim(id: id, document: document, paragraph: p0, text: pieces.joined(separator: "\n\n"),
                     content: join(c.content), cue: join(c.cue), quote: c.quote, polarity: c.polarity,
                     source: source, via: via, offsets: offsets)
    }

    private func join(_ spans: [TextSpan]) -> String {
        var out = ""
        var lastParagraph: Int? = nil
        for s in spans.sorted() {
            let piece = text.string(s)
            if let l = lastParagraph { out += l == s.paragraph ? " " : "\n\n" }
            out += piece
            lastParagraph = s.paragraph
        }
        return out
    }

    private func relative(_ s: TextSpan, to p0: Int) -> Span {
        Span(relative(s.paragraph, s.span.start, to: p0), relative(s.paragraph, s.span.end, to: p0))
    }

    private func relative(_ paragraph: Int, _ offset: Int, to p0: Int) -> Int {
        guard paragraph > p0 else { return offset }
        var base = 0
        for p in p0..<paragraph { base += text.paragraphs[p].scalars.count + 2 }
        return base + offset
    }

    /// The sentence holding code point `offset` of `paragraph` (binary search).
    func sentenceIndex(_ paragraph: Int, _ offset: Int) -> Int? {
        guard paragraph < text.sentencesOfParagraph.count else { return nil }
        let range = text.sentencesOfParagraph[paragraph]
        guard !range.isEmpty else { return nil }
        var lo = range.lowerBound, hi = range.upperBound - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if text.sentences[mid].span.start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
