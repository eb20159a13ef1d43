import Testing
@testable import TreatyKit

@Suite struct ComparisonTests {
    private func pair(_ left: String, _ right: String) throws -> Comparison {
        let ruleSet = try Fixtures.everythingRuleSet()
        return Comparison(ruleSet: ruleSet, sides: [try Selection.side(left, in: ruleSet), try Selection.side(right, in: ruleSet)])
    }

    @Test func theFixtureProducesEveryVerdict() throws {
        let comparison = try pair("alpha-convention", "beta-draft")
        #expect(Set(comparison.rows.map { $0.verdicts[0] }) == Set(Verdict.allCases))
        #expect(comparison.rows.map(\.element.id) == (try Fixtures.everythingRuleSet()).codebook.elements.map(\.id))
    }

    @Test func summaryCountsVerdictsOverlapAndUnknowns() throws {
        let summary = try pair("alpha-convention", "beta-draft").summary
        let pair = try #require(summary.pairs.first)
        #expect(pair.counts == [.same: 1, .onlyRight: 1, .leftStronger: 1, .rightStronger: 1, .onlyLeft: 1, .neither: 1, .unknown: 2])
        #expect(pair.providedByBoth == 3)
        #expect(pair.providedByEither == 5)
        #expect(pair.known == 6)
        #expect(pair.unknown == 2)
        #expect(summary.known == [7, 7])
        #expect(summary.unknowns == [1, 1])
        #expect(summary.provided == [5, 5])
        let offences = try #require(pair.countsByGroup.first { $0.group.id == "offence" })
        #expect(offences.counts == [.same: 1, .onlyRight: 1, .leftStronger: 1])
    }

    @Test func onlyDifferencesKeepsTheSummaryWhole() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let sides = [try Selection.side("alpha-convention", in: ruleSet), try Selection.side("beta-draft", in: ruleSet)]
        let filtered = Comparison(ruleSet: ruleSet, sides: sides, onlyDifferences: true)
        #expect(filtered.rows.allSatisfy { $0.isDifference })
        #expect(filtered.rows.count == 6)
        #expect(filtered.summary.pairs[0].counts.values.reduce(0, +) == 8)
    }

    @Test func groupLimitsTheRows() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let sides = [try Selection.side("alpha-convention", in: ruleSet), try Selection.side("gamma-draft", in: ruleSet)]
        let comparison = Comparison(ruleSet: ruleSet, sides: sides, group: "safeguards")
        #expect(comparison.groups.map(\.id) == ["safeguards"])
        #expect(comparison.rows.map(\.element.group) == ["safeguards", "safeguards"])
    }

    @Test func moreThanTwoSidesCompareEachWithTheFirst() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let sides = try ["alpha-convention", "beta-draft", "gamma-draft"].map { try Selection.side($0, in: ruleSet) }
        let comparison = Comparison(ruleSet: ruleSet, sides: sides)
        let spam = try #require(comparison.rows.first { $0.element.id == "offence.spam" })
        #expect(spam.verdicts == [.onlyRight, .onlyRight])
        #expect(comparison.summary.pairs.count == 2)
    }
}
