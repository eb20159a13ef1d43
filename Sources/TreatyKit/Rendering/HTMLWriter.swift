/// Writes a `Document` as one self-contained, valid HTML5 page: inline CSS, no scripts, no external requests.
public struct HTMLWriter: Sendable {
    public var links: PageLinks

    public init(links: PageLinks = .standalone) {
        self.links = links
    }

    public func write(_ document: Document) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, ready to be written to a file.
    func bytes(_ document: Document) -> [UInt8] {
        let esc = Escaping.html
        let origin = links.origin(document.path)
        var out = TextBuffer()
        out += """
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
        if links.inSite, let home = origin.href(.page(""), extension: "html") {
            out += "<header><nav aria-label=\"Site\"><a href=\""
            Escaping.appendHTML(home, to: &out)
            out += "\">TreatyDiff</a></nav></header>\n"
        }
        out += "<main>\n<h1>\(esc(document.title))</h1>\n"
        var open = false
        for block in document.blocks {
            if case .heading(let level, _, _) = block, level <= 2 {
                if open { out += "</section>\n" }
                out += "<section>\n"
                open = true
            }
            append(block, from: origin, to: &out)
        }
        if open { out += "</section>\n" }
        out += "</main>\n</body>\n</html>\n"
        return out.bytes
    }

    private func append(_ block: Block, from origin: PageLinks.Origin, to out: inout TextBuffer) {
        switch block {
        case .heading(let level, let text, let anchor):
            let tag = "h\(min(6, max(2, level)))"
            out += "<" + tag
            appendAttribute("id", anchor, to: &out)
            out += ">"
            Escaping.appendHTML(text, to: &out)
            out += "</" + tag + ">\n"
        case .paragraph(let inlines):
            out += "<p>"
            append(inlines, from: origin, to: &out)
            out += "</p>\n"
        case .list(let items):
            out += "<ul>\n"
            for item in items {
                out += "<li>"
                append(item, from: origin, to: &out)
                out += "</li>\n"
            }
            out += "</ul>\n"
        case .preformatted(let text):
            out += "<pre><code>"
            Escaping.appendHTML(text, to: &out)
            out += "</code></pre>\n"
        case .definitions(let pairs):
            out += "<dl>\n"
            for pair in pairs {
                out += "<dt>"
                Escaping.appendHTML(pair.term, to: &out)
                out += "</dt><dd>"
                append(pair.description, from: origin, to: &out)
                out += "</dd>\n"
            }
            out += "</dl>\n"
        case .table(let table):
            append(table, from: origin, to: &out)
        case .chart(let chart):
            out += write(chart)
            out += "<details>\n<summary>The same figures as a table</summary>\n"
            append(chart.table, from: origin, to: &out)
            out += "</details>\n"
        }
    }

    private func append(_ table: Table, from origin: PageLinks.Origin, to out: inout TextBuffer) {
        out += "<div class=\"table-wrap\" role=\"region\" aria-label=\""
        Escaping.appendHTML(table.caption, to: &out)
        out += "\" tabindex=\"0\">\n<table"
        appendAttribute("class", table.style, to: &out)
        out += ">\n<caption>"
        Escaping.appendHTML(table.caption, to: &out)
        out += "</caption>\n<thead><tr>"
        for column in table.columns {
            out += "<th scope=\"col\">"
            Escaping.appendHTML(column, to: &out)
            out += "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let header = index == 0 && table.firstColumnIsHeader
                out += header ? "<th scope=\"row\"" : "<td"
                appendAttribute("class", cell.tone, to: &out)
                out += ">"
                append(cell.content, from: origin, to: &out)
                out += header ? "</th>" : "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
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

    /// ` name="value"`, escaped; nothing when there is no value.
    private func appendAttribute(_ name: StaticString, _ value: String?, to out: inout TextBuffer) {
        guard let value else { return }
        out += " "
        out += name
        out += "=\""
        Escaping.appendHTML(value, to: &out)
        out += "\""
    }

    private func append(_ inlines: [Inline], from origin: PageLinks.Origin, to out: inout TextBuffer) {
        for inline in inlines {
            append(inline, from: origin, to: &out)
        }
    }

    private func append(_ inline: Inline, from origin: PageLinks.Origin, to out: inout TextBuffer) {
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
            guard let href = origin.href(link, extension: "html") else {
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
