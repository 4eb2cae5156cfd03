/// Closed word classes the English rules use to find noun-phrase edges and classify sources.
enum EnglishWords {
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
        "your", "some", "many", "several", "both", "two", "three", "four", "one", "most", "few", "other", "no",
        "each", "every", "any", "all", "such", "more",
    ]
    static let indefinite: Set<String> = ["a", "an", "another", "one", "some", "several", "two", "three", "four", "many"]
    /// Words that end a noun phrase going leftwards (clause boundaries, verbs, complementizers).
    static let clauseWords: Set<String> = [
        "that", "and", "but", "or", "nor", "as", "because", "if", "when", "while", "which", "whom", "where",
        "after", "before", "since", "than", "so", "then", "what", "how", "why", "though", "although", "whether",
        "until", "unless", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "could", "should", "can", "may", "might", "must", "not", "also", "said", "says",
        "say", "told", "according", "yet", "once", "even", "just", "only", "still", "however", "meanwhile",
        "here", "there", "now", "today", "yesterday", "instead", "later", "earlier", "previously", "again",
        "too", "already", "repeatedly", "recently", "reportedly", "publicly", "privately", "who", "whose", "to",
        "by", "into", "onto", "about", "like", "over", "against", "during", "without", "through", "under",
    ]
    /// Prepositions that attach inside a source phrase ("a spokesman for the department").
    static let attachingPrepositions: Set<String> = ["of", "for", "at", "in", "with", "from", "on", "close", "to", "by",
                                                     "along", "near", "around", "across", "outside", "inside"]
    /// Adverbs allowed between a source and its cue ("he later said").
    static let interveningAdverbs: Set<String> = [
        "also", "later", "then", "repeatedly", "previously", "publicly", "privately", "recently", "again", "once",
        "reportedly", "further", "earlier", "often", "frequently", "first", "himself", "herself", "themselves",
        "itself", "flatly", "explicitly", "simply", "only", "had", "has", "have", "will", "would", "could", "long",
    ]
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you"]
    /// Heads of anonymous sources ("a senior official", "people familiar with the matter").
    static let anonymousHeads: Set<String> = [
        "official", "officials", "source", "sources", "people", "person", "aide", "aides", "insider", "insiders",
        "diplomat", "diplomats", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "operative",
        "operatives", "officer", "officers", "member", "members", "ally", "allies", "confidant", "confidants",
        "associate", "associates", "lawmaker", "lawmakers", "strategist", "strategists", "analyst", "analysts",
        "expert", "experts", "critics", "supporters", "witnesses", "witness", "observers", "residents",
        "survivors", "eyewitnesses", "villagers", "relatives", "families", "passengers", "rescuers",
        "activists", "locals", "volunteers", "protesters", "refugees", "migrants", "neighbors", "neighbours",
        "bankers", "banker", "traders", "trader", "dealers", "dealer", "investors", "negotiators",
        "employee", "employees", "worker", "workers", "nurse", "nurses", "doctor", "doctors", "medic", "medics",
        "paramedic", "paramedics", "firefighter", "firefighters", "soldier", "soldiers", "voter", "voters",
        // Ordinary roles: "a players' agent", "an executive at a Gulf shipping line", "the forwarder",
        // "an investigator" are unnamed people (and "the executive" later is that one again). Not
        // "guard": "the coast guard", "the National Guard" are bodies.
        "agent", "agents", "executive", "executives", "engineer", "engineers", "forwarder", "forwarders",
        "investigator", "investigators", "pilot", "pilots", "attendant", "attendants",
        "farmer", "farmers", "fisherman", "fishermen", "student", "students", "teacher", "teachers",
        "inmate", "inmates", "prisoner", "prisoners", "detainee", "detainees", "pilgrim", "pilgrims",
        "broker", "brokers", "driver", "drivers", "technician", "technicians", "contractor", "contractors",
        "insurer", "insurers", "shopkeeper", "shopkeepers", "pharmacist", "pharmacists", "miner", "miners",
        "politician", "politicians", "judge", "judges", "clerk", "clerks", "sailor", "sailors", "smuggler", "smugglers",
    ]
    static let outletWords: Set<String> = [
        "news", "times", "post", "journal", "herald", "tribune", "newspaper", "magazine", "network", "press",
        "reuters", "ap", "afp", "cnn", "msnbc", "nbc", "abc", "cbs", "bbc", "fox", "politico", "axios", "bloomberg",
        "breitbart", "guardian", "telegraph", "economist", "gazette", "daily", "radio", "tv", "television",
        "channel", "broadcaster", "outlet", "agency", "wire", "npr", "pbs", "hill", "atlantic", "vox", "slate",
        "huffpost", "newsweek", "globe", "observer", "sun", "star", "chronicle", "inquirer", "examiner", "mail",
        "jazeera", "sky", "reporter", "paper", "tass", "xinhua", "sana", "ria", "interfax",
        // Words that newspaper titles end in.
        "sentinel", "courier", "ledger", "dispatch", "bulletin", "recorder", "briefing", "review", "mirror",
        "express", "digest", "today", "now", "online", "monitor", "insider", "notes", "brief", "weekly",
        "portal", "files",
    ]
    static let organizationWords: Set<String> = [
        "department", "ministry", "agency", "committee", "council", "party", "campaign", "house", "pentagon",
        "senate", "congress", "administration", "government", "company", "inc", "corp", "corporation",
        "university", "institute", "foundation", "commission", "bureau", "office", "court", "board", "police",
        "army", "military", "coalition", "group", "organization", "union", "association", "center", "centre",
        "fbi", "cia", "nsa", "dhs", "doj", "gop", "rnc", "dnc", "un", "nato", "kremlin", "state", "team",
        "authorities", "service", "forces", "command", "republicans", "democrats", "cabinet", "parliament",
        "legislature", "firm", "bank", "fund", "network",
        "directorate", "authority", "federation", "syndicate", "ministries", "agencies", "hospital",
        "municipality", "guard", "crescent", "brigade", "brigades", "unit", "division", "headquarters",
        "secretariat", "prosecution", "judiciary", "railways", "railway",
        // The last word of a company's name ("Halvorsen Pharma", "Arwa Airways", "Thalassa Tanker
        // Management", "Tessera Energy Services").
        "pharma", "pharmaceuticals", "airways", "airlines", "airline", "holdings", "ltd", "llc", "plc", "gmbh",
        "services", "management", "logistics", "shipping", "petroleum", "industries", "laboratories", "telecom",
        "catering", "contracting", "insurance", "terminals", "partners", "capital",
    ]
    static let documentWords: Set<String> = [
        "report", "reports", "statement", "study", "studies", "poll", "polls", "survey", "surveys", "data",
        "analysis", "memo", "letter", "document", "documents", "filing", "complaint", "lawsuit", "ruling",
        "records", "figures", "bill", "research", "estimate", "estimates", "review", "audit", "investigation",
        "release", "website", "post", "tweet", "email", "emails", "transcript", "indictment", "order", "plan",
        "platform", "ad", "video", "book", "article", "story", "editorial", "numbers", "results", "findings",
        "paper", "assessment", "testimony", "affidavit", "motion", "brief", "guidance", "proposal",
    ]
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator", "governor", "secretary",
        "minister", "spokesman", "spokeswoman", "spokesperson", "chairman", "director", "leader", "judge",
    ]
}
