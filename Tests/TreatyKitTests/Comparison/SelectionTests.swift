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

@Suite struct SelectionPartsTests {
    let ids = ["offence.spam", "offence.copyright", "cooperation.extradition", "cooperation.extradition-without-treaty", "cooperation.24-7-network"]

    @Test func anExactSegmentWinsOverLongerMatches() throws {
        #expect(try Selection.resolve("extradition", among: ids, kind: "element") == "cooperation.extradition")
        #expect(try Selection.resolve("spam", among: ids, kind: "element") == "offence.spam")
    }

    @Test func suffixesAndSegmentPrefixesResolveWhenUnique() throws {
        #expect(try Selection.resolve("without-treaty", among: ids, kind: "element") == "cooperation.extradition-without-treaty")
        #expect(try Selection.resolve("extradition-w", among: ids, kind: "element") == "cooperation.extradition-without-treaty")
        #expect(throws: Selection.Failure.self) { try Selection.resolve("co", among: ["offence.copyright", "offence.computer-fraud"], kind: "element") }
    }

    @Test func instrumentsResolveFromASuffix() throws {
        let instruments = ["budapest-convention", "budapest-protocol-1", "budapest-protocol-2", "un-cybercrime-convention"]
        #expect(try Selection.resolve("protocol-2", among: instruments, kind: "instrument") == "budapest-protocol-2")
        #expect(throws: Selection.Failure.ambiguous(kind: "instrument", typed: "convention", candidates: ["budapest-convention", "un-cybercrime-convention"])) {
            try Selection.resolve("convention", among: instruments, kind: "instrument")
        }
    }
}
