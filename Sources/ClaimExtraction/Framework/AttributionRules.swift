import CorroborateModel

/// A language's attribution rules: the one extension point of claim extraction.
///
/// # How a language plugs in
/// 1. Write a type conforming to `AttributionRules` in your own folder
///    (`Sources/ClaimExtraction/Arabic/ArabicRules.swift`). Set `script` to the script of the
///    sentences you read (`.arabic`); the extractor hands you exactly those sentences.
/// 2. In `attributions(in:sentences:)`, read `text.sentences[i]` (a token range of
///    `text.paragraphs[p]`; every offset is a Unicode code point inside that paragraph, i.e. an
///    index into `paragraph.scalars`), and return one `AttributionCandidate` per attributed
///    statement: source mention, cue and content spans (`TextSpan`s, several for a
///    discontinuous or multi-paragraph content), quote kind, polarity and relay mentions (`via`).
///    Quotations are already found across paragraphs: `text.quotation(paragraph:token:)`.
/// 3. Describe each source mention with `SourceMention` (its kind, and whether it is a name,
///    a description such as "المسؤول", a pronoun, or `.implicit` for a dropped subject as in
///    "وأضاف"). Do NOT resolve coreference yourself: `SourceResolver` links pronouns, definite
///    descriptions and implicit subjects to earlier sources, picks canonical names, carries
///    relay chains (`via`) from the lead to later statements, and drops the article's own outlet.
/// 4. Register the rules in `RuleRegistry.standard` (one line).
/// Rules must be linear in the text: no rescans of the whole document per cue.
public protocol AttributionRules: Sendable {
    /// The script of the sentences these rules read.
    var script: Script { get }

    /// Attributed statements found in `sentences` (indices into `text.sentences`, in order).
    func attributions(in text: AnalyzedText, sentences: [Int]) -> [AttributionCandidate]
}
