import Testing
@testable import Linguistics

@Suite struct TokenizerTests {
    func texts(_ s: String) -> [String] { TextTokenizer.tokenize(s).tokens.map(\.text) }

    @Test func numbersKeepTheirSeparators() {
        #expect(texts("about 6,000 people, 6.5% and ٦٬٠٠٠ or ٢٫٥") ==
            ["about", "6,000", "people", ",", "6.5", "%", "and", "6,000", "or", "2.5"])
    }

    @Test func arabicPunctuationAndQuotes() {
        let tokens = TextTokenizer.tokenize("كشفت شبكة «فوكس نيوز»، نقلًا عن مسؤول.").tokens
        #expect(tokens.map(\.text) == ["كشفت", "شبكه", "\"", "فوكس", "نيوز", "\"", ",", "نقلا", "عن", "مسؤول", "."])
        #expect(tokens.map(\.kind).filter { $0 == .punctuation }.count == 4)
    }

    @Test func offsetsAreCodePoints() {
        let source = "قالَ 😀 U.S. al-Hol الـ6000"
        let t = TextTokenizer.tokenize(source)
        let scalars = Array(source.unicodeScalars)
        func original(_ r: Range<Int>) -> String {
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[r]); return String(v)
        }
        #expect(t.tokens.map { original($0.range) } == ["قالَ", "😀", "U.S.", "al-Hol", "الـ", "6000"])
        #expect(t.tokens.map(\.kind) == [.word, .symbol, .word, .word, .word, .number])
    }

    @Test func emptyAndSpaceOnlyInput() {
        #expect(TextTokenizer.tokenize("").tokens.isEmpty)
        #expect(TextTokenizer.tokenize(" \u{200F}\n ").tokens.isEmpty)
    }
}

@Suite struct ProcliticTests {
    @Test func articlePrefixesSplitWithoutLexicon() {
        let a = ArabicProclitics.split("والحكومه")
        #expect(a.conjunction == "و" && a.article && a.stem == "حكومه")
        let b = ArabicProclitics.split("للمره")
        #expect(b.preposition == "ل" && b.article && b.stem == "مره")
        #expect(ArabicProclitics.split("بالقول").stem == "قول")
    }

    @Test func wordsThatReallyStartWithWawStayWhole() {
        for w in ["وزير", "وكاله", "وفق", "وضع", "وصف", "واشنطن", "والد", "الف", "الاف", "اليه", "فرنسا", "بغداد", "لبنان"] {
            #expect(ArabicProclitics.split(w).isUnsplit, "\(w)")
        }
    }

    @Test func lexiconGuidesTheSplit() {
        let lexicon: Set<String> = ["قال", "اضاف", "وفق", "بحسب"]
        #expect(ArabicProclitics.split("ووفق", isKnown: lexicon.contains).stem == "وفق")
        #expect(ArabicProclitics.split("وفق", isKnown: lexicon.contains).isUnsplit)
        #expect(ArabicProclitics.split("فاضاف", isKnown: lexicon.contains).stem == "اضاف")
        #expect(ArabicProclitics.split("وبحسب", isKnown: lexicon.contains).stem == "بحسب")
        #expect(ArabicProclitics.split("وزير", isKnown: lexicon.contains).isUnsplit)
    }

    @Test func conjunctionStems() {
        #expect(ArabicProclitics.conjunctionStems(of: "ووفق") == ["ووفق", "وفق", "فق"])
        #expect(ArabicProclitics.conjunctionStems(of: "قال") == ["قال"])
    }
}
