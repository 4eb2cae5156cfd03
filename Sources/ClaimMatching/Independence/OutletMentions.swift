import CorroborateModel
import Foundation
import Linguistics

/// Finds outlets named in running text ("told Fox News Digital", «كشفت شبكة "فوكس نيوز"»), so
/// an unattributed or anonymous sentence that names the outlet it comes from is read as relayed
/// by that outlet even when the extractor gave it no chain.
struct OutletMentions {
    /// Space-free folded names of the story's own outlets → their keys (the alias table is
    /// consulted as well).
    private let storyOutlets: [String: String]
    /// Every prefix of every known name: a word that is not one cannot start a mention, which
    /// skips almost every position with one hash lookup and no allocation.
    private let prefixes: Set<Substring>

    /// Skeletons of the story's outlet names, for a name written in the other script right after
    /// an outlet noun («وكالة "ميدواير"» for MedWire).
    /// Bucketed by the first consonant class (a transliteration keeps it), so a lookup scans
    /// only names that can match.
    private let skeletons: [Character: [(skeleton: NameSkeleton, key: String)]]
    /// Story outlets whose names translate ("Aden Gate" for «بوابة عدن»).
    private let translated: [(name: TranslatedOutletName, key: String)]
    /// Spellings already compared with the story's outlet names (`transliterated`): the same words
    /// ("told Reuters", "according to the ministry") recur in every claim and every relay chain.
    private let spellings = SpellingMemo()
    /// The last word of each story outlet's name → the outlets ending in it ("herald" → The Two
    /// Rivers Herald): news writing calls an outlet by it ("the Herald", "the Standard").
    private let lastWords: [String: [String]]
    /// Keys of the story outlets whose names are in Arabic script: an English text may call them by
    /// their transliterated name alone ("Badinan Press" for «بادينان برس», see `outlets(in:)`).
    private let arabicNamed: Set<String>

    init(documents: [Document]) {
        var map: [String: String] = [:]
        var skeletons: [(NameSkeleton, String)] = []
        var translated: [(TranslatedOutletName, String)] = []
        for d in documents {
            let key = OutletIdentity.key(of: d)
            guard !key.hasPrefix("document:"), map[key] == nil else { continue }
            map[key] = key
            // The full name, and the name without its generic words ("قناة اليرموك" is cited
            // as "Yarmouk TV"; "MedWire agency" as «ميدواير»).
            let name = OutletIdentity.name(of: d)
            if let t = TranslatedOutletName(name) { translated.append((t, key)) }
            let bare = name.split(whereSeparator: { $0 == " " })
                .filter { !Self.genericWords.contains(TextFolding.words(String($0)).first ?? "") }
                .joined(separator: " ")
            for variant in Set([name, bare]) where !variant.isEmpty {
                let skeleton = NameSkeleton(variant)
                if skeleton.consonants >= 3 { skeletons.append((skeleton, key)) }
            }
        }
        storyOutlets = map
        var lastWords: [String: [String]] = [:]
        for d in documents {
            let key = OutletIdentity.key(of: d)
            let words = TextFolding.words(OutletIdentity.name(of: d))
            guard !key.hasPrefix("document:"), words.count >= 2, let last = words.last, last.unicodeScalars.count >= 4,
                  !Self.genericWords.contains(last), lastWords[last]?.contains(key) != true else { continue }
            lastWords[last, default: []].append(key)
        }
        self.lastWords = lastWords
        arabicNamed = Set(documents.filter { d in
            OutletIdentity.name(of: d).unicodeScalars.contains(where: MatchText.isArabicLetter)
        }.map { OutletIdentity.key(of: $0) }.filter { !$0.hasPrefix("document:") })
        self.translated = translated.map { ($0.0, $0.1) }
        self.skeletons = Dictionary(grouping: skeletons, by: { $0.0.key.first ?? " " }).mapValues { $0.map { ($0.0, $0.1) } }
        var prefixes = Set<Substring>()
        for name in Array(map.keys) + Array(EntityKey.outletAliases.keys) {
            var end = name.startIndex
            while end < name.endIndex {
                end = name.index(after: end)
                prefixes.insert(name[..<end])
            }
        }
        self.prefixes = prefixes
    }

