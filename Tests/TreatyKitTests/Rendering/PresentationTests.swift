import Testing
@testable import TreatyKit

/// How pages read in Markdown renderers, on a phone and in print, and what legends say.
@Suite struct PresentationTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.everythingRuleSet()
    }

    private func write(_ inlines: [Inline]) -> String {
        MarkdownWriter().write(Document(title: "T", path: "", blocks: [.paragraph(inlines)]))
    }

    @Test func emphasisNeverHasSpaceInsideItsMarkers() {
        #expect(write([.strong("Alpha: "), .text("note")]) == "# T\n\n**Alpha:** note\n")
        #expect(write([.emphasis(" reservable ")]) == "# T\n\n *reservable* \n")
        #expect(write([.text("a"), .strong("  ")]) == "# T\n\na  \n")
    }

    @Test func cellPartsAreSeparatedWithoutHTML() {
        #expect(write([.text("● mandatory"), .lineBreak, .text("Art. 2")]) == "# T\n\n● mandatory · Art. 2\n")
    }

    @Test func noMarkdownPageHasLineBreakTagsOrSpacesInsideEmphasis() throws {
        for file in Site(ruleSet: ruleSet).files where file.path.hasSuffix(".md") {
            #expect(!file.content.contains("<br>"), "\(file.path)")
            for match in file.content.matches(of: /\*\*([^*\n]+?)\*\*/) {
                let inner = match.output.1
                #expect(inner.first?.isWhitespace == false && inner.last?.isWhitespace == false, "\(file.path): \(match.output.0)")
            }
        }
    }

    @Test func legendsSayWhatAVerdictOrChangeCompares() throws {
        let sides = try ["alpha-convention", "beta-draft"].map { try Selection.side($0, in: ruleSet) }
        let comparison = MarkdownWriter().write(ComparisonReport.document(Comparison(ruleSet: ruleSet, sides: sides)))
        #expect(comparison.contains("Verdicts compare the strength of the status"))
        #expect(comparison.contains("not the same substance"))
        let evolution = MarkdownWriter().write(EvolutionReport.document(Evolution(ruleSet: ruleSet, versions: Evolution.lineage(through: "gamma-draft", in: ruleSet))))
        #expect(evolution.contains("Changes compare the strength of the status"))
        let element = try #require(ruleSet.codebook.element("offence.spam"))
        let page = MarkdownWriter().write(ElementReport.document(element: element, ruleSet: ruleSet))
        #expect(page.contains("† the coding rests on secondary sources"))
        #expect(!page.contains("Verdicts compare"))
    }

    @Test func verdictsWithThreeSidesNameTheSides() throws {
        let sides = try ["alpha-convention", "beta-draft", "gamma-draft"].map { try Selection.side($0, in: ruleSet) }
        let text = MarkdownWriter().write(ComparisonReport.document(Comparison(ruleSet: ruleSet, sides: sides)))
        #expect(text.contains("**only Beta Draft**"))
        #expect(text.contains("**Alpha Convention stronger**"))
        for word in ["left", "right", "vs first"] {
            #expect(!text.contains("**\(word)") && !text.contains("only \(word)") && !text.contains(word + " stronger"))
        }
    }

    @Test func longTextTablesStackAndWideTablesScrollWithACue() throws {
        let element = try #require(ruleSet.codebook.element("offence.spam"))
        let page = HTMLWriter().write(ElementReport.document(element: element, ruleSet: ruleSet))
        #expect(page.contains(#"<div class="table-wrap stacked""#))
        #expect(page.contains(#"data-label="Note""#))
        let matrix = HTMLWriter().write(MatrixReport.document(ruleSet: ruleSet))
        #expect(matrix.contains(#"<p class="scroll-cue" aria-hidden="true">Scroll sideways for more columns →</p>"#))
        #expect(matrix.contains(#"<div class="table-wrap wide""#))
        #expect(Stylesheet.css.contains(".wide th[scope=row]{position:sticky;left:0"))
    }

    @Test func printShowsTheChartFiguresAsATableAndRepeatsHeaders() throws {
        let index = try #require(Site(ruleSet: ruleSet).files.first { $0.path == "index.html" }?.content)
        let copy = try #require(index.range(of: #"<div class="print-only">"#))
        #expect(index[copy.upperBound...].contains("<table>"))
        for rule in ["details,.chart{display:none}", ".print-only{display:block}", "thead{display:table-header-group}", "h2,h3,caption{break-after:avoid}"] {
            #expect(Stylesheet.css.contains(rule), "\(rule)")
        }
        // Web addresses are printed only in the lists of sources, once each, not after every citation.
        #expect(Stylesheet.css.contains(#".refs a[href^="http"]::after"#))
        #expect(!Stylesheet.css.contains("}a[href^=\"http\"]::after"))
    }
}

@Suite struct NamedSourceTests {
    @Test func aSourceIsNamedByPublisherTitleAndDate() {
        let plain = Instrument.Source(title: "Report on the draft", url: "https://example.org/r", language: "en", official: false)
        #expect(plain.name == "Report on the draft")
        let full = Instrument.Source(title: "Report on the draft", url: "https://example.org/r", language: "en", official: false, publisher: "Kommersant", date: "2017-04")
        #expect(full.name == "Kommersant, Report on the draft (2017-04)")
        let said = Instrument.Source(title: "Kommersant report", url: "https://example.org/r", language: "en", official: false, publisher: "Kommersant")
        #expect(said.name == "Kommersant report")
    }

    @Test func codingSourcesShowTheListedNameOrTheSite() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let alpha = try #require(ruleSet.instrument("alpha-convention"))
        var listed = alpha
        listed.sources.removeAll { $0.url == "https://example.org/report" }
        listed.sources.append(Instrument.Source(title: "Report on Alpha", url: "https://example.org/report", language: "en", official: false, publisher: "Alpha Times", date: "2002"))
        let text = MarkdownWriter().write(Document(title: "T", path: "", blocks: [.paragraph(ReportPieces.sourceLinks(["https://example.org/report", "https://www.other.net/x?y"], of: listed))]))
        #expect(text.contains("[Alpha Times, Report on Alpha (2002)](https://example.org/report); [other.net](https://www.other.net/x?y)"))
        #expect(!text.contains("[1]"))
    }

    @Test func publisherAndDateAreReadFromTheRules() throws {
        let result = Fixtures.load(changing: { object in
            object["sources"] = [["title": "Official", "url": "https://example.org/sample", "language": "en", "official": true, "publisher": "Council", "date": "2001-11"]]
        })
        let source = try #require(result.ruleSet?.instruments.first?.sources.first)
        #expect(source.publisher == "Council" && source.date == "2001-11")
        #expect(result.diagnostics.isEmpty)
    }
}
