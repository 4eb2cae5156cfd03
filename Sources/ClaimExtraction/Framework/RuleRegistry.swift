import CorroborateModel

/// The rule sets the extractor runs by default, one per script.
public enum RuleRegistry {
    /// English for Latin-script sentences, Arabic for Arabic-script sentences.
    public static var standard: [any AttributionRules] {
        [EnglishRules(), ArabicRules()]
    }
}