    /// The key of an outlet a source or relay names: its own key when a story document has that
    /// key, else the story outlet its name spells in the other script («صحيفة كابيتول سنتينل
    /// الأميركية» for The Capitol Sentinel), else its own key.
    func key(ofOutletNamed name: String) -> String {
        let key = EntityKey.outlet(name)
        if storyOutlets[key] != nil { return key }
        if let found = outlets(in: name).first { return found }
        if let short = outletCalledShort(name) { return short }
        // "Aden Gate, an Arabic-language news portal": the name before an appositive, translated.
        let core = name.split(separator: ",").first.map(String.init) ?? name
        // An outlet's name spelt in the other script («سيركت ليدجر» for Circuit Ledger).
        return translatedOutlet(core) ?? transliterated(ArraySlice(TextFolding.words(core))) ?? key
    }

    /// "the Herald", "the Standard": the story outlet whose name (of two words or more) ends in
    /// this one capitalised word, when only one does.
    func outletCalledShort(_ name: String) -> String? {
        guard name.unicodeScalars.count <= 24, name.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return nil }
        let words = TextFolding.words(name).filter { $0 != "the" }
        guard words.count == 1, let keys = lastWords[words[0]], keys.count == 1 else { return nil }
        return keys[0]
    }

    /// The story outlet a translated name denotes ("Aden Gate" → «بوابة عدن»).
    private func translatedOutlet(_ name: String) -> String? {
        guard !translated.isEmpty, let t = TranslatedOutletName(name) else { return nil }
        return translated.first { $0.name.matches(t) }?.key
    }

    /// The sources with each organisation or unclassified name that is one of the story's own
    /// outlets typed `.outlet`: "According to the agency", resolved to "Gulf Wire Service", is
    /// that outlet's reporting, whatever kind the extractor gave the name.
    func recognizingOutlets(_ sources: [Source]) -> [Source] {
        // A person's name only when it is the outlet's whole name, in either script ("Sada
        // Kurdistan reports" for «صدى كردستان»); names repeat across a story's sources, so each is
        // spelt out once.
        var spelled: [String: Bool] = [:]
        return sources.map { source in
            var named = storyOutlets[EntityKey.outlet(source.name)] != nil
                || source.kind != .person && outletCalledShort(source.name) != nil
            // «شركة فيروليث البريطانية للأمن السيبراني» for the story outlet Ferrolith (a firm's
            // blog): a coined word of an organisation's name spelling a story outlet's name.
            if !named, source.kind == .organization {
                let key = "organization:" + source.name
                if let known = spelled[key] {
                    named = known
                } else {
                    named = Self.coinedWords(source.name).contains { transliterated([$0], whole: true) != nil }
                    spelled[key] = named
                }
            }
            if !named, source.kind == .person {
                if let known = spelled[source.name] {
                    named = known
                } else {
                    named = transliterated(ArraySlice(TextFolding.words(source.name)), whole: true) != nil
                    spelled[source.name] = named
                }
            }
            guard source.kind == .organization || source.kind == .unknown || source.kind == .person, named else { return source }
            var s = source
            s.kind = .outlet
            return s
        }
    }

    /// Outlet keys named in `text`, in order of first mention (an Arabic-named outlet called by its
    /// transliterated name alone, without an outlet noun or a channel word before it, after the others).
    func outlets(in text: String) -> [String] {
        var found = outlets(inWords: TextFolding.words(text))
        for key in transliteratedNames(in: text) where !found.contains(key) { found.append(key) }
        return found
    }

    /// Story outlets with Arabic names that a run of capitalised Latin words spells in full
    /// ("Badinan Press, a news site in Duhok, broke the story", "from the original Sada al-Rafidain
    /// report"): a name in running English text, not a word of it, so only capitalised runs of one
    /// to three words are compared, each as a whole name.
    func transliteratedNames(in text: String) -> [String] {
        guard !arabicNamed.isEmpty, text.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { return [] }
        var found: [String] = []
        var run: [Substring] = []
        func flush() {
            defer { run.removeAll() }
            guard !run.isEmpty else { return }
            for start in run.indices {
                for n in stride(from: min(3, run.count - start), through: 1, by: -1) {
                    var words = TextFolding.words(run[start..<(start + n)].joined(separator: " "))
                    // "Al-Mirqab": the article folds to a word of its own, which starts no name.
                    if words.count > 1, ["al", "el"].contains(words[0]) { words.removeFirst() }
                    guard words.joined().unicodeScalars.count >= 5,
                          let key = transliterated(ArraySlice(words), whole: true), arabicNamed.contains(key) else { continue }
                    if !found.contains(key) { found.append(key) }
                    return
                }
            }
        }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = raw.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            // "al-Rafidain", "el-Nour": the article of a transliterated name does not end it.
            let letters = word.hasPrefix("al-") || word.hasPrefix("el-") ? word.dropFirst(3) : Substring(word)
            if let first = letters.unicodeScalars.first, first.isASCII, first.properties.isUppercase {
                run.append(Substring(word))
            } else {
                flush()
            }
            // A comma or a full stop after a word ends the name.
            if let last = raw.last, ",.;:!?".contains(last) { flush() }
        }
        flush()
        return found
    }

    /// Outlets named after a phrase that says who carried a statement ("…, per a statement carried
    /// by Nile Wire", «نقلتها وكالة …»): the channel of a named speaker, not an outlet the speaker
    /// talks about or tells something to.
    func outletsAfterCarrier(in text: String) -> [String] {
        let words = TextFolding.words(text)
        guard let i = words.indices.first(where: { Self.carries(words, at: $0) }) else { return [] }
        return outlets(inWords: Array(words[i...]))
    }

    /// "carried / quoted / published / reported / aired / broadcast / cited by", «نقلتها», «أوردتها».
    static func carries(_ words: [String], at i: Int) -> Bool {
        if ["نقلتها", "نقلته", "اوردتها", "اوردته"].contains(words[i]) { return true }
        return words[i] == "by" && i > 0 && carrierVerbs.contains(words[i - 1])
    }

    static let carrierVerbs: Set<String> = ["quoted", "carried", "published", "reported", "aired", "broadcast", "cited"]

    /// "seen / obtained / reviewed by", «اطلعت عليها»، «حصلت عليها»: who holds a document.
    static func holds(_ words: [String], at i: Int) -> Bool {
        if ["عليها", "عليه"].contains(words[i]) { return i > 0 && ["اطلعت", "اطلع", "حصلت", "حصل"].contains(words[i - 1]) }
        return words[i] == "by" && i > 0 && ["seen", "obtained", "reviewed", "examined"].contains(words[i - 1])
    }

    /// Outlets named after a phrase that says who carried or holds a document ("documents seen by
    /// The Shatt Review", «وثائق اطلعت عليها صحيفة "ذا شط ريفيو"»).
    func outletsAfterHolder(in text: String) -> [String] {
        let words = TextFolding.words(text)
        guard let i = words.indices.first(where: { Self.holds(words, at: $0) || Self.carries(words, at: $0) }) else { return [] }
        return outlets(inWords: Array(words[i...]))
    }

    func outlets(inWords words: [String]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < words.count {
            let first = words[i]
            if Self.outletNouns.contains(first) || Self.opensChannel(words, at: i), i + 1 < words.count,
               let key = transliterated(words[(i + 1)...].prefix(3)) ?? transliterated(words[(i + 1)...].dropFirst().prefix(3)) {
                if !found.contains(key) { found.append(key) }
                i += 2
                continue
            }
            // A translated two-word name in running text: "Aden Gate", "Darfur Now".
            if !translated.isEmpty, i + 1 < words.count,
               TranslatedOutletName.isConceptWord(words[i]) || TranslatedOutletName.isConceptWord(words[i + 1]),
               let key = translatedOutlet(words[i] + " " + words[i + 1]) {
                if !found.contains(key) { found.append(key) }
                i += 2
                continue
            }
            let bare = first.hasPrefix("ال") ? first.dropFirst(2) : Substring(first)
            guard prefixes.contains(Substring(first)) || prefixes.contains(bare) else { i += 1; continue }
            var matched = 0
            for n in stride(from: min(3, words.count - i), through: 1, by: -1) {
                var joined = words[i..<(i + n)].joined()
                if joined.count < 3 { continue }
                var key = lookup(joined)
                if key == nil, joined.hasPrefix("ال") { joined.removeFirst(2); key = lookup(joined) }
                if let key {
                    if !found.contains(key) { found.append(key) }
                    matched = n
                    break
                }
            }
            i += max(1, matched)
        }
        return found
    }

    /// The words of an organisation's name that are its own (a coined name such as Ferrolith,
    /// «فيروليث»), not a description: capitalised Latin words or Arabic words without the article,
    /// neither a translatable word of institutions (`TranslatedOutletName`), a nationality
    /// ("British", «البريطانية») nor a known place. Folded.
    static func coinedWords(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\"" || $0 == "«" || $0 == "»" }).compactMap { raw in
            guard let word = TextFolding.words(String(raw)).first, word.unicodeScalars.count >= 5 else { return nil }
            if raw.unicodeScalars.first?.isASCII ?? true {
                guard raw.first?.isUppercase == true, !["ish", "ian", "ese", "ean", "ern"].contains(where: { word.hasSuffix($0) }) else { return nil }
            } else {
                guard !word.hasPrefix("ال"), !word.hasPrefix("لل"), !word.hasSuffix("يه"), !word.hasSuffix("ي") else { return nil }
            }
            guard !TranslatedOutletName.isOrganizationWord(word), !genericWords.contains(word),
                  EntityCatalog.standard.mentions(in: String(raw)).isEmpty else { return nil }
            return word
        }
    }

    /// "agency", "وكالة", ...: the word before an outlet's name.
    static let outletNouns: Set<String> = ["وكاله", "صحيفه", "موقع", "شبكه", "قناه", "جريده", "مجله", "agency", "newspaper", "website"]

    /// Words after which a speaker's channel is named ("told Al-Maydan", "according to Yarmouk
    /// TV", "quoted by …"): there too a name in the other script is tried against the story's
    /// outlets.
    static let channelWords: Set<String> = ["told", "tells", "telling", "citing", "cited", "quoting", "via"]

    /// `channelWords`, "according to" and "quoted / carried / reported by".
    static func opensChannel(_ words: [String], at i: Int) -> Bool {
        let w = words[i]
        if channelWords.contains(w) { return true }
        guard i > 0 else { return false }
        if w == "to" { return words[i - 1] == "according" }
        if w == "by" { return carrierVerbs.contains(words[i - 1]) }
        return false
    }

    /// The story outlet whose name, in either script, the one or two words after an outlet noun spell.
    /// `whole`: only the whole name, not its first words.
    private func transliterated(_ words: ArraySlice<String>, whole: Bool = false) -> String? {
        guard !skeletons.isEmpty else { return nil }
        // A name does not start with a function word ("told the …", "according to his …").
        guard let first = words.first, first.unicodeScalars.count >= 3, !Linguistics.StopWords.english.contains(first),
              !Linguistics.StopWords.arabic.contains(first) else { return nil }
        let memoKey = (whole ? "=" : "") + words.joined(separator: " ")
        if let known = spellings[memoKey] { return known }
        let found = spelledOutlet(words, whole: whole)
        spellings[memoKey] = .some(found)
        return found
    }

    private func spelledOutlet(_ words: ArraySlice<String>, whole: Bool) -> String? {
        for n in stride(from: words.count, through: whole ? words.count : 1, by: -1) {
            let candidate = NameSkeleton(words.prefix(n).filter { !Self.genericWords.contains($0) }.joined(separator: " "))
            guard candidate.consonants >= 3, let bucket = skeletons[candidate.key.first ?? " "] else { continue }
            if let hit = bucket.first(where: { candidate.similarity(to: $0.skeleton) >= 0.8 }) { return hit.key }
        }
        return nil
    }

    /// Generic words of outlet names, left out when names are compared across scripts: the words
    /// outlet keys already ignore (`EntityKey.outletNoise`) plus those that key outlets apart
    /// ("Fox News") but not across scripts ("Yarmouk TV" / «قناة اليرموك»).
    static let genericWords: Set<String> = EntityKey.outletNoise.union([
        "ذا", "ذي", "television", "news", "daily", "radio", "site", "اذاعه", "تلفزيون", "اخبار",
    ])

    private func lookup(_ joined: String) -> String? {
        if Self.ambiguous.contains(joined) { return storyOutlets[joined] }
        return EntityKey.outletAliases[joined] ?? storyOutlets[joined]
    }

    /// Aliases that are ordinary words in running text: الجزيرة (the island / peninsula),
    /// العربية (Arabic), الفرنسية (French), "Sana", "AA". They name an outlet only where the outlet
    /// is known to be one (`EntityKey.outlet`), not when met in a sentence.
    static let ambiguous: Set<String> = ["جزيره", "الجزيره", "عربيه", "العربيه", "الفرنسيه", "sana", "aa", "fox"]
}

/// Results of `OutletMentions.transliterated` by the words compared (a lock: one story's
/// analysis may be shared between threads).
private final class SpellingMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [String: String?] = [:]

    subscript(key: String) -> String?? {
        get { lock.withLock { table[key] } }
        set { if let value = newValue { lock.withLock { _ = table.updateValue(value, forKey: key) } } }
    }
}
