/// The site's Method page: the coding manual (`Rules/MANUAL.md`) as a document.
///
/// The manual is written in a small part of Markdown — headings, paragraphs, bullet lists, tables, fenced
/// code and the inline spans `code`, **strong** and *emphasis* — and is read here into blocks, so both
/// writers escape and lay it out like every other page. Anything else stays plain text.
public enum MethodReport {
    /// The page's path in the site.
    public static let path = "method"

    public static func document(manual: String, in strings: Catalogue = .english) -> Document {
        var lines = manual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        var title = strings[.methodTitle]
        var blocks: [Block] = []
        while let line = lines.first {
            let trimmed = line.trimmingLeadingSpaces
            if trimmed.isEmpty {
                lines.removeFirst()
            } else if trimmed.hasPrefix("```") {
                lines.removeFirst()
                var code: [String] = []
                while let next = lines.popFirst(), !next.trimmingLeadingSpaces.hasPrefix("```") {
                    code.append(next)
                }
                blocks.append(.preformatted(code.joined(separator: "\n")))
            } else if let level = headingLevel(trimmed) {
                lines.removeFirst()
                let text = String(trimmed.dropFirst(level + 1))
                if level == 1 { title = text } else { blocks.append(.heading(level: level, text: text)) }
            } else if trimmed.hasPrefix("|") {
                var rows: [[String]] = []
                while let next = lines.first, next.trimmingLeadingSpaces.hasPrefix("|") {
                    lines.removeFirst()
                    rows.append(cells(next))
                }
                blocks.append(table(rows, after: blocks, caption: strings[.methodCaption]))
            } else if trimmed.hasPrefix("- ") {
                var items: [[Inline]] = []
                while let next = lines.first, next.trimmingLeadingSpaces.hasPrefix("- ") {
                    lines.removeFirst()
                    var text = String(next.trimmingLeadingSpaces.dropFirst(2))
                    while let more = lines.first, more.hasPrefix("  "), !more.trimmingLeadingSpaces.hasPrefix("- ") {
                        lines.removeFirst()
                        text += " " + more.trimmingLeadingSpaces
                    }
                    items.append(inlines(text))
                }
                blocks.append(.list(items))
            } else {
                var text = trimmed
                lines.removeFirst()
                while let next = lines.first, !startsBlock(next) {
                    lines.removeFirst()
                    text += " " + next.trimmingLeadingSpaces
                }
                blocks.append(.paragraph(inlines(text)))
            }
        }
        return Document(title: title, path: path, blocks: blocks, language: strings.language).typeset()
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).first == " " ? hashes : nil
    }

    private static func startsBlock(_ line: String) -> Bool {
        let trimmed = line.trimmingLeadingSpaces
        return trimmed.isEmpty || trimmed.hasPrefix("```") || trimmed.hasPrefix("|") || trimmed.hasPrefix("- ")
            || headingLevel(trimmed) != nil
    }

    /// The cells of a table row such as `| a | b |`.
    private static func cells(_ row: String) -> [String] {
        var parts = row.trimmingLeadingSpaces.split(separator: "|", omittingEmptySubsequences: false).map {
            String($0).trimmingLeadingSpaces.trimmingTrailingSpaces
        }
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// A table from its rows: the first is the header, a delimiter row (`| --- |`) is skipped. The
    /// caption is the heading the table stands under.
    private static func table(_ rows: [[String]], after blocks: [Block], caption fallback: String) -> Block {
        let header = rows.first ?? []
        let body = rows.dropFirst().filter { row in !row.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
        var caption = fallback
        for case .heading(_, let text, _) in blocks.reversed() {
            caption = text
            break
        }
        return .table(Table(
            caption: caption,
            columns: header.map(plain),
            rows: body.map { row in (0..<header.count).map { Cell(inlines($0 < row.count ? row[$0] : "")) } },
            layout: .stacked))
    }

    /// Text without its inline markers, for table headers.
    private static func plain(_ text: String) -> String {
        inlines(text).map { inline -> String in
            switch inline {
            case .text(let value), .strong(let value), .emphasis(let value), .code(let value): value
            default: ""
            }
        }.joined()
    }

    /// Inline spans: `code`, **strong** and *emphasis*; an unmatched marker stays as text.
    static func inlines(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        func flush() {
            if !plain.isEmpty { result.append(.text(plain)) }
            plain = ""
        }
        while let first = rest.first {
            let marker: String? = rest.hasPrefix("**") ? "**" : first == "`" ? "`" : first == "*" ? "*" : nil
            if let marker, let (content, after) = span(rest.dropFirst(marker.count), closedBy: marker) {
                flush()
                result.append(marker == "`" ? .code(content) : marker == "**" ? .strong(content) : .emphasis(content))
                rest = after
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return result
    }

    /// The non-empty text before the first `marker` in `text`, and what follows the marker.
    private static func span(_ text: Substring, closedBy marker: String) -> (String, Substring)? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(marker) {
                guard index > text.startIndex else { return nil }
                return (String(text[..<index]), text[text.index(index, offsetBy: marker.count)...])
            }
            index = text.index(after: index)
        }
        return nil
    }
}

private extension StringProtocol {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
    var trimmingTrailingSpaces: String { String(String(reversed().drop { $0 == " " }).reversed()) }
}
