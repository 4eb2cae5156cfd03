import Foundation

/// A CSV file read into memory (RFC 4180: quoted fields, doubled quotes, newlines inside
/// quotes, CRLF or LF line ends). The first row is the header.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    /// Reads and parses `path`; throws `EvaluationError` when the file cannot be read or is
    /// not UTF-8.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError.unreadable(path)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw EvaluationError.notUTF8(path) }
        try self.init(text: text, name: path)
    }

    public init(text: String, name: String = "<text>") throws {
        var records = CSVTable.parse(Array(text.utf8))
        guard !records.isEmpty else { throw EvaluationError.empty(name) }
        header = records.removeFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        rows = records.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    /// The index of a column, or a clear error naming the file's columns.
    public func column(_ name: String, in file: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw EvaluationError.missingColumn(name, file: file, found: header)
        }
        return i
    }

    /// Parses CSV bytes into records of fields.
    static func parse(_ bytes: [UInt8]) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var i = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == quote && field.isEmpty {
                inQuotes = true
            } else if b == comma {
                endField()
            } else if b == lf || b == cr {
                if b == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                endField()
                records.append(record)
                record.removeAll(keepingCapacity: true)
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
