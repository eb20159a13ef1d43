import Testing
@testable import TreatyKit

@Suite struct SideTests {
    @Test(arguments: [
        ([Status.optional, .mandatory], Status.mandatory),
        ([.absent, .optional], .optional),
        ([.unknown, .absent], .unknown),
        ([.absent, .notApplicable], .absent),
        ([.notApplicable, .notApplicable], .notApplicable),
        ([.unknown, .optional], .optional),
    ])
    func combinationTakesTheStrongestStatus(statuses: [Status], expected: Status) {
        #expect(Side.combinedStatus(statuses) == expected)
    }

    @Test func combinedCodingLabelsCitationsAndTakesTheWeakestEvidenceOfProviders() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let side = try Selection.side("alpha-convention+alpha-protocol", in: ruleSet)
        #expect(side.id == "alpha-convention+alpha-protocol")
        #expect(side.shortTitle == "Alpha Convention + Alpha Protocol")

        let extradition = side.coding(for: "cooperation.extradition")
        #expect(extradition.status == .mandatory)
        #expect(extradition.decisiveEntries.map(\.instrument) == ["alpha-protocol"])
        #expect(extradition.entries.map(\.instrument) == ["alpha-convention", "alpha-protocol"])

        let network = side.coding(for: "cooperation.24-7-network")
        #expect(network.status == .mandatory)
        #expect(network.evidence == .secondary)

        let access = side.coding(for: "offence.illegal-access")
        #expect(access.status == .mandatory)
        #expect(access.evidence == .text, "the absent member's evidence does not weaken a provided element")

        let safeguards = side.coding(for: "safeguards.conditions-and-safeguards")
        #expect(safeguards.status == .mandatory, "a provided status outranks an unknown member")
        #expect(side.coding(for: "safeguards.human-rights-clause").status == .unknown)
    }

    @Test func reservableOnlyWhenEveryMemberAtTheStrongestStatusIsReservable() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        #expect(Side([try #require(ruleSet.instrument("alpha-convention"))]).coding(for: "offence.copyright").reservable)
        let combined = try Selection.side("alpha-convention+alpha-protocol", in: ruleSet)
        #expect(combined.coding(for: "offence.copyright").reservable)
        #expect(!combined.coding(for: "cooperation.extradition").reservable)
    }

    @Test func aSingleInstrumentsCodingIsItsOwnProvision() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        var compared = 0
        for instrument in ruleSet.instruments {
            for provision in instrument.provisions {
                #expect(Coding(provision, of: instrument) == Side([instrument]).coding(for: provision.element),
                        "\(instrument.id) \(provision.element)")
                compared += 1
            }
        }
        #expect(compared > 20)
    }
}
