import Testing
@testable import TreatyKit

@Suite struct SelectionTests {
    let ids = ["budapest-convention", "budapest-protocol-1", "budapest-protocol-2", "un-cybercrime-convention"]

    @Test func exactAndUniquePrefixesResolve() throws {
        #expect(try Selection.resolve("un-cybercrime-convention", among: ids, kind: "instrument") == "un-cybercrime-convention")
        #expect(try Selection.resolve("budapest-c", among: ids, kind: "instrument") == "budapest-convention")
        #expect(try Selection.resolve("un", among: ids, kind: "instrument") == "un-cybercrime-convention")
    }

    @Test func ambiguousPrefixesListTheCandidates() {
        #expect(throws: Selection.Failure.ambiguous(kind: "instrument", typed: "budapest-p", candidates: ["budapest-protocol-1", "budapest-protocol-2"])) {
            try Selection.resolve("budapest-p", among: ids, kind: "instrument")
        }
    }

    @Test func unknownIdsSuggestTheClosest() {
        #expect(throws: Selection.Failure.unknown(kind: "instrument", typed: "budapest-convnetion", suggestion: "budapest-convention")) {
            try Selection.resolve("budapest-convnetion", among: ids, kind: "instrument")
        }
        let failure = Selection.Failure.unknown(kind: "instrument", typed: "x", suggestion: nil)
        #expect(failure.description == #"unknown instrument "x"; run `treatydiff list instruments` to see them"#)
    }
}
