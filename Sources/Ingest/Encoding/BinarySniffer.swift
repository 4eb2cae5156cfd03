/// Tells binary files (images, archives, executables, random bytes) from text before any decoding.
enum BinarySniffer {
    private static let signatures: [(String, [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", Array("GIF8".utf8)),
        ("PDF document", Array("%PDF-".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip data", [0x1F, 0x8B]),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("WebP/RIFF data", Array("RIFF".utf8)),
        ("bzip2 data", Array("BZh".utf8)),
        ("xz data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("zstd data", [0x28, 0xB5, 0x2F, 0xFD]),
    ]

    /// How many leading bytes are inspected.
    static let sampleSize = 64 * 1024

    /// A short description when the bytes are not text (a known signature, or more than 5% control
    /// bytes in the first 64 KiB, NUL included), else nil.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (name, magic) in signatures where bytes.starts(with: magic) {
            return name
        }
        let sample = bytes.prefix(sampleSize)
        var controls = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B {
            controls += 1
        }
        return controls * 20 > sample.count ? "binary data" : nil
    }

    /// UTF-16 without a byte order mark: ASCII markup leaves every other byte NUL.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let half = sample.count / 2
        if oddZero * 10 >= half * 4, evenZero * 20 < half { return .utf16LE }
        if evenZero * 10 >= half * 4, oddZero * 20 < half { return .utf16BE }
        return nil
    }
}
