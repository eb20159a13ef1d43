import Testing
@testable import TreatyKit

@Suite struct EvolutionTests {
    @Test func lineageRunsBackAndForwardThroughFollows() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        #expect(Evolution.lineage(through: "gamma-draft", in: ruleSet).map(\.id) == ["beta-draft", "gamma-draft"])
        #expect(Evolution.lineage(through: "beta-draft", in: ruleSet).map(\.id) == ["beta-draft", "gamma-draft"])
        #expect(Evolution.lineage(through: "alpha-convention", in: ruleSet).map(\.id) == ["alpha-convention"])
    }

    @Test func changesCoverEveryKind() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let evolution = Evolution(ruleSet: ruleSet, versions: Evolution.lineage(through: "gamma-draft", in: ruleSet))
        let changes = Dictionary(uniqueKeysWithValues: evolution.rows.map { ($0.element.id, $0.changes[0]) })
        #expect(changes["offence.illegal-access"] == .unchanged)
        #expect(changes["offence.spam"] == .strengthened)
        #expect(changes["offence.copyright"] == .dropped)
        #expect(changes["cooperation.extradition"] == .weakened)
        #expect(changes["cooperation.extradition-without-treaty"] == .added)
        #expect(changes["safeguards.human-rights-clause"] == .unknown)
        #expect(Set(changes.values) == Set(Change.allCases))
        #expect(evolution.counts(atStep: 0)[.added] == 2)
    }
}
