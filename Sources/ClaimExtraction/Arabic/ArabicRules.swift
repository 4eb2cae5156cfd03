import CorroborateModel
import Linguistics

/// Arabic attribution rules (reference §1): speech verbs with proclitics and a per-lemma gate,
/// verb–subject order, prepositional cues, frames, documents, relays, denials, negation,
/// no-comment, anonymity and writer's-voice cues.
///
/// Examples (each is checked in `ArabicRulesTests`):
/// - "وقال المسؤول إن …" → source المسؤول (resolved to the earlier official), indirect.
/// - "كشفت شبكة "فوكس نيوز"، نقلًا عن مسؤول استخباراتي أميركي رفيع، أن …" → source the
///   anonymous official, via Fox News.
/// - "وأضاف: "…"" → zero subject: the current speaker; direct.
/// - "وبحسب "فوكس نيوز" أشرف …" → source Fox News (outlet).
/// - "واختتم بالقول، بحسب ما نقلت "فوكس نيوز": "…"" → the current speaker via Fox News.
/// - "ونفت الوزارة صحة التقارير" → polarity negative; "ورفض المتحدث التعليق" → none.
/// Counter-examples: "لم يذكر المسؤول أن …" (negated), "يُذكر أن …" / "يُعتقد أن …" (the
/// writer's voice), "نقل المعتقلين" (transfer: نقل needs عن), "تابعة لـ" / "بين الطرفين".
public struct ArabicRules: AttributionRules {
    public var script: Script { .arabic }
    let catalog: EntityCatalog

    public init(catalog: EntityCatalog = .standard) {
        self.catalog = catalog
    }

    public func attributions(in text: AnalyzedText, sentences: [Int]) -> [AttributionCandidate] {
        var out: [AttributionCandidate] = []
        var cache: [Int: ArabicParagraph] = [:]
        var hasSpeaker = false
        for s in sentences {
            let p = text.sentences[s].paragraph
            let ap = cache[p] ?? ArabicParagraph(index: p, paragraph: text.paragraphs[p], catalog: catalog)
            cache[p] = ap
            var reader = ArabicSentenceReader(text: text, paragraph: ap, sentenceIndex: s)
            for c in reader.read() {
                // A dropped subject ("وأضاف أن") with no speaker before it in the article has
                // nobody to refer to: leave the sentence unattributed rather than invent one.
                if c.source?.reference == .implicit, !hasSpeaker { continue }
                if c.source != nil { hasSpeaker = true }
                out.append(c)
            }
        }
        return out
    }
}
