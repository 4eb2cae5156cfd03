/// A fixed train/held-out split by key hash (FNV-1a 64), independent of row order and of the
/// Swift run-time's randomised `hashValue`. One key in five (hash mod 5 == 0) is held out.
///
/// Emergent is split by claim id and FNC-1 by body id, so no claim or body is seen on both
/// sides; both data sets only publish a training file.
public enum StableSplit {
    public static func hash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        return h
    }

    public static func isHeldOut(_ key: String) -> Bool { hash(key) % 5 == 0 }
}
