import Foundation
import Testing
@testable import TreatyKit

/// The bad-input corpus: each hostile or broken Rules file, and the diagnostic it must produce.
/// None may crash or hang, and none may load.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: @Sendable () -> [UInt8]
        var code: Diagnostic.Code
        var testDescription: String { name }
    }

    static func sample(_ change: @escaping @Sendable (inout [String: Any]) -> Void) -> @Sendable () -> [UInt8] {
        { var object = Fixtures.instrument(); change(&object); return Array(Fixtures.json(object).utf8) }
    }

    static let valid = Array(Fixtures.json(Fixtures.instrument()).utf8)

    static let cases: [Case] = [
        Case(name: "malformed JSON", bytes: { Array("{\"id\": \"sample\",, }".utf8) }, code: .syntax),
        Case(name: "truncated file", bytes: { Array(valid.prefix(valid.count / 2)) }, code: .syntax),
        Case(name: "byte-order mark before broken JSON", bytes: { [0xEF, 0xBB, 0xBF] + Array("{".utf8) }, code: .syntax),
        Case(name: "invalid UTF-8", bytes: { Array(valid.prefix(40)) + [0xC3, 0x28] + Array(valid.dropFirst(40)) }, code: .invalidUTF8),
        Case(name: "empty file", bytes: { [] }, code: .emptyFile),
        Case(name: "50 MB file", bytes: { [UInt8](repeating: 0x20, count: 50 * 1024 * 1024) }, code: .fileTooLarge),
        Case(name: "nested 100,000 levels", bytes: { Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8) }, code: .tooDeep),
        Case(name: "a JSON string, not an object", bytes: { Array("\"rules\"".utf8) }, code: .notAnObject),
        Case(name: "very long strings", bytes: sample { object in Fixtures.editProvision(&object, 0) { $0["note"] = String(repeating: "a", count: 1_000_000) } }, code: .textTooLong),
        Case(name: "unknown key", bytes: sample { $0["citaton"] = "2" }, code: .unknownKey),
        Case(name: "wrong type", bytes: sample { $0["sources"] = "https://example.org" }, code: .wrongType),
        Case(name: "invalid enum value", bytes: sample { $0["kind"] = "treaty" }, code: .invalidValue),
        Case(name: "newer schema version", bytes: sample { $0["schemaVersion"] = 99 }, code: .unsupportedSchemaVersion),
        Case(name: "duplicate element coding", bytes: sample { object in Fixtures.editProvision(&object, 1) { $0["element"] = "offence.illegal-access" } }, code: .duplicateCoding),
        Case(name: "follows itself", bytes: sample { $0["follows"] = "sample" }, code: .followsCycle),
        Case(name: "citation to a missing article", bytes: sample { object in Fixtures.editProvision(&object, 0) { $0["articles"] = ["99(1)"] } }, code: .unknownArticle),
        Case(name: "javascript: URL", bytes: sample { $0["sources"] = [["title": "x", "url": "javascript:alert(document.cookie)", "language": "en", "official": true]] }, code: .malformedURL),
        Case(name: "data: URL in a coding", bytes: sample { object in Fixtures.editProvision(&object, 0) { $0["sources"] = ["data:text/html,<script>alert(1)</script>"] } }, code: .malformedURL),
        Case(name: "id built to break Markdown and HTML", bytes: sample { $0["id"] = "<b>|x</b>" }, code: .invalidID),
        Case(name: "citation built to break Markdown", bytes: sample { object in Fixtures.editProvision(&object, 0) { $0["articles"] = ["2](javascript:x)"] } }, code: .malformedCitation),
    ]

    @Test(arguments: cases)
    func producesItsDiagnosticAndNothingLoads(_ corpusCase: Case) {
        let result = RulesLoader.load(
            codebook: .init(name: "Rules/codebook.json", bytes: Array(Fixtures.codebook.utf8)),
            instruments: [.init(name: "Rules/instruments/sample.json", bytes: corpusCase.bytes())])
        #expect(result.diagnostics.contains { $0.code == corpusCase.code }, "got \(result.diagnostics.map(\.code.rawValue))")
        #expect(result.diagnostics.allSatisfy { $0.file == "Rules/instruments/sample.json" })
        if corpusCase.code != .textTooLong {
            #expect(result.ruleSet == nil)
        } else {
            #expect(result.diagnostics.fails(strict: true))
        }
    }

    @Test func aDirectoryWhereAFileShouldBeAndDuplicateIDs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("instruments/shadow.json"), withIntermediateDirectories: true)
        try Data(Fixtures.codebook.utf8).write(to: directory.appendingPathComponent("codebook.json"))
        var copy = Fixtures.instrument(id: "copy")
        copy["id"] = "sample"
        try Data(Fixtures.json(Fixtures.instrument()).utf8).write(to: directory.appendingPathComponent("instruments/sample.json"))
        try Data(Fixtures.json(copy).utf8).write(to: directory.appendingPathComponent("instruments/copy.json"))
        let result = try RulesLoader.load(directory: directory, displayPath: "R")
        #expect(result.ruleSet == nil)
        #expect(result.diagnostics.contains { $0.code == .notAFile && $0.file == "R/instruments/shadow.json" })
        #expect(result.diagnostics.contains { $0.code == .idMismatch && $0.file == "R/instruments/copy.json" })
        #expect(result.diagnostics.contains { $0.code == .duplicateID })
    }

    @Test func aFollowsCycleAcrossThreeFiles() {
        var a = Fixtures.instrument(id: "a"), b = Fixtures.instrument(id: "b"), c = Fixtures.instrument(id: "c")
        a["follows"] = "c"; b["follows"] = "a"; c["follows"] = "b"
        let result = Fixtures.load(instruments: [("a.json", Fixtures.json(a)), ("b.json", Fixtures.json(b)), ("c.json", Fixtures.json(c))])
        #expect(result.diagnostics.filter { $0.code == .followsCycle }.count == 1)
        #expect(result.ruleSet == nil)
    }
}
