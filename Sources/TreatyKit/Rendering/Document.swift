/// A report in a form both the Markdown and the HTML writers understand.
///
/// Report builders decide *what* a page says; writers decide *how* it is spelt, and do all escaping.
public struct Document: Sendable {
    public var title: String
    /// The page's place in a site, such as `compare/a--b`, without extension; links are made relative to it.
    public var path: String
    public var blocks: [Block]

    public init(title: String, path: String, blocks: [Block]) {
        self.title = title
        self.path = path
        self.blocks = blocks
    }
}

/// A block-level piece of a document.
public enum Block: Sendable {
    case heading(level: Int, text: String, anchor: String? = nil)
    case paragraph([Inline])
    case list([[Inline]])
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
    case verdict(Verdict)
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

    public init(caption: String, columns: [String], rows: [[Cell]], firstColumnIsHeader: Bool = true, style: String? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.firstColumnIsHeader = firstColumnIsHeader
        self.style = style
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

/// Values drawn as horizontal bars, one bar per series in each category.
public struct Chart: Sendable {
    public var caption: String
    public var categories: [String]
    public var series: [String]
    /// `values[category][series]`, each between 0 and 1.
    public var values: [[Double]]

    public init(caption: String, categories: [String], series: [String], values: [[Double]]) {
        self.caption = caption
        self.categories = categories
        self.series = series
        self.values = values
    }
}

extension Chart {
    /// The chart's figures as a table, for Markdown and for readers who cannot see the bars.
    public var table: Table {
        Table(
            caption: caption,
            columns: ["Group"] + series,
            rows: zip(categories, values).map { category, values in
                [Cell(category)] + values.map { Cell(MarkdownWriter.percent($0)) }
            })
    }
}
