/// Function words that carry no claim content, English and Arabic (folded forms).
enum StopWords {
    static let all: Set<String> = {
        let text = """
            a an the and or but if of in on at to for from by with as into onto over under about \
            after before than then that this these those there here is are was were be been being \
            has have had do does did will would shall should can could may might must it its it's \
            he she they them their his her him we us our you your i me my who whom whose which what \
            when where why how also just so such very some any all each other another \
            out off again further once only own same too s said says say told tells according \
            while during since until between through per via amid among one
            في من الى علي على عن مع ان انه انها ان ال او ثم حتى اذا كما كان كانت يكون تكون هذا هذه \
            ذلك تلك هؤلاء الذي التي الذين اللذين بين عند لدى منذ خلال بعد قبل حول نحو عبر لقد قد \
            و ف ب ل ك هو هي هم هن نحن انا انت انتم له لها لهم به بها بهم فيه فيها منه منها عليه عليها \
            اليه اليها وقال قال قالت يقول تقول اضاف اضافت وفق بحسب حسب وفقا ايضا اي كل بعض غير \
            ما ماذا لماذا كيف اين متى هل ولا لكن لكنه بل اما
            """
        var out = Set<String>()
        for token in MatchText.tokens(text) where token.kind == .word { out.insert(token.text) }
        return out
    }()
}
