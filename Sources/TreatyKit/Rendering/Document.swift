/// A report in a form both the Markdown and the HTML writers understand.
///
/// Report builders decide *what* a page says; writers decide *how* it is spelt, and do all escaping.
public struct Document: Sendable {
    public var title: String
    /// The page's place in a site, such as `compare/a--b`, without extension; links are made relative to it.
    public var path: String
    public var blocks: [Block]
    /// The language the page is written in.
    public var language: Language
    /// The other languages the page exists in, in a site: each gets an alternate link and a switch.
    public var twins: [Language]

    public init(title: String, path: String, blocks: [Block], language: Language = .english, twins: [Language] = []) {
        self.title = title
        self.path = path
        self.blocks = blocks
        self.language = language
        self.twins = twins
    }
}

/// A block-level piece of a document.
public enum Block: Sendable {
    case heading(level: Int, text: String, anchor: String? = nil)
    case paragraph([Inline])
    /// A bulleted list; `style` hints at its role, such as `refs` for a list of sources whose web
    /// addresses are printed.
    case list([[Inline]], style: String? = nil)
    /// Term and description pairs, such as an instrument's metadata.
    case definitions([(term: String, description: [Inline])])
    case table(Table)
    /// A horizontal bar chart: SVG in HTML, a table in Markdown.
    case chart(Chart)
    /// Lines shown exactly as written, in a fixed-width font.
    case preformatted(String)
}

/// Inline content; every string in it is plain text that writers escape.
public enum Inline: Sendable {
    case text(String)
    case strong(String)
    case emphasis(String)
    case code(String)
    case link(String, Link)
    case status(Status, secondary: Bool)
    /// A verdict, with `label` naming the sides where "left" and "right" would not say which.
    case verdict(Verdict, label: String? = nil)
    case change(Change)
    case lineBreak
}

/// Where a link goes: another page of the site, or a web address.
public enum Link: Sendable, Equatable {
    /// A site page by path without extension, with an optional fragment.
    case page(String, fragment: String? = nil)
    case external(String)
    /// A file of the site by its path, extension included, such as `data/matrix.csv`.
    case file(String)
}

/// A data table with a caption and column headers; the first column may head its row.
public struct Table: Sendable {
    public var caption: String
    public var columns: [String]
    public var rows: [[Cell]]
    public var firstColumnIsHeader: Bool
    /// A hint for styling, such as `heatmap`.
    public var style: String?
    public var layout: Layout

    /// How a table behaves on a narrow screen.
    public enum Layout: String, Sendable {
        /// As it is: few, short columns.
        case plain
        /// Long text (notes): each row becomes a card, each cell labelled with its column.
        case stacked
        /// Many short columns: the table scrolls in its own box, its first column stays in view.
        case wide
    }

    public init(caption: String, columns: [String], rows: [[Cell]], firstColumnIsHeader: Bool = true, style: String? = nil, layout: Layout = .plain) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.firstColumnIsHeader = firstColumnIsHeader
        self.style = style
        self.layout = layout
    }
}

/// One table cell; `tone` colours it in HTML (the text always carries the meaning too).
public struct Cell: Sendable {
    public var content: [Inline]
    public var tone: String?

    public init(_ content: [Inline], tone: String? = nil) {
        self.content = content
        self.tone = tone
    }

    public init(_ text: String) {
        self.init([.text(text)])
    }
}

/// Counts drawn as stacked horizontal bars: one bar per series in each category, split into parts
/// (such as provided, not provided and unknown) that together make the whole.
public struct Chart: Sendable {
    public var caption: String
    public var categories: [String]
    public var series: [String]
    /// The parts of every bar, in drawing order.
    public var parts: [String]
    /// `counts[category][series][part]`; a bar's whole is the sum of its parts.
    public var counts: [[[Int]]]

    public init(caption: String, categories: [String], series: [String], parts: [String], counts: [[[Int]]]) {
        self.caption = caption
        self.categories = categories
        self.series = series
        self.parts = parts
        self.counts = counts
    }

    /// One bar: its series name and its parts' counts, with their whole.
    struct Bar {
        var name: String
        var counts: [Int]
        var total: Int { counts.reduce(0, +) }

        /// "60% provided · 40% unknown": every part that is not empty, so nothing reads as a bare 0%.
        func figures(_ parts: [String], in strings: Catalogue) -> String {
            guard total > 0 else { return strings[.chartNoElements] }
            return zip(parts, counts).filter { $0.1 > 0 }
                .map { "\(strings.percent(Double($0.1) / Double(total))) \($0.0)" }
                .joined(separator: " · ")
        }
    }

    /// The bars of one category.
    func bars(_ category: Int) -> [Bar] {
        zip(series, counts[category]).map { Bar(name: $0, counts: $1) }
    }
}

extension Chart {
    /// The chart's figures as a table, for Markdown, for print and for readers who cannot see the bars.
    public func table(_ strings: Catalogue) -> Table {
        Table(
            caption: caption,
            columns: [strings[.chartGroup], strings[.instrument]] + parts.map { $0.prefix(1).uppercased() + $0.dropFirst() },
            rows: categories.indices.flatMap { category in
                bars(category).map { bar in
                    [Cell(categories[category]), Cell(bar.name)] + bar.counts.map { Cell(strings.share($0, of: bar.total)) }
                }
            },
            layout: .wide)
    }
}
