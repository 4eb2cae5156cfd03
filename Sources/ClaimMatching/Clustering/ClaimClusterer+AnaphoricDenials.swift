import CorroborateModel

extension ClaimClusterer {
    /// A denial that only points back ("denied the claim", «نفى هذه الاتهامات») shares no words
    /// with what it denies: it joins the group of the claim just before it in its article (of the
    /// nearest earlier source's last few statements, the fullest). `claims` are in reading order
    /// within each document.
    static func attachAnaphoricDenials(_ groups: [ClaimGroup], claims: [Claim]) -> [ClaimGroup] {
        var groupOf: [String: Int] = [:]
        for (g, group) in groups.enumerated() { for id in group.claims { groupOf[id] = g } }
        var result = groups
        var lastOf: [String: [Claim]] = [:]          // document → its earlier claims, newest last
        for claim in claims {
            defer { lastOf[claim.document, default: []].append(claim) }
            // The speaker denied is the nearest other source before; of its last few statements,
            // the fullest one is what "the claim" names (not a quote that elaborates it).
            let recent = (lastOf[claim.document] ?? []).suffix(4).reversed()
            guard claim.polarity == .negative, isAnaphoric(claim.content),
                  let speaker = recent.first(where: {
                      $0.polarity == .positive && $0.source != claim.source && TextFolding.words($0.content).count >= 4
                  })?.source,
                  let antecedent = recent.filter({ $0.source == speaker && $0.polarity == .positive })
                      .max(by: { TextFolding.words($0.content).count < TextFolding.words($1.content).count }),
                  let from = groupOf[claim.id], let to = groupOf[antecedent.id], from != to else { continue }
            result[from].claims.removeAll { $0 == claim.id }
            result[to].claims.append(claim.id)
            result[to].relations.append(PairRelation(a: antecedent.id, b: claim.id, relation: .contradiction,
                                                     similarity: 0, reason: "denial: \(claim.id) denies"))
            groupOf[claim.id] = to
        }
        let position = Dictionary(claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return result.filter { !$0.claims.isEmpty }.map { g in
            var g = g
            g.claims.sort { (position[$0] ?? 0) < (position[$1] ?? 0) }
            return g
        }.sorted { (position[$0.claims[0]] ?? 0) < (position[$1.claims[0]] ?? 0) }
    }

    /// Content that only refers back: "the claim", "these accusations", «هذه الرواية».
    static func isAnaphoric(_ content: String) -> Bool {
        let words = TextFolding.words(content)
        guard !words.isEmpty, words.count <= 5 else { return false }
        return words.allSatisfy { anaphoricWords.contains($0) }
            && words.contains { !["the", "these", "those", "this", "that", "هذه", "هذا", "تلك", "ذلك"].contains($0) }
    }

    static let anaphoricWords: Set<String> = Set([
        "the", "this", "that", "these", "those", "it", "them", "such", "all", "any", "claim", "claims", "account",
        "accounts", "allegation", "allegations", "accusation", "accusations", "report", "reports", "charge",
        "charges", "story", "stories", "rumour", "rumours", "rumor", "rumors", "version", "assertion", "assertions",
        "هذه", "هذا", "تلك", "ذلك", "الاتهامات", "الاتهام", "الرواية", "الروايات", "الادعاءات", "التقارير",
        "الأنباء", "المزاعم", "الخبر", "الأخبار", "جملة", "وتفصيلا", "كل", "ها",
    ].flatMap { TextFolding.words($0) })
}
