import Foundation

/// The one normalisation function used for lexicons, aliases and running text alike
/// (reference §2.3), so that a lexicon entry and the text it should match fold identically.
///
/// Works scalar by scalar in one pass (no regex, no intermediate strings except for the rare
/// compatibility characters), and keeps an offset map back to the source.
public enum TextNormalizer {
    /// `text` normalised at `level`.
    public static func normalize(_ text: some StringProtocol, level: NormalizationLevel = .match) -> String {
        normalizeWithOffsets(text, level: level).string
    }

    /// `text` normalised at `level`, with each output scalar's source offset.
    public static func normalizeWithOffsets(_ text: some StringProtocol,
                                            level: NormalizationLevel = .match) -> NormalizedText {
        var builder = Builder(level: level)
        var offset = 0
        for scalar in text.unicodeScalars {
            builder.feed(scalar, at: offset)
            offset += 1
        }
        return NormalizedText(scalars: builder.out, origins: builder.origins, ends: builder.ends,
                              sourceLength: offset)
    }

    /// The state of one normalisation pass.
    private struct Builder {
        let level: NormalizationLevel
        var out: [Unicode.Scalar] = []
        var origins: [Int] = []
        var ends: [Int] = []
        var pendingSpace: Int?

        init(level: NormalizationLevel) {
            self.level = level
            out.reserveCapacity(256)
            origins.reserveCapacity(256)
            ends.reserveCapacity(256)
        }

        /// Extends the last output scalar's source span over a deleted mark.
        mutating func absorb(_ offset: Int) {
            if pendingSpace == nil, !ends.isEmpty { ends[ends.count - 1] = offset + 1 }
        }

        mutating func emit(_ s: Unicode.Scalar, at offset: Int) {
            if let space = pendingSpace {
                pendingSpace = nil
                if !out.isEmpty {
                    out.append(" ")
                    origins.append(space)
                    ends.append(space + 1)
                }
            }
            out.append(s)
            origins.append(offset)
            ends.append(offset + 1)
        }

        mutating func feed(_ s: Unicode.Scalar, at offset: Int) {
            if ArabicScalars.isInvisibleFormat(s) { absorb(offset); return }
            if ArabicScalars.isSpace(s) {
                if pendingSpace == nil { pendingSpace = offset }
                return
            }
            if level == .light { emit(s, at: offset); return }

            // match and aggressive
            let v = s.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { emit(Unicode.Scalar(v + 32)!, at: offset) } else { emit(s, at: offset) }
                return
            }
            if ArabicScalars.isDiacritic(s) || s == ArabicScalars.tatweel {
                composeHamza(s)
                absorb(offset)
                return
            }
            if let d = ArabicScalars.digitValue(s) {
                emit(Unicode.Scalar(UInt32(0x30 + d))!, at: offset)
                return
            }
            if let folded = ArabicScalars.matchFold(s) { emitFinal(folded, at: offset); return }
            if ArabicScalars.needsCompatibilityMapping(s) {
                let mapped = String(s).precomposedStringWithCompatibilityMapping
                if mapped.unicodeScalars.count == 1, mapped.unicodeScalars.first == s {
                    emitFinal(s, at: offset)
                } else {
                    for m in mapped.unicodeScalars { feedMapped(m, at: offset) }
                }
                return
            }
            if v < 0x0250 || (v >= 0x0370 && v < 0x0530) || (v >= 0x1E00 && v < 0x1F00) {
                for m in LatinFolding.fold(s) { emit(m, at: offset) }
                return
            }
            emitFinal(s, at: offset)
        }

        /// A scalar produced by a compatibility mapping: normalise it further, keep the origin.
        mutating func feedMapped(_ s: Unicode.Scalar, at offset: Int) {
            if ArabicScalars.isSpace(s) {
                if pendingSpace == nil { pendingSpace = offset }
                return
            }
            if ArabicScalars.isDiacritic(s) || s == ArabicScalars.tatweel { return }
            if let folded = ArabicScalars.matchFold(s) { emitFinal(folded, at: offset); return }
            if let d = ArabicScalars.digitValue(s) { emit(Unicode.Scalar(UInt32(0x30 + d))!, at: offset); return }
            if s.value < 0x80, s.value >= 0x41, s.value <= 0x5A { emit(Unicode.Scalar(s.value + 32)!, at: offset); return }
            emitFinal(s, at: offset)
        }

        /// Emits after the aggressive-level hamza folds.
        mutating func emitFinal(_ s: Unicode.Scalar, at offset: Int) {
            guard level == .aggressive else { emit(s, at: offset); return }
            switch s.value {
            case 0x0624: emit("\u{0648}", at: offset)
            case 0x0626: emit("\u{064A}", at: offset)
            case 0x0621: absorb(offset)
            default: emit(s, at: offset)
            }
        }

        /// A decomposed hamza above after و or ي recomposes to ؤ / ئ (NFC would do the same),
        /// so decomposed and precomposed input normalise alike.
        mutating func composeHamza(_ mark: Unicode.Scalar) {
            guard mark.value == 0x0654, pendingSpace == nil, let last = out.last else { return }
            let composed: Unicode.Scalar?
            switch last.value {
            case 0x0648: composed = "\u{0624}"
            case 0x064A: composed = "\u{0626}"
            default: composed = nil
            }
            if let c = composed, level == .match { out[out.count - 1] = c }
        }
    }
}
