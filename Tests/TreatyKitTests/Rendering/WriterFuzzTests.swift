import Foundation
import Testing
@testable import TreatyKit

/// Random strings through every writer, each read back: CSV gives the same cells, HTML no element
/// or attribute from data, Markdown no raw HTML.
@Suite struct WriterFuzzTests {
    static let pieces = [
        "a", "Z", " ", ",", "\"", "'", "\r", "\n", "\r\n", "\t", "=", "+", "-", "@", "|", "`", "<", ">", "&", "*", "_", "[", "]", "(", ")",
        "\\", "#", "!", "1.", "<img src=x onerror=alert(1)>", "<script>", "</td>", "-->", "\u{0301}", "\u{200D}", "\u{2028}", "\u{85}",
        "\u{1B}", "\u{0}", "é", "漢", "🏳️‍🌈", "\u{FEFF}", "\u{FF1D}", "javascript:", "&amp;", "&#60;", "~~", "http://x.org/",
    ]

    static func strings(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    static func document(_ text: String) -> Document {
        Document(title: text, path: "", blocks: [
            .heading(level: 2, text: text, anchor: nil),
            .paragraph([.text(text), .code(text), .strong(text), .emphasis(text), .link(text, .external("https://example.org/" + text))]),
            .list([[.text(text)], [.code(text)]]),
            .definitions([(term: text, description: [.text(text)])]),
            .table(Table(caption: text, columns: [text, "b"], rows: [[Cell([.text(text), .code(text)]), Cell(text)]])),
        ])
    }

    @Test func csvReadsBackTheSameCellsAndRows() throws {
        let strings = Self.strings(count: 400, seed: 1)
        for row in stride(from: 0, to: strings.count - 4, by: 4) {
            let cells = Array(strings[row..<row + 4])
            let text = cells.map(Escaping.csv).joined(separator: ",") + "\r\n" + cells.map(Escaping.csv).joined(separator: ",") + "\r\n"
            let rows = try CSVReader.rows(text)
            #expect(rows.count == 2)
            for read in rows {
                #expect(read.count == 4)
                for (original, back) in zip(cells, read) {
                    #expect(back == original || back == "'" + original, "\(original.debugDescription) read back as \(back.debugDescription)")
                    let first = back.unicodeScalars.first { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
                    #expect(!(back.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false) || back.hasPrefix("'"))
                    #expect(first.map { !"=+-@".unicodeScalars.contains($0) || back.hasPrefix("'") } ?? true)
                }
            }
        }
    }

    @Test func htmlFromDataYieldsNoElementOrAttribute() {
        let plain = HTMLWriter().write(Self.document("x"))
        let shape = { (html: String) in html.unicodeScalars.filter { $0 == "<" || $0 == ">" || $0 == "\"" }.count }
        for text in Self.strings(count: 300, seed: 2) {
            let html = HTMLWriter().write(Self.document(text))
            let link = Escaping.safeURL("https://example.org/" + text)
            // The same tags and attributes as for plain text: data adds no <, > or " of its own.
            if link != nil {
                #expect(shape(html) == shape(plain), "\(text.debugDescription)")
            }
            #expect(!html.contains("<img") && !html.contains("<script"), "\(text.debugDescription)")
        }
    }

    @Test func markdownFromDataYieldsNoRawHTML() {
        for text in Self.strings(count: 300, seed: 3) {
            let markdown = MarkdownWriter().write(Self.document(text))
            #expect(MarkdownCheck.rawHTML(in: markdown).isEmpty, "\(text.debugDescription): \(markdown)")
        }
    }
}
