/// Typography applied to whole documents (see `Typography` for the rules).
extension Document {
    /// The document with its language's typography applied to every piece of text; code, link
    /// targets and identifiers are left as they are. For a document whose every text is in its
    /// language (the translated manual); elsewhere the catalogue and the translation set their own.
    func typeset() -> Document {
        guard language == .french else { return self }
        let set = Typography.french
        var copy = self
        copy.title = set(title)
        copy.blocks = blocks.map { $0.mapText(set) }
        return copy
    }
}

extension Block {
    /// The block with `transform` applied to its text.
    func mapText(_ transform: (String) -> String) -> Block {
        func inlines(_ items: [Inline]) -> [Inline] { items.map { $0.mapText(transform) } }
        switch self {
        case .heading(let level, let text, let anchor):
            return .heading(level: level, text: transform(text), anchor: anchor)
        case .paragraph(let items):
            return .paragraph(inlines(items))
        case .list(let items, let style):
            return .list(items.map(inlines), style: style)
        case .definitions(let pairs):
            return .definitions(pairs.map { (transform($0.term), inlines($0.description)) })
        case .table(var table):
            table.caption = transform(table.caption)
            table.columns = table.columns.map(transform)
            table.rows = table.rows.map { row in row.map { Cell(inlines($0.content), tone: $0.tone) } }
            return .table(table)
        case .chart(var chart):
            chart.caption = transform(chart.caption)
            chart.categories = chart.categories.map(transform)
            chart.series = chart.series.map(transform)
            chart.parts = chart.parts.map(transform)
            return .chart(chart)
        case .preformatted:
            return self
        }
    }
}

extension Inline {
    /// The inline with `transform` applied to its text (not to code or link targets).
    func mapText(_ transform: (String) -> String) -> Inline {
        switch self {
        case .text(let text): .text(transform(text))
        case .strong(let text): .strong(transform(text))
        case .emphasis(let text): .emphasis(transform(text))
        case .link(let text, let target): .link(transform(text), target)
        case .verdict(let verdict, let label): .verdict(verdict, label: label.map(transform))
        case .code, .status, .change, .lineBreak: self
        }
    }
}
