/// How far `TextNormalizer` folds text.
///
/// The levels are cumulative: `match` does everything `light` does, and `aggressive` everything
/// `match` does.
public enum NormalizationLevel: Sendable, Hashable, CaseIterable {
    /// For display and offsets: bidi and zero-width format characters removed, whitespace runs
    /// collapsed to one space. Letters, harakat, digits and punctuation are kept.
    case light
    /// For every comparison (lexicon lookups, entity aliases, number parsing): `light`, plus
    /// compatibility forms decomposed, harakat/Quranic marks and tatweel removed, alef variants,
    /// alef maqsura, ta marbuta and Persian letters folded, all digits to ASCII, Arabic
    /// punctuation to ASCII, quotes to `"`/`'`, dashes to `-`, Latin lower-cased without accents.
    case match
    /// For fuzzy name keys only: `match`, plus ؤ → و, ئ → ي and ء dropped.
    case aggressive
}
