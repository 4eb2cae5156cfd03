/// What a report says about one group of matched claims. Findings are data, not errors.
public enum Finding: String, Codable, Sendable, Hashable, CaseIterable {
    /// Two or more independent origins.
    case corroborated
    case singleSource = "single-source"
    case anonymousOnly = "anonymous-only"
    /// A denial or contradiction.
    case contested
    case numberConflict = "number-conflict"
    /// The outlet's own voice, no source given.
    case unattributed
}

/// Claims from one or more articles that state the same thing.
public struct Cluster: Codable, Sendable, Hashable {
    public var id: String
    public var claims: [String]
    public var documents: [String]
    /// Source ids of the distinct origins behind the claims.
    public var rootSources: [String]
    public var independentSources: Int
    public var findings: [Finding]
    public var conflicts: [Conflict]

    public init(id: String, claims: [String], documents: [String], rootSources: [String],
                independentSources: Int, findings: [Finding], conflicts: [Conflict]) {
        self.id = id
        self.claims = claims
        self.documents = documents
        self.rootSources = rootSources
        self.independentSources = independentSources
        self.findings = findings
        self.conflicts = conflicts
    }
}

/// Two or more claims in a cluster that cannot all be true.
public struct Conflict: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        case number, denial, contradiction
    }

    public var kind: Kind
    public var claims: [String]
    /// Human-readable reason ("6,000 vs 7,000").
    public var reason: String

    public init(kind: Kind, claims: [String], reason: String) {
        self.kind = kind
        self.claims = claims
        self.reason = reason
    }
}

/// Text one article shares with another, uncredited or credited.
public struct Reuse: Codable, Sendable, Hashable {
    /// Document id of the earlier (copied) article.
    public var from: String
    /// Document id of the later (copying) article.
    public var to: String
    /// Share of the later article's word 8-grams that also occur in the earlier one (0...1).
    public var sharedText: Double
    /// Whether the later article names the earlier one's outlet.
    public var credited: Bool

    public init(from: String, to: String, sharedText: Double, credited: Bool) {
        self.from = from
        self.to = to
        self.sharedText = sharedText
        self.credited = credited
    }
}

/// The story as a whole.
public struct Story: Codable, Sendable, Hashable {
    public var firstPublisher: String?
    public var outlets: [String]
    public var timeSpan: TimeSpan?
    /// Document ids of outlets that added no sourcing of their own.
    public var noOwnSourcing: [String]
    /// The story's distinct origins, most claims first (absent in reports written before it existed).
    public var origins: [StoryOrigin]?

    public init(firstPublisher: String?, outlets: [String], timeSpan: TimeSpan?, noOwnSourcing: [String],
                origins: [StoryOrigin]? = nil) {
        self.firstPublisher = firstPublisher
        self.outlets = outlets
        self.timeSpan = timeSpan
        self.noOwnSourcing = noOwnSourcing
        self.origins = origins
    }

    public struct TimeSpan: Codable, Sendable, Hashable {
        public var start: String
        public var end: String

        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }
    }
}

/// Everything `corroborate claims` prints.
public struct ClaimSet: Codable, Sendable, Hashable {
    public var documents: [Document]
    public var sources: [Source]
    public var claims: [Claim]

    public init(documents: [Document], sources: [Source], claims: [Claim]) {
        self.documents = documents
        self.sources = sources
        self.claims = claims
    }
}

/// Everything `corroborate report --format json` prints.
public struct Report: Codable, Sendable, Hashable {
    public var documents: [Document]
    public var sources: [Source]
    public var claims: [Claim]
    public var clusters: [Cluster]
    public var reuse: [Reuse]
    public var story: Story

    public init(documents: [Document], sources: [Source], claims: [Claim], clusters: [Cluster],
                reuse: [Reuse], story: Story) {
        self.documents = documents
        self.sources = sources
        self.claims = claims
        self.clusters = clusters
        self.reuse = reuse
        self.story = story
    }
}

/// One distinct origin across the whole story (the verdict's "1 independent origin: ...").
///
/// Added for the report stage: `Cluster.rootSources` name origins per group; this lists them once
/// for the story, with who relayed them and how much of the story rests on each.
public struct StoryOrigin: Codable, Sendable, Hashable {
    /// Source id that stands for the origin.
    public var source: String
    public var name: String
    public var kind: Source.Kind
    /// Display names of the outlets that passed it on (intermediaries, else publishers), most first.
    public var relays: [String]
    /// Number of claims traced back to it.
    public var claims: Int
    /// Ids of the clusters it is an origin of.
    public var clusters: [String]
    /// Every source id merged into this origin (the same entity named differently, in either
    /// language, or in different articles).
    public var sources: [String]

    public init(source: String, name: String, kind: Source.Kind, relays: [String], claims: Int, clusters: [String],
                sources: [String] = []) {
        self.source = source
        self.name = name
        self.kind = kind
        self.relays = relays
        self.claims = claims
        self.clusters = clusters
        self.sources = sources
    }
}
