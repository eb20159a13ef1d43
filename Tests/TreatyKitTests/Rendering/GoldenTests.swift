import Testing
@testable import TreatyKit

/// Every renderer on the fixture that holds every status, verdict, change and evidence level.
@Suite struct GoldenTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.everythingRuleSet()
    }

    private func comparison(_ sides: String...) throws -> Comparison {
        Comparison(ruleSet: ruleSet, sides: try sides.map { try Selection.side($0, in: ruleSet) })
    }

    @Test func compareReports() throws {
        let pair = try comparison("alpha-convention", "beta-draft")
        Golden.check(MarkdownWriter().write(ComparisonReport.document(pair)), "compare.md")
        Golden.check(HTMLWriter().write(ComparisonReport.document(pair)), "compare.html")
        Golden.check(JSONExport.comparison(pair), "compare.json")
    }

    @Test func combinedAndMultiColumnReports() throws {
        Golden.check(MarkdownWriter().write(ComparisonReport.document(try comparison("alpha-convention+alpha-protocol", "gamma-draft"))), "compare-combined.md")
        Golden.check(MarkdownWriter().write(ComparisonReport.document(try comparison("alpha-convention", "beta-draft", "gamma-draft"))), "compare-three.md")
    }

    @Test func evolutionReports() {
        let evolution = Evolution(ruleSet: ruleSet, versions: Evolution.lineage(through: "gamma-draft", in: ruleSet))
        Golden.check(MarkdownWriter().write(EvolutionReport.document(evolution)), "evolution.md")
        Golden.check(HTMLWriter().write(EvolutionReport.document(evolution)), "evolution.html")
        Golden.check(JSONExport.evolution(evolution), "evolution.json")
    }

    @Test func matrixReports() {
        Golden.check(MarkdownWriter().write(MatrixReport.document(ruleSet: ruleSet)), "matrix.md")
        Golden.check(HTMLWriter().write(MatrixReport.document(ruleSet: ruleSet)), "matrix.html")
        Golden.check(MatrixReport.csv(ruleSet: ruleSet), "matrix.csv")
        Golden.check(JSONExport.matrix(ruleSet: ruleSet), "matrix.json")
    }

    @Test func checkAndShowReports() throws {
        let element = try #require(ruleSet.codebook.element("offence.copyright"))
        Golden.check(MarkdownWriter().write(ElementReport.document(element: element, ruleSet: ruleSet)), "check.md")
        Golden.check(HTMLWriter().write(ElementReport.document(element: element, ruleSet: ruleSet)), "check.html")
        Golden.check(JSONExport.check(element: element, ruleSet: ruleSet), "check.json")
        let instrument = try #require(ruleSet.instrument("alpha-convention"))
        Golden.check(MarkdownWriter().write(InstrumentReport.document(instrument: instrument, ruleSet: ruleSet)), "show.md")
        Golden.check(JSONExport.instrument(instrument), "show.json")
    }

    @Test func concordanceReports() throws {
        Golden.check(MarkdownWriter().write(ConcordanceReport.document(ruleSet: ruleSet)), "concordance.md")
        Golden.check(HTMLWriter().write(ConcordanceReport.document(ruleSet: ruleSet)), "concordance.html")
        Golden.check(ConcordanceReport.csv(ruleSet: ruleSet), "concordance.csv")
        Golden.check(JSONExport.concordance(ruleSet: ruleSet), "concordance.json")
        let chosen = try [#require(ruleSet.codebook.element("cooperation.extradition"))]
        Golden.check(ConcordanceReport.csv(ruleSet: ruleSet, elements: chosen), "concordance-extradition.csv")
    }

    @Test func elementPagesNameTheFirstInstrumentToProvideIt() throws {
        func firstAppearance(_ id: String) throws -> String {
            let element = try #require(ruleSet.codebook.element(id))
            return MarkdownWriter().write(Document(title: "t", path: "p", blocks: [ElementReport.firstAppearance(of: element, in: ruleSet)]))
        }
        // Extradition: the Alpha Convention (2001) comes first; the Alpha Protocol applies its Art. 4.
        let extradition = try firstAppearance("cooperation.extradition")
        #expect(extradition.contains("first provided by Alpha Convention (2001-11-23, Art. 3(1)); then, in date order, Alpha Protocol (2003-01-28, Art. 4(1) via Alpha Convention, Art. 4), Beta Draft (2017-05), Gamma Draft (2021-07-27)."))
        #expect(!extradition.contains("possibly earlier"))
        // Human-rights clause: the Alpha Convention (2001) is unknown on it and older than the Beta Draft.
        let humanRights = try firstAppearance("safeguards.human-rights-clause")
        #expect(humanRights.contains("first provided by Beta Draft (2017-05). Older but unknown on this element, so possibly earlier: Alpha Convention (2001-11-23)."))
    }

    @Test func siteIndexInBothFormats() throws {
        let files = Dictionary(uniqueKeysWithValues: Site(ruleSet: ruleSet, basePath: "/treatydiff/").files.map { ($0.path, $0.content) })
        Golden.check(try #require(files["index.html"]), "site-index.html")
        Golden.check(try #require(files["README.md"]), "site-index.md")
        #expect(files["404.html"]?.contains("href=\"/treatydiff/index.html\"") == true)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = Site(ruleSet: try Fixtures.everythingRuleSet()).files.map { $0.path + $0.content }
        let second = Site(ruleSet: try Fixtures.everythingRuleSet()).files.map { $0.path + $0.content }
        #expect(first == second)
    }
}
