import CorroborateModel

/// Article → claims: who said what, with cue, content, quote kind, polarity and relay chain.
///
/// Runs each registered `AttributionRules` on the sentences of its script, resolves sources
/// inside each article (`SourceResolver`), and numbers documents, sources and claims
/// deterministically (`d1`, `s1`, `c1`, … in input and reading order).
public struct ClaimExtractor: Sendable {
    public struct Options: Sendable {
        /// Also emit the article's own-voice factual sentences as claims (cue `""`, no relay,
        /// source = the outlet). The report stage flags them `unattributed`. Off for `claims`.
        public var includeUnattributed: Bool
        /// One claim per reported clause: "X said A, and that B" / «وأضاف أن A وأن B» gives two
        /// claims of the same source, so each fact is matched across outlets on its own. Off for
        /// `claims` (one attribution, one claim, as annotated corpora count them).
        public var splitFacts: Bool
        /// Rule sets, one per script.
        public var rules: [any AttributionRules]

        public init(includeUnattributed: Bool = false, splitFacts: Bool = false,
                    rules: [any AttributionRules] = RuleRegistry.standard) {
            self.includeUnattributed = includeUnattributed
            self.splitFacts = splitFacts
            self.rules = rules
        }

        /// What a story report needs: own-voice sentences, and one claim per fact.
        public static let story = Options(includeUnattributed: true, splitFacts: true)
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Attribution candidates of one analysed text, in reading order (headings and captions skipped).
    public func attributions(in text: AnalyzedText) -> [AttributionCandidate] {
        var found: [AttributionCandidate] = []
        for rules in options.rules {
            let picked = text.sentences.indices.filter {
                let s = text.sentences[$0]
                return s.script == rules.script && text.paragraphs[s.paragraph].canHoldClaims
            }
            if picked.isEmpty { continue }
            found.append(contentsOf: rules.attributions(in: text, sentences: picked))
        }
        found.sort { $0.position < $1.position }
        return found
    }

    /// Claims of several articles, numbered `d1…`, `s1…`, `c1…`.
    public func extract(_ articles: [Article]) -> ClaimSet {
        var set = ClaimSet(documents: [], sources: [], claims: [])
        for (i, article) in articles.enumerated() {
            let doc = Document(id: "d\(i + 1)", article: article)
            set.documents.append(doc)
            let text = AnalyzedText(article: article)
            ClaimBuilder(document: doc.id, text: text, outlet: article.outlet)
                .build(attributions(in: text),
                       includeUnattributed: options.includeUnattributed, splitFacts: options.splitFacts, into: &set)
        }
        return set
    }

    /// Claims of one article.
    public func extract(_ article: Article) -> ClaimSet {
        extract([article])
    }
}
