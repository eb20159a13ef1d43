/// A strict RFC 4180 reader over Unicode scalars, to read back what the writers produce.
enum CSVReader {
    struct Malformed: Error {}

    /// The rows of `text`, each a list of cells; every row must end with CRLF.
    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var wasQuoted = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        cell.append("\"")
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard cell.isEmpty, !wasQuoted else { throw Malformed() }
                quoted = true
                wasQuoted = true
            case ",":
                row.append(String(cell))
                cell = String.UnicodeScalarView()
                wasQuoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
                wasQuoted = false
            case "\n":
                throw Malformed()
            default:
                guard !wasQuoted else { throw Malformed() }
                cell.append(scalar)
            }
        }
        guard !quoted, row.isEmpty, cell.isEmpty else { throw Malformed() }
        return rows
    }
}
