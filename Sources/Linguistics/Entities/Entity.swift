/// A named entity known across scripts: one canonical id, its English and Arabic names.
public struct Entity: Sendable, Hashable {
    /// What an entity is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case person
        /// A news outlet or agency (Fox News, Reuters, الجزيرة).
        case outlet
        /// A government body, institution, company or NGO.
        case organization
        /// An armed group or militia.
        case group
        case country
        case city
        /// A camp, airport, prison, region or other place.
        case place
    }

    /// Stable id, e.g. `fox-news`, `isis`, `sdf`.
    public let id: String
    public let kind: Kind
    /// Preferred English name.
    public let name: String
    /// Every English alias (including `name`).
    public let english: [String]
    /// Every Arabic alias.
    public let arabic: [String]

    public init(id: String, kind: Kind, name: String, english: [String] = [], arabic: [String] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.english = english.contains(name) ? english : [name] + english
        self.arabic = arabic
    }
}

/// One place in a text where a known entity is named.
public struct EntityMention: Sendable, Hashable {
    public let entity: Entity
    /// Code-point offsets `[start, end)` in the source text.
    public let range: Range<Int>
    /// Token indices `[start, end)` in the tokenised text.
    public let tokens: Range<Int>
}
