import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// Base paths, schema versions and the number of compared sides.
@Suite struct SmallerFindingsTests {
    let rules = CLITests.fixture

    @Test(arguments: ["//evil.example/", "/\\evil.example/", "/a/../b/", "/a b/", "/a\"b/", "treatydiff/"])
    func aBasePathOnAnotherHostOrOddlyWrittenIsRefused(path: String) {
        let outcome = TreatyCLI.run(["site", "--base-path", path, "--output", "/nonexistent/site", "--rules", rules], environment: [:], currentDirectory: CLITests.root)
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("--base-path must be a URL path"))
        #expect(SiteCommand.isPath("/treatydiff/") && SiteCommand.isPath("/"))
    }

    @Test(arguments: [("1.0", "a number with a fraction or exponent"), ("1e0", "a number with a fraction or exponent"),
                      ("1e-400", "a number with a fraction or exponent"), ("\"1\"", "a string"), ("2", "schemaVersion 2 is not supported")])
    func schemaVersionAcceptsOnlyTheIntegerLiteral(literal: String, says: String) {
        let codebook = """
            {"schemaVersion": \(literal), "version": "1.0.0", "groups": [{"id": "offence", "label": "Offences", "description": "Offences."}],
             "elements": [{"id": "offence.illegal-access", "group": "offence", "label": "Illegal access", "description": "Access."}]}
            """
        let result = RulesLoader.load(codebook: RulesLoader.File(name: "codebook.json", bytes: Array(codebook.utf8)), instruments: [])
        #expect(result.ruleSet == nil)
        #expect(result.diagnostics.contains { $0.description.contains(says) }, "\(result.diagnostics.map(\.description))")
        #expect(!result.diagnostics.contains { $0.description.contains("schemaVersion 0") })
    }

    @Test func compareTakesAtMost32Sides() {
        let sides = Array(repeating: "alpha-convention", count: 33)
        let outcome = TreatyCLI.run(["compare"] + sides + ["--rules", rules], environment: [:], currentDirectory: CLITests.root)
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("`compare` takes at most 32 sides, but got 33"))
        let most = TreatyCLI.run(["compare"] + Array(sides.prefix(32)) + ["--rules", rules], environment: [:], currentDirectory: CLITests.root)
        #expect(most.exitCode == 0)
    }
}
