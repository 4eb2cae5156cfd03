import CorroborateModel

/// A body block as the walk emits it, before the block filters run.
struct RawBlock {
    var kind: Paragraph.Kind
    var text: String
    /// Scalars of the text that sat inside links.
    var linkLength: Int
    /// Every scalar of the text sat inside `<b>`/`<strong>` (a subheading when short).
    var allBold: Bool
    /// Links whose anchor text lies in this block.
    var links: [Link]
}
