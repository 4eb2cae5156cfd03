/// Small function-word lists, in match form, for content-word overlap and keyword scoring.
public enum StopWords {
    /// English function words.
    public static let english: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "about", "as", "than", "that", "this", "these", "those", "it", "its", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no",
        "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "him", "them",
        "us", "who", "whom", "which", "what", "when", "where", "why", "how", "will", "would", "can",
        "could", "should", "may", "might", "must", "also", "so", "such", "there", "here", "then",
        "more", "most", "some", "any", "all", "each", "other", "over", "after", "before", "up", "out",
        "said", "says", "say", "according", "just", "now", "very", "while", "during", "since",
    ]

    /// Arabic function words (match form: ى → ي, ة → ه, أ → ا).
    public static let arabic: Set<String> = [
        "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "بل", "لكن", "لا", "لم", "لن", "ما",
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "اللذين", "اللتين", "هو", "هي",
        "هم", "هما", "نحن", "انا", "انت", "كان", "كانت", "كانوا", "يكون", "تكون", "قد", "لقد", "كل",
        "بعض", "غير", "بين", "عند", "حتي", "اذا", "اذ", "حيث", "كما", "فيما", "بينما", "منذ", "خلال",
        "بعد", "قبل", "عبر", "نحو", "ضد", "دون", "لدي", "لها", "له", "لهم", "به", "بها", "فيه", "فيها",
        "منه", "منها", "عليه", "عليها", "انه", "انها", "ايضا", "وقد", "وفي", "ومن", "والتي", "والذي",
        "قال", "قالت", "وقال", "وقالت", "اليوم", "امس", "الا", "اما", "هل", "يا", "ثمه", "هناك", "هنا",
    ]

    /// Whether `word` (match form) is a function word of either language.
    public static func contains(_ word: String) -> Bool {
        english.contains(word) || arabic.contains(word)
    }
}
