/// The document properties that Microsoft Word's "Save as HTML" writes into the page's head,
/// inside a conditional comment (`<!--[if gte mso 9]><xml><o:DocumentProperties>…`): the
/// company the document belongs to and when it was created and last saved. Press statements
/// are often published this way, with no other metadata.
struct OfficeProperties: Equatable {
    var company: String?
    var created: String?
    var lastSaved: String?

    private static let marker = Array("o:DocumentProperties".utf8)

    /// Nil unless the comment holds Word's document properties.
    init?(comment: ArraySlice<UInt8>) {
        let found = comment.withUnsafeBufferPointer { ByteSearch.contains($0, Self.marker) }
        guard found else { return nil }
        let text = String(decoding: comment, as: UTF8.self)
        company = Self.value("Company", in: text)
        created = Self.value("Created", in: text)
        lastSaved = Self.value("LastSaved", in: text)
    }

    /// The text of `<o:name>…</o:name>`, whitespace-normalised; nil when absent or empty.
    static func value(_ name: String, in text: String) -> String? {
        guard let open = text.firstRange(of: "<o:" + name + ">"),
              let close = text[open.upperBound...].firstRange(of: "</o:" + name + ">") else { return nil }
        let value = TextBuffer.normalise(String(text[open.upperBound..<close.lowerBound]))
        return value.isEmpty || value.count > 200 ? nil : value
    }

    /// Legal-form words a company's registered name ends with ("Green Spring Catering Co.",
    /// "Gulf Media Ltd"), which the name it publishes under leaves out.
    static let legalForms: Set<String> = ["co", "co.", "company", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "l.l.c.",
                                          "plc", "corp", "corp.", "corporation", "gmbh", "s.a.", "sa", "sarl", "s.a.r.l.",
                                          "llp", "w.l.l.", "wll", "ش.م.م", "ش.م.ع", "ذ.م.م"]

    /// The company's name without its legal form ("Green Spring Catering Co." → "Green Spring
    /// Catering").
    var organisation: String? {
        guard let company else { return nil }
        var words = company.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last,
              Self.legalForms.contains(last.lowercased().trimming(",")) {
            words.removeLast()
        }
        let name = words.joined(separator: " ").trimming(",")
        return name.isEmpty ? nil : name
    }
}
