import Testing
@testable import TreatyKit

@Suite struct EscapingTests {
    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(Escaping.html(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test(arguments: [
        ("a|b", #"a\|b"#),
        ("*bold* _it_ `code`", #"\*bold\* \_it\_ \`code\`"#),
        ("[x](javascript:alert(1))", #"\[x\](javascript:alert(1))"#),
        ("<script>", #"&lt;script\>"#),
        ("# Heading", ##"\# Heading"##),
        ("- item", #"\- item"#),
        ("1. first", #"1\. first"#),
        ("line\nbreak", "line break"),
        ("Art. 24(3) - fine", "Art. 24(3) - fine"),
        ("AT&T", #"AT\&T"#),
    ])
    func markdownEscapesEverythingThatCouldBecomeMarkup(input: String, expected: String) {
        #expect(Escaping.markdown(input) == expected)
    }

    @Test(arguments: [
        ("https://example.org/a(b)", "https://example.org/a%28b%29"),
        ("HTTP://example.org", "HTTP://example.org"),
    ])
    func safeURLsKeepHTTPAndEncodeDelimiters(input: String, expected: String) {
        #expect(Escaping.safeURL(input) == expected)
    }

    @Test func safeURLKeepsNonASCIIThatIsNotSpace() {
        #expect(Escaping.safeURL("https://example.org/a–b/été") == "https://example.org/a–b/été")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,x", "ftp://example.org", "//example.org", "https://exa mple.org", "vbscript:x",
                      "https://example.org/\u{00A0}x", "https://example.org/\u{2028}x", "https://example.org/\u{3000}"])
    func safeURLRefusesEverythingElse(input: String) {
        #expect(Escaping.safeURL(input) == nil)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(1)", "\"'=HYPERLINK(1)\""),
    ])
    func csvQuotesFieldsAsRFC4180(input: String, expected: String) {
        #expect(Escaping.csv(input) == expected)
    }

    @Test(arguments: [
        ("Illegal access\r\n=cmd|' /C calc'!A0", false), ("a\r\n\"b", false), ("\"\u{301}", false), ("plain", false),
        ("=\u{301}1+1", true), ("=\u{200D}1+1", true), ("\t=1+1", true), ("\r=1+1", true), ("\tplain", true),
        ("\u{200B}=1", true), (" @SUM(A1)", true), ("\u{FF1D}1+1", true), ("-2+3", true),
    ])
    func csvNeverLetsAFieldOutOfItsCellNorStartAFormula(input: String, guarded: Bool) throws {
        let line = [input, "next"].map(Escaping.csv).joined(separator: ",") + "\r\n"
        let rows = try CSVReader.rows(line)
        #expect(rows.count == 1)
        let cells = try #require(rows.first)
        #expect(cells.count == 2)
        #expect(cells.last == "next")
        let cell = try #require(cells.first)
        #expect(cell == (guarded ? "'" + input : input), "the cell reads back whole, guarded when it could start a formula")
    }

    @Test(arguments: ["R\r<img src=x onerror=alert(1)>", "a\u{2028}<b>x</b>", "a|b<i>", "a`<i>`", "\u{85}<p>"])
    func codeSpansNeverLetALineBreakOrPipeOutOfTheSpan(input: String) {
        let document = Document(title: "T", path: "", blocks: [
            .paragraph([.text("reading: "), .code(input)]),
            .table(Table(caption: "c", columns: ["a", "b"], rows: [[Cell([.code(input)]), Cell("x")]])),
        ])
        let markdown = MarkdownWriter().write(document)
        #expect(MarkdownCheck.rawHTML(in: markdown).isEmpty, "no raw HTML: \(markdown)")
        #expect(!markdown.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{85}" })
        let row = markdown.split(separator: "\n").last { $0.hasPrefix("|") }
        #expect(row.map { $0.replacing("\\|", with: "").filter { $0 == "|" }.count } == 3, "the row keeps its two cells")
    }

    @Test func plainTextNeverSendsControlCharactersToTheTerminal() {
        let hostile = "Note \u{1B}[31mred\u{1B}]0;title\u{07} end"
        let document = Document(title: "T\u{1B}[2J", path: "", blocks: [
            .heading(level: 2, text: hostile),
            .paragraph([.text(hostile)]),
            .table(Table(caption: hostile, columns: ["A", "B"], rows: [[Cell(hostile), Cell([.strong(hostile)])]])),
        ])
        let text = TextWriter().write(document)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("\\u{1B}[31mred"))
    }

    @Test func aVerdictLabelCannotSplitAMarkdownCell() {
        let document = Document(title: "T", path: "", blocks: [
            .table(Table(caption: "c", columns: ["A", "B"], rows: [[Cell("x"), Cell([.verdict(.onlyLeft, label: "only P1 | *x*")])]])),
        ])
        let markdown = MarkdownWriter().write(document)
        #expect(markdown.contains("| x | **only P1 \\| \\*x\\*** |"))
    }
}

