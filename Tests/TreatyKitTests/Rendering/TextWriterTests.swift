import Testing
@testable import TreatyKit

@Suite struct TextWriterTests {
    @Test func wrapsAtSpacesAndCutsOverlongWords() {
        #expect(TextWriter.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(TextWriter.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWriter.wrap("", width: 5) == [""])
    }

    @Test func tablesAlignAndWrapTheWidestColumn() {
        let note = String(repeating: "word ", count: 30)
        let table = Table(caption: "Cap", columns: ["Element", "Status", "Note"], rows: [
            [Cell([.link("Spam", .page("elements/offence.spam"))]), Cell([.status(.mandatory, secondary: true), .lineBreak, .link("Art. 2", .external("https://example.org/a"))]), Cell(note)],
        ])
        let text = TextWriter(width: 60).write(Document(title: "T", path: "", blocks: [.table(table)]))
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(text.contains("Element  Status                  Note\n-------  ----------------------  -----"))
        #expect(text.contains("Spam     ● mandatory † · Art. 2  word word"))
        #expect(!text.contains("https://"))
    }

    @Test func listsKeepTheAddressOnce() {
        let text = TextWriter().write(Document(title: "T", path: "", blocks: [.list([[.link("Official text", .external("https://example.org/a"))]])]))
        #expect(text.hasSuffix("- Official text <https://example.org/a>\n"))
    }
}
