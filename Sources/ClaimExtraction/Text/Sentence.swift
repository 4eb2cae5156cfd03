import CorroborateModel

/// One sentence: a token range inside one paragraph.
public struct Sentence: Sendable, Hashable {
    public var paragraph: Int
    /// Token indices inside the paragraph.
    public var tokens: Range<Int>
    /// Code-point offsets inside the paragraph.
    public var span: Span
    public var script: Script

    public init(paragraph: Int, tokens: Range<Int>, span: Span, script: Script) {
        self.paragraph = paragraph
        self.tokens = tokens
        self.span = span
        self.script = script
    }
}
