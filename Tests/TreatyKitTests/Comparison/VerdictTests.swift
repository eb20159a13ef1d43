import Testing
@testable import TreatyKit

@Suite struct VerdictTests {
    @Test(arguments: [
        (Status.mandatory, Status.mandatory, Verdict.same),
        (.optional, .optional, .same),
        (.mandatory, .optional, .leftStronger),
        (.optional, .mandatory, .rightStronger),
        (.mandatory, .absent, .onlyLeft),
        (.optional, .notApplicable, .onlyLeft),
        (.absent, .optional, .onlyRight),
        (.notApplicable, .mandatory, .onlyRight),
        (.absent, .absent, .neither),
        (.absent, .notApplicable, .neither),
        (.notApplicable, .notApplicable, .neither),
        (.unknown, .mandatory, .unknown),
        (.absent, .unknown, .unknown),
        (.unknown, .unknown, .unknown),
        (.notApplicable, .unknown, .unknown),
    ])
    func verdictBetweenStatuses(left: Status, right: Status, expected: Verdict) {
        #expect(Verdict(left: left, right: right) == expected)
    }

    @Test func everyPairOfStatusesHasAVerdictThatMirrors() {
        let mirror: [Verdict: Verdict] = [.same: .same, .neither: .neither, .unknown: .unknown,
                                          .leftStronger: .rightStronger, .rightStronger: .leftStronger,
                                          .onlyLeft: .onlyRight, .onlyRight: .onlyLeft]
        for left in Status.allCases {
            for right in Status.allCases {
                #expect(Verdict(left: right, right: left) == mirror[Verdict(left: left, right: right)])
            }
        }
    }

    @Test func unorderedStatusesHaveNoStrength() {
        #expect(Status.unknown.strength == nil)
        #expect(Status.notApplicable.strength == nil)
        #expect(Status.mandatory.strength! > Status.optional.strength!)
        #expect(Status.optional.strength! > Status.absent.strength!)
    }

    @Test(arguments: [
        (Status.absent, Status.mandatory, Change.added),
        (.notApplicable, .optional, .added),
        (.optional, .absent, .dropped),
        (.mandatory, .notApplicable, .dropped),
        (.optional, .mandatory, .strengthened),
        (.mandatory, .optional, .weakened),
        (.mandatory, .mandatory, .unchanged),
        (.absent, .notApplicable, .unchanged),
        (.unknown, .mandatory, .unknown),
        (.absent, .unknown, .unknown),
    ])
    func changeBetweenVersions(old: Status, new: Status, expected: Change) {
        #expect(Change(from: old, to: new) == expected)
    }
}
