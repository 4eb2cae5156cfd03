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
    /// Minimum prior precision of a lexicon cue.
    public var threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    public func attributions(in text: AnalyzedText, sentences: [Int]) -> [AttributionCandidate] {
        var out: [AttributionCandidate] = []
        for s in sentences {
            var frame = EnglishFrame(text: text, sentenceIndex: s)
            out.append(contentsOf: frame.attributions(threshold: threshold))
        }
        return out
    }
}
