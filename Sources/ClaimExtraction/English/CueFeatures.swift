import CorroborateModel

extension EnglishFrame {
    /// Lexical and structural features of a candidate for `CueModel` (strings, so the offline
    /// trainer needs no copy of this code: `corroborate claims --dump-features` writes them).
    func features(_ c: AttributionCandidate, cue: Range<Int>, prior: Double) -> [String] {
        let cueText = cue.map { toks[$0].lower }.joined(separator: " ")
        let w0 = toks[cue.lowerBound].lower
        let last = toks[cue.upperBound - 1].lower
        let prev = cue.lowerBound > a ? toks[cue.lowerBound - 1].lower : "<s>"
        // A semicolon after a closing cue ends the clause as a full stop does ("…, she added; most
        // had cuts"): the model, trained on full stops there, sees one.
        let closes = cue.upperBound < e && toks[cue.upperBound].lower == ";"
        let next = closes ? "." : cue.upperBound < e ? toks[cue.upperBound].lower : "</s>"
        let next2 = closes ? "</s>" : cue.upperBound + 1 < e ? toks[cue.upperBound + 1].lower : "</s>"
        let source = c.source
        let sourceWords = source.map { $0.text.split(separator: " ").count } ?? 0
        let contentWords = c.content.reduce(0) { $0 + $1.span.length } / 6
        let side: String
        if let s = source?.spans.first, let first = c.content.first {
            side = c.content.count > 1 ? "both" : (first.span.start > s.span.start ? "right" : "left")
        } else { side = "none" }
        let bucket = Int((prior * 10).rounded(.down))
        var f = [
            "bias", "cue=\(cueText)", "w0=\(w0)", "last=\(last)", "prior=\(bucket)",
            "suffix=\(String(last.suffix(3)))", "prev=\(prev)", "next=\(next)", "next2=\(next2)",
            "cue+next=\(cueText)|\(next)", "cue+prev=\(cueText)|\(prev)",
            "src.kind=\(source?.kind.rawValue ?? "none")", "src.ref=\(source.map { "\($0.reference)" } ?? "none")",
            "src.len=\(min(sourceWords, 6))", "src.head=\(source?.head ?? "")",
            "content.len=\(min(contentWords, 8))", "side=\(side)", "quote=\(c.quote.rawValue)",
            "cue+side=\(cueText)|\(side)", "cue+src.kind=\(cueText)|\(source?.kind.rawValue ?? "none")",
            "len=\(cue.count)", "pos=\(min((cue.lowerBound - a) / 4, 6))",
        ]
        if source.map({ $0.text.first?.isUppercase == true }) == true { f.append("src.cap") }
        if c.content.count > 1 { f.append("discontinuous") }
        if !c.via.isEmpty { f.append("relay") }
        if (cue.upperBound..<e).prefix(8).contains(where: { toks[$0].lower == "that" }) { f.append("that.after") }
        return f
    }
}
