/// Writes a `Document` as plain text for a terminal: wrapped paragraphs, tables in aligned columns
/// whose long cells wrap, and links shown by their text only inside tables (a web address is
/// printed once, after its text, in paragraphs and lists).
public struct TextWriter: Sendable {
    /// The widest line written, in characters.
    public var width: Int
    /// The interface strings of the page being written, chosen by its language.
    private var strings = Catalogue.english

    public init(width: Int = 80) {
        self.width = max(40, width)
    }

    public func write(_ document: Document) -> String {
        var writer = self
        writer.strings = .of(document.language)
        return writer.page(document)
    }

    private func page(_ document: Document) -> String {
        let title = Self.line(document.title)
        var out = title + "\n" + String(repeating: "=", count: min(width, title.count)) + "\n"
        for block in document.blocks {
            out += "\n"
            out += render(block)
        }
        return out
    }

    private func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let heading, _):
            let text = Self.line(heading)
            return text + "\n" + String(repeating: level <= 2 ? "-" : "·", count: min(width, text.count)) + "\n"
        case .paragraph(let inlines):
            return Self.wrap(plain(inlines, addresses: true), width: width).joined(separator: "\n") + "\n"
        case .list(let items, _):
            return items.map { item in
                Self.wrap(plain(item, addresses: true), width: width - 2).enumerated()
                    .map { ($0.offset == 0 ? "- " : "  ") + $0.element }.joined(separator: "\n")
            }.joined(separator: "\n") + "\n"
        case .definitions(let pairs):
            return pairs.map { pair in
                Self.wrap(Self.line(pair.term) + strings.language.colon + " " + plain(pair.description, addresses: true), width: width - 2).enumerated()
                    .map { ($0.offset == 0 ? "" : "  ") + $0.element }.joined(separator: "\n")
            }.joined(separator: "\n") + "\n"
        case .table(let table):
            return render(table)
        case .chart(let chart):
            return render(chart.table(strings))
        case .preformatted(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + Self.line(String($0)) }.joined(separator: "\n") + "\n"
        }
    }

    /// The caption, the header and each row, columns padded to a common width; when the table is
    /// wider than the line, the widest columns give way and their cells wrap.
    private func render(_ table: Table) -> String {
        let rows = [table.columns.map(Self.line)] + table.rows.map { row in row.map { plain($0.content, addresses: false) } }
        let count = table.columns.count
        var widths = (0..<count).map { column in rows.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        let gap = 2, narrowest = 8
        while widths.reduce(0, +) + gap * (count - 1) > width,
              let widest = widths.indices.filter({ widths[$0] > narrowest }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
        }
        var out = Self.wrap(Self.line(table.caption), width: width).joined(separator: "\n") + "\n\n"
        var wrapped = false
        for (index, row) in rows.enumerated() {
            let cells = (0..<count).map { column in Self.wrap(row.count > column ? row[column] : "", width: widths[column]) }
            let height = cells.map(\.count).max() ?? 1
            if index > 1 && (wrapped || height > 1) { out += "\n" }
            wrapped = wrapped || height > 1
            for line in 0..<height {
                let parts = (0..<count).map { column in
                    let text = line < cells[column].count ? cells[column][line] : ""
                    return column == count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.count + gap)
                }
                out += Self.trimmingTrailingSpaces(parts.joined()) + "\n"
            }
            if index == 0 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)) + "\n"
            }
        }
        return out
    }

    private func plain(_ inlines: [Inline], addresses: Bool) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .strong(let text), .emphasis(let text), .code(let text):
                out += text
            case .link(let text, let link):
                out += text
                if addresses, case .external(let url) = link, url != text {
                    out += " <\(url)>"
                }
            case .status(let status, let secondary):
                out += Labels.symbol(status) + " " + strings.status(status) + (secondary ? " " + Labels.secondaryMark : "")
            case .verdict(let verdict, let label):
                out += label ?? strings.verdict(verdict)
            case .change(let change):
                out += strings.change(change)
            case .lineBreak:
                out += MarkdownWriter.separator
            }
        }
        return Self.line(out.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " "))
    }

    /// Text from data made safe for a terminal: line breaks become spaces and any other control
    /// character or escape sequence is written out (`\u{1B}`), so the Rules cannot drive the terminal.
    public static func line(_ text: String) -> String {
        Escaping.terminal(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " "))
    }

    /// Lines of at most `width` characters, broken at spaces; a word longer than a line is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}
