/// The spacing rules of a language's typography, applied to a document's text before it is written.
enum Typography {
    /// French: a no-break space (U+00A0) before `:` and inside « », a narrow no-break space (U+202F)
    /// before `;`, `!`, `?` and `%`. An ordinary space there becomes the no-break one; a mark that follows a
    /// letter directly gets one, except a colon not followed by a space (as in `https://`). Applying
    /// it twice changes nothing.
    static func french(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ";:!?«»%".unicodeScalars.contains($0) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        // A piece of text that opens with the mark (": " after a name set in bold) follows a word.
        if scalars.count > 1, scalars[1] == " ", let first = scalars.first, ";:!?".unicodeScalars.contains(first) {
            out.append(first == ":" ? "\u{00A0}" : "\u{202F}")
        }
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let previous = out.last
            switch scalar {
            case ";", "!", "?", ":":
                let space: Unicode.Scalar = scalar == ":" ? "\u{00A0}" : "\u{202F}"
                let followedBySpace = next == nil || next == " " || next == "\u{00A0}" || next == "\n"
                if previous == " " {
                    out.removeLast()
                    out.append(space)
                } else if let previous, followedBySpace,
                          previous.properties.isAlphabetic || "0123456789)»…".unicodeScalars.contains(previous) {
                    out.append(space)
                }
                out.append(scalar)
            case "%" where previous == " ":
                out.removeLast()
                out.append("\u{202F}")
                out.append(scalar)
            case " " where previous == "«":
                out.append("\u{00A0}")
            case "»":
                if previous == " " {
                    out.removeLast()
                    out.append("\u{00A0}")
                } else if previous != "\u{00A0}" {
                    out.append("\u{00A0}")
                }
                out.append(scalar)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension Language {
    /// The colon that ends a term, as the language sets it: `Titre :` in French.
    var colon: String {
        self == .french ? "\u{00A0}:" : ":"
    }
}

extension Document {
    /// The document with its language's typography applied to every piece of text; code, link
    /// targets and identifiers are left as they are.
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
