/// The writing system a sentence is mostly written in; rules are chosen by it.
public enum Script: String, Sendable, Hashable {
    case latin, arabic, other

    /// The script of most letters in `scalars[range]` (`.other` when there are no letters).
    public static func dominant(in scalars: [Unicode.Scalar], range: Range<Int>) -> Script {
        var latin = 0, arabic = 0, other = 0
        for i in range {
            let v = scalars[i].value
            if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F) {
                latin += 1
            } else if (v >= 0x600 && v <= 0x6FF) || (v >= 0x750 && v <= 0x77F) || (v >= 0xFB50 && v <= 0xFEFC) {
                if v != 0x60C && v != 0x61B && v != 0x61F && v != 0x640 { arabic += 1 }
            } else if v > 0x24F, scalars[i].properties.isAlphabetic {
                other += 1
            }
        }
        if latin == 0 && arabic == 0 && other == 0 { return .other }
        if arabic >= latin && arabic >= other { return .arabic }
        return latin >= other ? .latin : .other
    }
}
