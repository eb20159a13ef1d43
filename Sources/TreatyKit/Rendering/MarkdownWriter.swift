/// Writes a `Document` as GitHub-flavoured Markdown.
public struct MarkdownWriter: Sendable {
    public var links: PageLinks

    public init(links: PageLinks = .standalone) {
        self.links = links
    }

    public func write(_ document: Document) -> String {
        var out = ""
        if links.inSite, !document.path.isEmpty, let home = links.href(from: document.path, to: "", fragment: nil, extension: "md") {
            out += "[TreatyDiff](\(home))\n\n"
        }
        out += "# \(Escaping.markdown(document.title))\n"
        for block in document.blocks {
            out += "\n" + write(block, in: document)
        }
        return out
    }

    private func write(_ block: Block, in document: Document) -> String {
        switch block {
        case .heading(let level, let text, _):
            return String(repeating: "#", count: min(6, max(2, level))) + " " + Escaping.markdown(text) + "\n"
        case .paragraph(let inlines):
            return inline(inlines, in: document) + "\n"
        case .list(let items):
            return items.map { "- " + inline($0, in: document) + "\n" }.joined()
        case .definitions(let pairs):
            return pairs.map { "- **\(Escaping.markdown($0.term)):** " + inline($0.description, in: document) + "\n" }.joined()
        case .table(let table):
            var out = "**\(Escaping.markdown(table.caption))**\n\n"
            out += "| " + table.columns.map(Escaping.markdown).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: table.columns.count) + "\n"
            for row in table.rows {
                let cells = row.map { cell in
                    let text = inline(cell.content, in: document)
                    return text.isEmpty ? " " : text
                }
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            return out
        case .chart(let chart):
            return write(.table(chart.table), in: document)
        }
    }

    func inline(_ inlines: [Inline], in document: Document) -> String {
        var out = ""
        for inline in inlines {
            append(inline, in: document, to: &out)
        }
        return out
    }

    private func append(_ inline: Inline, in document: Document, to out: inout String) {
        switch inline {
        case .text(let text):
            out += Escaping.markdown(text)
        case .strong(let text):
            out += "**" + Escaping.markdown(text) + "**"
        case .emphasis(let text):
            out += "*" + Escaping.markdown(text) + "*"
        case .code(let text):
            out += text.contains("`") || text.contains("\n") ? Escaping.markdown(text) : "`" + text + "`"
        case .link(let text, let link):
            guard let href = links.href(link, from: document.path, extension: "md") else {
                out += Escaping.markdown(text)
                return
            }
            out += "[" + Escaping.markdown(text) + "](" + href + ")"
        case .status(let status, let secondary):
            out += Labels.symbol(status) + " " + Labels.text(status) + (secondary ? " " + Labels.secondaryMark : "")
        case .verdict(let verdict):
            out += "**" + Labels.text(verdict) + "**"
        case .change(let change):
            out += Labels.text(change)
        case .lineBreak:
            out += "<br>"
        }
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }
}
