/// Words that flip, deny, refute or hedge what a sentence asserts, in English and Arabic.
///
/// - negators: grammatical negation ("not", "never", "لم", "لن", "ليس", "غير", "عدم");
/// - denial: a speech act that rejects a claim ("denied", "نفى", "كذّب");
/// - refutation: words calling a report false ("hoax", "fake", "debunked", "عار عن الصحة");
/// - hedges: words that withhold commitment ("reportedly", "allegedly", "ربما", "يعتقد").
/// Words are matched in folded form (see `MatchText`); Arabic forms with proclitics
/// (و، ف) are matched after stripping them.
enum PolarityCues {
    static let negators: Set<String> = fold("""
        not no never n't nor none nobody nothing neither without cannot can't won't didn't doesn't \
        isn't aren't wasn't weren't hasn't haven't hadn't don't shouldn't wouldn't couldn't
        لا لم لن ليس ليست ليسوا غير عدم دون بدون بلا تخلو يخلو خال خالية
        """)

    static let denial: Set<String> = fold("""
        deny denies denied denying denial refute refutes refuted rebut rebuts dismiss dismissed \
        dispute disputes disputed reject rejects rejected contradict contradicts
        نفى نفت ينفي تنفي نفي نفيا ينفون كذب كذبت يكذب دحض فند يفند
        """)

    static let refutation: Set<String> = fold("""
        hoax hoaxes fake fakes false falsely untrue bogus debunk debunked debunks myth myths \
        fabricated fabrication fabricate satire satirical rumor rumors rumour rumours prank \
        misleading nonsense baseless unfounded fraud doctored photoshopped
        شائعات شائعة مفبركة مفبرك كاذبة كاذب مزاعم اشاعات اشاعة عار عارية زائفة مزيفة ملفقة
        """)

    static let hedges: Set<String> = fold("""
        reportedly allegedly alleged claim claims claimed claiming purportedly purported rumored \
        unconfirmed unverified may might could possibly possible perhaps apparently appears \
        suggest suggests suggested believed thought likely unclear report reports reported according
        ربما قد يبدو المزعوم المزعومة المفترض يعتقد يرجح المرجح المحتمل محتمل تقديرات \
        افادت تقارير انباء
        """)

    /// A set of folded single words.
    private static func fold(_ text: String) -> Set<String> {
        var out = Set<String>()
        for token in MatchText.tokens(text) where token.kind == .word {
            out.insert(token.text)
        }
        return out
    }

    /// Whether a folded token is in `set`, bare or without a leading و/ف.
    static func contains(_ set: Set<String>, _ word: String, arabic: Bool) -> Bool {
        if set.contains(word) { return true }
        guard arabic, let first = word.unicodeScalars.first, first == "و" || first == "ف",
              word.unicodeScalars.count > 2 else { return false }
        return set.contains(String(String.UnicodeScalarView(word.unicodeScalars.dropFirst())))
    }

    /// "لا يزال" / "ما زال" / "not only": a negator that does not negate ("still", "also").
    static let continuatives: Set<String> = fold("يزال تزال زال زالت يزالون only")

    static func isContinuative(_ tokens: [MatchText.Token], after index: Int) -> Bool {
        index + 1 < tokens.count && continuatives.contains(tokens[index + 1].text)
    }

    /// Whether word `index` negates ("not", «لم»; not «لا يزال» "still").
    static func negates(_ tokens: [MatchText.Token], at index: Int) -> Bool {
        let t = tokens[index]
        return t.kind == .word && contains(negators, t.text, arabic: t.isArabic) && !isContinuative(tokens, after: index)
    }
}
