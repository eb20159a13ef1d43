/// Writes a `Document` as GitHub-flavoured Markdown.
public struct MarkdownWriter: Sendable {
    public var links: PageLinks
    /// The interface strings of the page being written, chosen by its language.
    private var strings = Catalogue.english

    public init(links: PageLinks = .standalone) {
        self.links = links
    }

    public func write(_ document: Document) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, ready to be written to a file.
    func bytes(_ document: Document) -> [UInt8] {
        var writer = self
        writer.strings = .of(document.language)
        return writer.page(document)
    }

    private func page(_ document: Document) -> [UInt8] {
        let origin = links.origin(document.path, language: document.language)
        var out = TextBuffer()
        var navigation: [String] = []
        if links.inSite, !document.path.isEmpty, let home = origin.href(.page(""), extension: "md") {
            navigation.append("[" + Escaping.markdown(strings[.siteName]) + "](" + home + ")")
        }
        for language in document.twins {
            guard let href = origin.twin(document.path, in: language, extension: "md") else { continue }
            navigation.append("[" + Escaping.markdown(Catalogue.of(language)[.languageName]) + "](" + href + ")")
        }
        if !navigation.isEmpty {
            out += navigation.joined(separator: " · ")
            out += "\n\n"
        }
        out += "# "
        Escaping.appendMarkdown(document.title, to: &out)
        out += "\n"
        for block in document.blocks {
            out += "\n"
            append(block, from: origin, to: &out)
        }
        return out.bytes
    }

    private func append(_ block: Block, from origin: PageLinks.Origin, to out: inout TextBuffer) {
        switch block {
        case .heading(let level, let text, _):
            out += String(repeating: "#", count: min(6, max(2, level)))
            out += " "
            Escaping.appendMarkdown(text, to: &out)
            out += "\n"
        case .paragraph(let inlines):
            append(inlines, from: origin, to: &out)
            out += "\n"
        case .list(let items, _):
            for item in items {
                out += "- "
                append(item, from: origin, to: &out)
                out += "\n"
            }
        case .definitions(let pairs):
            for pair in pairs {
                out += "- **"
                Escaping.appendMarkdown(pair.term, to: &out)
                out += strings.language.colon + "** "
                append(pair.description, from: origin, to: &out)
                out += "\n"
            }
        case .table(let table):
            append(table, from: origin, to: &out)
        case .chart(let chart):
            append(chart.table(strings), from: origin, to: &out)
        case .preformatted(let text):
            // A fence longer than any run of backticks inside, so the text cannot close it.
            let fence = String(repeating: "`", count: max(3, Escaping.longestBacktickRun(in: text) + 1))
            out += fence + "\n"
            out += text
            out += "\n" + fence + "\n"
        }
    }

    private func append(_ table: Table, from origin: PageLinks.Origin, to out: inout TextBuffer) {
        out += "**"
        Escaping.appendMarkdown(table.caption, to: &out)
        out += "**\n\n|"
        for column in table.columns {
            out += " "
            Escaping.appendMarkdown(column, to: &out)
            out += " |"
        }
        out += "\n|"
        out += String(repeating: " --- |", count: table.columns.count)
        out += "\n"
        for row in table.rows {
            out += "|"
            for cell in row {
                out += " "
                let start = out.count
                append(cell.content, from: origin, to: &out)
                // An empty cell keeps its space so the row still has every column.
                out += out.count == start ? "  |" : " |"
            }
            out += "\n"
        }
    }

    private func append(_ inlines: [Inline], from origin: PageLinks.Origin, to out: inout TextBuffer) {
        for inline in inlines {
            append(inline, from: origin, to: &out)
        }
    }

    private func append(_ inline: Inline, from origin: PageLinks.Origin, to out: inout TextBuffer) {
        switch inline {
        case .text(let text):
            Escaping.appendMarkdown(text, to: &out)
        case .strong(let text):
            appendDelimited(text, by: "**", to: &out)
        case .emphasis(let text):
            appendDelimited(text, by: "*", to: &out)
        case .code(let text):
            Escaping.appendMarkdownCode(text, to: &out)
        case .link(let text, let link):
            guard let href = origin.href(link, extension: "md") else {
                Escaping.appendMarkdown(text, to: &out)
                return
            }
            out += "["
            Escaping.appendMarkdown(text, to: &out)
            out += "]("
            out += href
            out += ")"
        case .status(let status, let secondary):
            out += Labels.symbol(status)
            out += " "
            out += strings.status(status)
            if secondary {
                out += " "
                out += Labels.secondaryMark
            }
        case .verdict(let verdict, let label):
            appendDelimited(label ?? strings.verdict(verdict), by: "**", to: &out)
        case .change(let change):
            out += strings.change(change)
        case .lineBreak:
            // Safe-mode renderers drop `<br>`, so parts of a cell are kept apart by a separator.
            out += Self.separator
        }
    }

    /// What stands between the parts of a table cell.
    static let separator = " · "

    /// `**text**`, with any leading or trailing white space moved outside the markers: CommonMark
    /// does not close emphasis after a space, and would show the asterisks.
    private func appendDelimited(_ text: String, by marker: StaticString, to out: inout TextBuffer) {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let leading = text.prefix(while: isSpace), rest = text.dropFirst(leading.count)
        let trailing = rest.reversed().prefix(while: isSpace)
        let core = rest.dropLast(trailing.count)
        out += String(leading)
        guard !core.isEmpty else { return }
        out += marker
        Escaping.appendMarkdown(String(core), to: &out)
        out += marker
        out += String(trailing)
    }
}
