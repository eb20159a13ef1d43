import Testing
@testable import TreatyKit

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParser.Failure) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func recordsTheLineAndColumnOfEveryValue() throws {
        let node = try parse("{\n  \"a\": [1, true],\n  \"b\": \"x\"\n}")
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyLocation == TextPosition(line: 2, column: 3))
        #expect(members[0].value.location == TextPosition(line: 2, column: 8))
        #expect(members[1].value.location == TextPosition(line: 3, column: 8))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try parse(#"["a\"b\\c\/\n\u00e9\ud83d\ude00"]"#)
        guard case .array(let items) = node.value, case .string(let text) = items[0].value else {
            Issue.record("not a string array"); return
        }
        #expect(text == "a\"b\\c/\né😀")
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "trailing comma"),
        ("{\"a\": 1\n \"b\": 2}", 2, 2, "a comma may be missing"),
        ("{\"a\": tru}", 1, 7, "strings need double quotes"),
        ("{\"a\": \"x", 1, 9, "a closing '\"' is missing"),
        ("{\"a\": [1, 2", 1, 12, "truncated"),
        ("{\"a\": 01}", 1, 8, "expected ',' or '}'"),
        ("{\"a\": \"\\q\"}", 1, 9, "invalid escape"),
        ("{\"a\": \"\\ud800\"}", 1, 14, "lone UTF-16 surrogate"),
        ("{} {}", 1, 4, "after the end"),
        ("{a: 1}", 1, 2, "expected a key in double quotes"),
    ])
    func reportsSyntaxErrorsWithPosition(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard let failure = error as? JSONParser.Failure, case .syntax(let said) = failure.kind else { return false }
            return failure.location == TextPosition(line: line, column: column) && said.contains(message)
        }
    }

    @Test func pointsAtTheFirstInvalidUTF8Byte() {
        let bytes: [UInt8] = Array("{\n  \"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        #expect(throws: JSONParser.Failure(kind: .invalidUTF8, location: TextPosition(line: 2, column: 9))) {
            _ = try JSONParser.parse(bytes)
        }
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]] as [[UInt8]])
    func rejectsOverlongSurrogateAndTruncatedSequences(bytes: [UInt8]) {
        #expect(UTF8Validation.firstInvalidOffset(in: Array("ab".utf8) + bytes) == 2)
    }

    @Test func acceptsValidMultibyteText() {
        #expect(UTF8Validation.firstInvalidOffset(in: Array("Конвенция · 条约 · 😀".utf8)) == nil)
    }

    @Test func stopsDeepNestingWithoutExhaustingTheStack() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            _ = try parse(text)
        } throws: { error in
            (error as? JSONParser.Failure)?.kind == .tooDeep
        }
    }
}
