import Foundation
import Testing
@testable import TreatyKit

/// An unknown is never shown as an absence: the fixture's Delta Draft has every coding unknown.
@Suite struct UnknownTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.allUnknownRuleSet()
    }

    private func comparison(group: String? = nil) throws -> Comparison {
        let sides = try ["alpha-convention", "delta-draft"].map { try Selection.side($0, in: ruleSet) }
        return Comparison(ruleSet: ruleSet, sides: sides, group: group)
    }

    /// A percentage of zero, such as "0%" (but not "100%" or "12.0%").
    private func bareZeroPercent(_ text: String) -> Bool {
        text.ranges(of: "0%").contains { range in
            guard range.lowerBound > text.startIndex else { return true }
            let before = text[text.index(before: range.lowerBound)]
            return !before.isNumber && before != "."
        }
    }

    @Test func summaryCountsNothingAsKnownWhenOneSideIsAllUnknown() throws {
        let pair = try #require(try comparison().summary.pairs.first)
        #expect(pair.known == 0)
        #expect(pair.unknown == 8)
        #expect(pair.providedByEither == 0)
        #expect(pair.overlap == nil)
    }

    @Test(arguments: [nil, "offence", "safeguards"])
    func comparisonNeverSaysNoElementDiffersNorShowsABareZeroPercent(group: String?) throws {
        let document = ComparisonReport.document(try comparison(group: group))
        for text in [MarkdownWriter().write(document), HTMLWriter().write(document), TextWriter(width: 80).write(document)] {
            #expect(!text.contains("No element differs"))
            #expect(!bareZeroPercent(text))
            #expect(text.contains("cannot be compared because a coding is unknown") || text.contains("none is known for both"))
        }
    }

    @Test func comparisonJSONExposesKnownAndUnknownCounts() throws {
        let json = JSONExport.comparison(try comparison())
        #expect(json.contains(#""known" : 0"#))
        #expect(json.contains(#""unknown" : 8"#))
        #expect(json.contains(#""known" : ["#))
    }

    @Test func coverageShowsUnknownAsItsOwnPart() throws {
        let chart = SiteIndex.coverage(ruleSet)
        #expect(chart.parts == ["provided", "not provided", "unknown"])
        let delta = try #require(chart.series.firstIndex(of: "Delta Draft"))
        for category in chart.categories.indices {
            let counts = chart.counts[category][delta]
            #expect(counts[0] == 0 && counts[1] == 0 && counts[2] > 0)
        }
        let files = Dictionary(uniqueKeysWithValues: Site(ruleSet: ruleSet).files.map { ($0.path, $0.content) })
        let index = try #require(files["index.html"]), readme = try #require(files["README.md"])
        #expect(index.contains("100% unknown"))
        #expect(readme.contains("| Offences | Delta Draft | none | none | 3 of 3 (100%) |"))
        for page in [index, readme] {
            #expect(!bareZeroPercent(page))
        }
    }

    @Test func identicalKnownSidesStillSayNoElementDiffers() throws {
        let sides = try ["alpha-convention", "alpha-convention"].map { try Selection.side($0, in: ruleSet) }
        let known = Comparison(ruleSet: ruleSet, sides: sides, group: "offence")
        #expect(MarkdownWriter().write(ComparisonReport.document(known)).contains("No element differs."))
    }
}
