import Testing
@testable import TreatyKit

/// The coding manual read into a document for the site's Method page.
@Suite struct MethodReportTests {
    @Test func readsHeadingsParagraphsListsTablesAndCode() throws {
        let manual = """
            # Coding manual

            Intro with `code`, **strong** and *emphasis*,
            wrapped over two lines.

            ## Status

            | wording | status |
            | --- | --- |
            | "shall" | `mandatory` |

            - first item,
              continued
            - second item

            ```json
            { "a": 1 }
            ```
            """
        let document = MethodReport.document(manual: manual)
        #expect(document.title == "Coding manual")
        #expect(document.path == "method")
        let markdown = MarkdownWriter().write(document)
        #expect(markdown.contains("Intro with `code`, **strong** and *emphasis*, wrapped over two lines."))
        #expect(markdown.contains("## Status"))
        #expect(markdown.contains("| wording | status |\n| --- | --- |\n| \"shall\" | `mandatory` |"))
        #expect(markdown.contains("- first item, continued\n- second item"))
        #expect(markdown.contains("```\n{ \"a\": 1 }\n```"))
        let html = HTMLWriter().write(document)
        #expect(html.contains("<pre><code>{ &quot;a&quot;: 1 }</code></pre>"))
        #expect(html.contains("<th scope=\"col\">wording</th>"))
    }

    @Test func anUnclosedMarkerStaysText() {
        #expect(MethodReport.inlines("a * b and `c").count == 1)
        guard case .text(let text) = MethodReport.inlines("a * b and `c").first else {
            Issue.record("expected plain text")
            return
        }
        #expect(text == "a * b and `c")
    }

    @Test func aFenceIsLongerThanAnyBacktickRunInside() {
        let document = Document(title: "t", path: "p", blocks: [.preformatted("``` not a fence")])
        #expect(MarkdownWriter().write(document).contains("````\n``` not a fence\n````"))
    }

    @Test func theSitePublishesTheManualAndReportsLinkIt() throws {
        let files = Site(ruleSet: try Fixtures.everythingRuleSet()).files
        let method = try #require(files.first { $0.path == "method.html" })
        #expect(method.content.contains("<h1>Fixture manual</h1>"))
        let index = try #require(files.first { $0.path == "README.md" })
        #expect(index.content.contains("[the coding manual](method.md)"))
    }
}
