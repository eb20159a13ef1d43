/// Writes a `Document` as one self-contained, valid HTML5 page: inline CSS, no scripts, no external requests.
public struct HTMLWriter: Sendable {
    public var links: PageLinks

    public init(links: PageLinks = .standalone) {
        self.links = links
    }

    public func write(_ document: Document) -> String {
        let esc = Escaping.html
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(esc(document.title)) — TreatyDiff</title>
            <style>\(Stylesheet.css)</style>
            </head>
            <body>

            """
        if links.inSite, let home = links.href(from: document.path, to: "", fragment: nil, extension: "html") {
            out += "<header><nav aria-label=\"Site\"><a href=\"\(esc(home))\">TreatyDiff</a></nav></header>\n"
        }
        out += "<main>\n<h1>\(esc(document.title))</h1>\n"
        var open = false
        for block in document.blocks {
            if case .heading(let level, _, _) = block, level <= 2 {
                if open { out += "</section>\n" }
                out += "<section>\n"
                open = true
            }
            out += write(block, in: document)
        }
        if open { out += "</section>\n" }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func write(_ block: Block, in document: Document) -> String {
        let esc = Escaping.html
        switch block {
        case .heading(let level, let text, let anchor):
            let tag = "h\(min(6, max(2, level)))"
            let id = anchor.map { " id=\"\(esc($0))\"" } ?? ""
            return "<\(tag)\(id)>\(esc(text))</\(tag)>\n"
        case .paragraph(let inlines):
            return "<p>\(inline(inlines, in: document))</p>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(inline($0, in: document))</li>\n" }.joined() + "</ul>\n"
        case .definitions(let pairs):
            return "<dl>\n" + pairs.map { "<dt>\(esc($0.term))</dt><dd>\(inline($0.description, in: document))</dd>\n" }.joined() + "</dl>\n"
        case .table(let table):
            return write(table, in: document)
        case .chart(let chart):
            return write(chart) + "<details>\n<summary>The same figures as a table</summary>\n" + write(chart.table, in: document) + "</details>\n"
        }
    }

    private func write(_ table: Table, in document: Document) -> String {
        let esc = Escaping.html
        let style = table.style.map { " class=\"\(esc($0))\"" } ?? ""
        var out = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(esc(table.caption))\" tabindex=\"0\">\n"
        out += "<table\(style)>\n<caption>\(esc(table.caption))</caption>\n<thead><tr>"
        out += table.columns.map { "<th scope=\"col\">\(esc($0))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let tone = cell.tone.map { " class=\"\(esc($0))\"" } ?? ""
                let tag = index == 0 && table.firstColumnIsHeader ? "th" : "td"
                out += tag == "th" ? "<th scope=\"row\"\(tone)>" : "<td\(tone)>"
                append(cell.content, in: document, to: &out)
                out += "</\(tag)>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return out
    }

    /// Horizontal bars, one row of bars per category, with the values also written as text.
    private func write(_ chart: Chart) -> String {
        let esc = Escaping.html
        let barWidth = 440, barHeight = 14, gap = 4, labelHeight = 20, groupGap = 14
        let groupHeight = labelHeight + chart.series.count * (barHeight + gap) + groupGap
        let width = barWidth + 60
        let height = chart.categories.count * groupHeight + 4
        var out = "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"chart-title\">\n"
        out += "<title id=\"chart-title\">\(esc(chart.caption))</title>\n"
        for (categoryIndex, category) in chart.categories.enumerated() {
            let top = categoryIndex * groupHeight
            out += "<text x=\"0\" y=\"\(top + 15)\" class=\"chart-label\">\(esc(category))</text>\n"
            for (seriesIndex, series) in chart.series.enumerated() {
                let value = chart.values[categoryIndex][seriesIndex]
                let y = top + labelHeight + seriesIndex * (barHeight + gap)
                let length = Int((Double(barWidth) * value).rounded())
                out += "<rect x=\"0\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" class=\"bar bar-\(seriesIndex % 8)\"><title>\(esc(series)): \(MarkdownWriter.percent(value))</title></rect>"
                out += "<text x=\"\(length + 4)\" y=\"\(y + barHeight - 3)\" class=\"chart-value\">\(MarkdownWriter.percent(value))</text>\n"
            }
        }
        out += "</svg>\n<figcaption>\(esc(chart.caption)). Bars, top to bottom in each group: "
        out += chart.series.enumerated().map { "<span class=\"key bar-\($0.offset % 8)\"></span>\(esc($0.element))" }.joined(separator: ", ")
        out += ".</figcaption>\n</figure>\n"
        return out
    }

    func inline(_ inlines: [Inline], in document: Document) -> String {
        var out = ""
        append(inlines, in: document, to: &out)
        return out
    }

    private func append(_ inlines: [Inline], in document: Document, to out: inout String) {
        for inline in inlines {
            append(inline, in: document, to: &out)
        }
    }

    private func append(_ inline: Inline, in document: Document, to out: inout String) {
        switch inline {
        case .text(let text):
            Escaping.appendHTML(text, to: &out)
        case .strong(let text):
            out += "<strong>"
            Escaping.appendHTML(text, to: &out)
            out += "</strong>"
        case .emphasis(let text):
            out += "<em>"
            Escaping.appendHTML(text, to: &out)
            out += "</em>"
        case .code(let text):
            out += "<code>"
            Escaping.appendHTML(text, to: &out)
            out += "</code>"
        case .link(let text, let link):
            guard let href = links.href(link, from: document.path, extension: "html") else {
                Escaping.appendHTML(text, to: &out)
                return
            }
            out += "<a href=\""
            Escaping.appendHTML(href, to: &out)
            out += "\">"
            Escaping.appendHTML(text, to: &out)
            out += "</a>"
        case .status(let status, let secondary):
            out += "<span class=\"status s-\(status.rawValue)\">\(Labels.symbol(status)) \(Labels.text(status))</span>"
            if secondary {
                out += " <abbr class=\"secondary\" title=\"secondary evidence\">\(Labels.secondaryMark)</abbr>"
            }
        case .verdict(let verdict):
            out += "<span class=\"verdict v-\(verdict.rawValue)\">\(Labels.text(verdict))</span>"
        case .change(let change):
            out += "<span class=\"change c-\(change.rawValue)\">\(Labels.text(change))</span>"
        case .lineBreak:
            out += "<br>"
        }
    }
}
