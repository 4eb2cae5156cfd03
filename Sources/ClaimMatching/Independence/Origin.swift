import CorroborateModel

/// Where a claim ultimately comes from, after following its attribution chain and merging
/// sources that are the same entity.
public struct Origin: Sendable, Hashable {
    /// What kind of origin this is, from the claims that trace back to it.
    public enum Kind: String, Sendable, Hashable, Comparable {
        /// A named person, organisation or document.
        case named
        /// An anonymous source; only the relaying outlet vouches for it.
        case anonymous
        /// "According to <outlet>", with nothing further.
        case outlet
        /// The outlet's own voice, no source given.
        case ownVoice

        public static func < (a: Kind, b: Kind) -> Bool { a.rank < b.rank }
        private var rank: Int {
            switch self { case .named: 0; case .anonymous: 1; case .outlet: 2; case .ownVoice: 3 }
        }
    }

    /// Merge key: `named:<name>`, or `outlet:<outlet>` for everything an outlet vouches for alone
    /// (its anonymous sources, claims credited to it, its own voice).
    public var key: String
    /// The source id that stands for this origin in reports (the most informative name).
    public var representative: String
}

/// One claim's place in the attribution graph.
public struct ClaimTrace: Sendable, Hashable {
    /// Index into `OriginResolution.origins`.
    public var origin: Int
    public var kind: Origin.Kind
    /// Outlet key (or `named:` key) of whoever passed the claim on last before the source:
    /// the last intermediary, else the publishing outlet (or, for copied text, the outlet copied).
    public var relay: String
    /// Document id the claim's text was copied from, if it was.
    public var copiedFrom: String?
    /// "It was reported that …": a report that names no source at all.
    public var impersonal = false
}

/// The origins of all claims in a story.
public struct OriginResolution: Sendable {
    public var origins: [Origin]
    /// Claim id → its trace.
    public var traces: [String: ClaimTrace]
    /// Origin index → source id → number of claims.
    public var sourceCounts: [[String: Int]]
    /// Document id → outlet key of its publisher.
    public var outletOfDocument: [String: String] = [:]
}
