import CorroborateModel

/// The rule sets the extractor runs by default, one per script.
public enum RuleRegistry {
    /// English for Latin-script sentences. Arabic rules register here (one line) when they land.
    public static var standard: [any AttributionRules] {
        [EnglishRules()]
    }
}
