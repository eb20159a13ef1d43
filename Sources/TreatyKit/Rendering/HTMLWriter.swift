/// Writes a `Document` as one self-contained, valid HTML5 page: inline CSS, no scripts, no external requests.
public struct HTMLWriter: Sendable {
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
        let esc = Escaping.html
        let origin = links.origin(document.path, language: document.language)
        var out = TextBuffer()
        out += """
            <!DOCTYPE html>
            <html lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(esc(document.title)) — \(strings[.siteName])</title>

            """
        if !document.twins.isEmpty {
            for language in ([document.language] + document.twins).sorted(by: { $0.rawValue < $1.rawValue }) {
                guard let href = origin.twin(document.path, in: language, extension: "html") else { continue }
                out += "<link rel=\"alternate\" hreflang=\"\(language.rawValue)\" href=\""
                Escaping.appendHTML(href, to: &out)
                out += "\">\n"
            }
        }
        out += "<style>\(Stylesheet.css)</style>\n</head>\n<body>\n"
        if links.inSite, let home = origin.href(.page(""), extension: "html") {
            out += "<header><nav aria-label=\"Site\"><a href=\""
            Escaping.appendHTML(home, to: &out)
            out += "\">"
            Escaping.appendHTML(strings[.siteName], to: &out)
            out += "</a>"
            for language in document.twins {
                guard let href = origin.twin(document.path, in: language, extension: "html") else { continue }
                out += " <a class=\"language\" href=\""
                Escaping.appendHTML(href, to: &out)
                out += "\" hreflang=\"\(language.rawValue)\" lang=\"\(language.rawValue)\">"
                Escaping.appendHTML(Catalogue.of(language)[.languageName], to: &out)
                out += "</a>"
            }
            out += "</nav></header>\n"
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
        case .list(let items, let style):
            out += "<ul"
            appendAttribute("class", style, to: &out)
            out += ">\n"
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
            append(chart, to: &out)
            // On screen the figures wait behind a disclosure; in print, where the bars are left out,
            // the copy outside it is shown instead.
            out += "<details>\n<summary>"
            Escaping.appendHTML(strings[.chartTableSummary], to: &out)
            out += "</summary>\n"
            append(chart.table(strings), from: origin, to: &out)
            out += "</details>\n<div class=\"print-only\">\n"
            append(chart.table(strings), from: origin, to: &out)
            out += "</div>\n"
        }
    }

    private func append(_ table: Table, from origin: PageLinks.Origin, to out: inout TextBuffer) {
        if table.layout == .wide {
            out += "<p class=\"scroll-cue\" aria-hidden=\"true\">"
            Escaping.appendHTML(strings[.scrollCue], to: &out)
            out += "</p>\n"
        }
        out += "<div class=\"table-wrap"
        if table.layout != .plain {
            out += " "
            out += table.layout.rawValue
        }
        out += "\" role=\"region\" aria-label=\""
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
                if table.layout == .stacked, !header, index < table.columns.count {
                    appendAttribute("data-label", table.columns[index], to: &out)
                }
                out += ">"
                append(cell.content, from: origin, to: &out)
                out += header ? "</th>" : "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    /// Stacked bars drawn with HTML and CSS, each labelled with its series and its figures in words,
    /// under a key that names the parts.
    private func append(_ chart: Chart, to out: inout TextBuffer) {
        out += "<figure class=\"chart\">\n<figcaption>"
        Escaping.appendHTML(chart.caption, to: &out)
        out += ".</figcaption>\n<p class=\"chart-key\">"
        for (index, part) in chart.parts.enumerated() {
            out += "<span><span class=\"key part-\(index)\"></span>"
            Escaping.appendHTML(part, to: &out)
            out += "</span>"
        }
        out += "</p>\n"
        for (category, name) in chart.categories.enumerated() {
            out += "<div class=\"chart-group\">\n<p class=\"chart-category\">"
            Escaping.appendHTML(name, to: &out)
            out += "</p>\n"
            for bar in chart.bars(category) {
                out += "<div class=\"chart-row\"><span class=\"chart-name\">"
                Escaping.appendHTML(bar.name, to: &out)
                out += "</span><span class=\"chart-bar\" aria-hidden=\"true\">"
                for (index, count) in bar.counts.enumerated() where count > 0 && bar.total > 0 {
                    let width = (Double(count) * 1000 / Double(bar.total)).rounded() / 10
                    out += "<span class=\"part-\(index)\" style=\"width:\(width)%\"></span>"
                }
                out += "</span><span class=\"chart-figures\">"
                Escaping.appendHTML(bar.figures(chart.parts, in: strings), to: &out)
                out += "</span></div>\n"
            }
            out += "</div>\n"
        }
        out += "</figure>\n"
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
            out += "<span class=\"status s-\(status.rawValue)\">\(Labels.symbol(status)) \(strings.status(status))</span>"
            if secondary {
                out += " <abbr class=\"secondary\" title=\"\(strings[.secondaryTitle])\">\(Labels.secondaryMark)</abbr>"
            }
        case .verdict(let verdict, let label):
            out += "<span class=\"verdict v-\(verdict.rawValue)\">"
            Escaping.appendHTML(label ?? strings.verdict(verdict), to: &out)
            out += "</span>"
        case .change(let change):
            out += "<span class=\"change c-\(change.rawValue)\">\(strings.change(change))</span>"
        case .lineBreak:
            out += "<br>"
        }
    }
}
