extension EmergentHeadlines {
    /// Rows whose claim is not held out (what `eval fit` sees).
    public var training: EmergentHeadlines { filtered { !StableSplit.isHeldOut($0.claim) } }
    /// The held-out fifth, by claim id.
    public var heldOut: EmergentHeadlines { filtered { StableSplit.isHeldOut($0.claim) } }

    func filtered(_ keep: (Headline) -> Bool) -> EmergentHeadlines {
        var copy = self
        copy.headlines = headlines.filter(keep)
        return copy
    }
}

extension FNCPairs {
    /// Rows whose body is not held out (what `eval fit` sees).
    public var training: FNCPairs { filtered { !StableSplit.isHeldOut($0.body) } }
    /// The held-out fifth, by body id.
    public var heldOut: FNCPairs { filtered { StableSplit.isHeldOut($0.body) } }

    func filtered(_ keep: (Pair) -> Bool) -> FNCPairs {
        var copy = self
        copy.pairs = pairs.filter(keep)
        return copy
    }
}
