import CorroborateModel

/// English attribution rules: a mined cue lexicon finds the reporting expression, then the
/// source and content are read off the sentence around it.
///
/// Frames, with examples (tests in `EnglishRulesTests` check each):
/// - source before the cue, content after: "Officials said (that) the plan failed."
/// - content before, source after or before: "“It failed,” said Smith." / "It failed, he said."
/// - parenthetical: "The plan, he said, will fail." (discontinuous content)
/// - participle: "Cruz belittled the issue, calling it a distraction." (source = the subject)
/// - prepositional: "According to the report, …" / "…, according to people familiar with it."
/// - relay: "Fox News reported, citing a senior official, that …" (source = the official,
///   via = Fox News); addressee as channel: "X told Fox News that …" (via = Fox News).
/// - polarity: "denied that …" → negative; "declined to comment" → none.
/// Counter-examples: a cue inside a quotation is the quoted speaker's word, not a new
/// attribution; a cue with no source phrase and no quotation beside it is dropped.
public struct EnglishRules: AttributionRules {
    public var script: Script { .latin }
    /// Minimum probability under the learned cue model (or, without a model, minimum prior
    /// precision of the lexicon cue).
    public var threshold: Double
    /// Lexicon cues below this prior precision are not even considered.
    static let candidatePrior = 0.12

    public init(threshold: Double = 0.67) {
        self.threshold = threshold
    }

    public func attributions(in text: AnalyzedText, sentences: [Int]) -> [AttributionCandidate] {
        let model = CueModel.shared
        return scored(in: text, sentences: sentences).compactMap { c, features in
            var c = c
            if model.isEmpty || features == ["fixed"] {
                return c.confidence >= threshold ? c : nil
            }
            let prior = c.confidence
            c.confidence = model.probability(features)
            // "X reported, citing Y": an outlet passing on a named source is the clearest frame
            // there is; the model, fitted on political text where it is rare, is not needed.
            if !c.via.isEmpty, c.via.contains(where: { $0.kind == .outlet }), prior >= 0.5 {
                c.confidence = max(c.confidence, prior)
            }
            // A named subject denying something ("the ministry denied this") is what makes a
            // claim contested; a short object does not make it less of an attribution.
            if c.polarity == .negative, c.source?.spans.isEmpty == false,
               prior >= 0.5 || Self.hasDenialCue(features) {
                c.confidence = max(c.confidence, threshold)
            }
            return c.confidence >= threshold ? c : nil
        }.filter { c in
            guard let source = c.source else { return true }
            return !Self.isNegativeQuantifier(source) && !Self.isNegated(source, in: text)
                && !Self.adverbSubjects.contains(source.text.lowercased()) && !Self.isFigure(source)
        }
    }

    /// "The coverage so far tells us": an adverb read as the subject.
    static let adverbSubjects: Set<String> = [
        "far", "now", "then", "later", "earlier", "since", "yet", "still", "outside", "inside", "meanwhile", "however",
        "elsewhere", "separately", "instead", "overnight", "asked", "pressed", "questioned", "reached", "contacted",
        "approached", "speaking", "interviewed",
    ]

    /// "Nobody who would actually take the decision has confirmed it", "No one at the ministry
    /// confirmed the figure": the source phrase sits inside a subject that a negative quantifier
    /// opens, so no one made the statement (the words since the clause began are checked).
    static func isNegated(_ source: SourceMention, in text: AnalyzedText) -> Bool {
        guard let first = source.spans.first, text.paragraphs.indices.contains(first.paragraph) else { return false }
        let toks = text.paragraphs[first.paragraph].tokens
        guard var k = toks.firstIndex(where: { $0.start >= first.span.start }) else { return false }
        var words = 0
        while k > 0, words <= 12 {
            k -= 1
            let w = toks[k].lower
            if toks[k].kind == .punctuation {
                if Self.clauseBreaks.contains(w) { return false }
                continue
            }
            words += 1
            if w == "nobody" || w == "none" || w == "one" && k > 0 && toks[k - 1].lower == "no" { return true }
        }
        return false
    }

    static let clauseBreaks: Set<String> = [",", ";", ":", ".", "!", "?", "\"", "\u{201C}", "\u{201D}", "\u{2014}", "(", ")"]

    /// Whether the candidate's cue (its `cue=` feature) is a denial verb ("denies" has a low
    /// prior in PolNeAR's political text, yet a named denial is what makes a claim contested).
    static func hasDenialCue(_ features: [String]) -> Bool {
        features.contains { $0.hasPrefix("cue=") && EnglishFrame.denials.contains(String($0.dropFirst(4))) }
    }

    /// "gave a lower figure of 23", "the figure at 23": a figure is what was said, not who said it.
    static func isFigure(_ source: SourceMention) -> Bool {
        let words = source.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let k = words.firstIndex(where: { ["figure", "figures", "toll", "tally", "number", "count"].contains($0) })
        else { return false }
        return words.dropFirst(k + 1).contains { ["of", "at"].contains($0) } || words.last?.first?.isNumber == true
    }

    /// "Nobody has claimed the strike", "No government claimed it": no one is a source; nor is an
    /// indefinite "someone" ("until someone explains the gap, treat both numbers as provisional").
    static func isNegativeQuantifier(_ source: SourceMention) -> Bool {
        let words = source.text.lowercased().split(whereSeparator: { !$0.isLetter })
        let first = words.first.map(String.init) ?? ""
        if words.count == 1, ["someone", "somebody", "anyone", "anybody"].contains(first) { return true }
        return ["nobody", "none", "neither", "no"].contains(first)
    }

    /// Every candidate with its features (its `confidence` is the cue's prior precision).
    public func scored(in text: AnalyzedText, sentences: [Int]) -> [(AttributionCandidate, [String])] {
        var out: [(AttributionCandidate, [String])] = []
        let floor = CueModel.shared.isEmpty ? threshold : EnglishRules.candidatePrior
        for s in sentences {
            var frame = EnglishFrame(text: text, sentenceIndex: s)
            out.append(contentsOf: frame.attributions(threshold: floor).map { ($0.candidate, $0.features) })
        }
        return out
    }
}
