import CorroborateModel

/// Who published a document, as a comparable key and a display name.
public enum OutletIdentity {
    /// The outlet key of a document: its outlet name, else the host of its URL, else its id
    /// (an unknown publisher is never merged with another).
    public static func key(of document: Document) -> String {
        if let outlet = document.article.outlet, !outlet.isEmpty { return EntityKey.outlet(outlet) }
        if let host = host(of: document) { return EntityKey.outlet(host) }
        return "document:" + document.id
    }

    /// The name to show for a document's outlet.
    public static func name(of document: Document) -> String {
        if let outlet = document.article.outlet, !outlet.isEmpty { return outlet }
        return host(of: document) ?? document.id
    }

    static func host(of document: Document) -> String? {
        let candidates: [String] = [document.article.canonicalURL, document.article.input].compactMap { $0 }
        return candidates.lazy.compactMap(host(ofURL:)).first
    }

    /// The host of an absolute `scheme://host/...` URL.
    static func host(ofURL url: String) -> String? {
        let parts = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].hasSuffix(":"), parts[1].isEmpty else { return nil }
        let host = parts[2].prefix { $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    /// The outlets a document names as the origin of its material: outlets in its claims'
    /// attribution chains, outlets its body links to, outlets named in its text.
    static func credits(of document: Document, claims: [Claim], sources: [String: Source],
                        mentions: OutletMentions) -> Set<String> {
        var keys = Set<String>()
        for claim in claims {
            for id in claim.via + [claim.source] {
                if let s = sources[id], s.kind == .outlet { keys.insert(mentions.key(ofOutletNamed: s.name)) }
            }
        }
        for link in document.article.links {
            if let host = host(ofURL: link.url) { keys.insert(EntityKey.outlet(host)) }
        }
        keys.formUnion(mentions.outlets(in: ReuseDetector.body(document)))
        keys.remove(key(of: document))
        return keys
    }
}
