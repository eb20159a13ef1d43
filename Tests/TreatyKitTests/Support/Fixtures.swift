import Foundation
@testable import TreatyKit

/// Paths and small builders shared by the suites.
enum Fixtures {
    /// The package's root directory.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let everything = root.appendingPathComponent("Tests/TreatyKitTests/Fixtures/everything")
    /// One instrument coded in full and one whose every coding is unknown.
    static let allUnknown = root.appendingPathComponent("Tests/TreatyKitTests/Fixtures/all-unknown")
    static let golden = root.appendingPathComponent("Tests/TreatyKitTests/Golden")
    static let realRules = root.appendingPathComponent("Rules")

    /// The fixture that exercises every status, verdict, change and evidence level.
    static func everythingRuleSet() throws -> RuleSet {
        let result = try RulesLoader.load(directory: everything, displayPath: "everything")
        guard let ruleSet = result.ruleSet else {
            throw FixtureError(message: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return ruleSet
    }

    static func allUnknownRuleSet() throws -> RuleSet {
        let result = try RulesLoader.load(directory: allUnknown, displayPath: "all-unknown")
        guard let ruleSet = result.ruleSet else {
            throw FixtureError(message: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return ruleSet
    }

    static func realRuleSet() throws -> RulesLoader.Result {
        try RulesLoader.load(directory: realRules, displayPath: "Rules")
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// A two-element codebook as JSON text.
    static let codebook = """
        {
          "schemaVersion": 1,
          "version": "1.0.0",
          "groups": [
            {"id": "offence", "label": "Offences", "description": "Offences."},
            {"id": "cooperation", "label": "Co-operation", "description": "Co-operation."}
          ],
          "elements": [
            {"id": "offence.illegal-access", "group": "offence", "label": "Illegal access", "description": "Access."},
            {"id": "cooperation.extradition", "group": "cooperation", "label": "Extradition", "description": "Extradition."}
          ]
        }
        """

    /// A valid instrument for `codebook` as a JSON object, to be changed by a test and serialised.
    static func instrument(id: String = "sample") -> [String: Any] {
        [
            "schemaVersion": 1,
            "id": id,
            "title": "Sample Convention",
            "shortTitle": "Sample",
            "kind": "convention",
            "body": "Council of Europe",
            "reference": "ETS No. 999",
            "date": "2001-11-23",
            "status": "in force",
            "supplements": NSNull(),
            "follows": NSNull(),
            "sources": [["title": "Official", "url": "https://example.org/sample", "language": "en", "official": true]],
            "articles": [["number": "2", "title": "Illegal access", "part": "Chapter II"], ["number": "24", "title": "Extradition", "part": NSNull()]],
            "provisions": [
                ["element": "offence.illegal-access", "status": "mandatory", "articles": ["2(1)"], "evidence": "text", "reservable": false, "note": "Parties must criminalise it."],
                ["element": "cooperation.extradition", "status": "optional", "articles": ["24(3)"], "evidence": "text", "note": "Parties may extradite."],
            ],
        ]
    }

    /// Pretty-printed JSON with sorted keys, so positions in tests are predictable.
    static func json(_ object: Any) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Loads in-memory files: the codebook above and the given instruments, named `Rules/instruments/<name>`.
    static func load(codebook: String? = Fixtures.codebook, instruments: [(name: String, text: String)]) -> RulesLoader.Result {
        RulesLoader.load(
            codebook: codebook.map { RulesLoader.File(name: "Rules/codebook.json", bytes: Array($0.utf8)) },
            instruments: instruments.map { RulesLoader.File(name: "Rules/instruments/\($0.name)", bytes: Array($0.text.utf8)) })
    }

    /// Loads one instrument built from `instrument()` after `change` has edited it.
    static func load(changing change: (inout [String: Any]) -> Void, id: String = "sample") -> RulesLoader.Result {
        var object = instrument(id: id)
        change(&object)
        return load(instruments: [("\(id).json", json(object))])
    }

    /// Edits provision `index` of an instrument object.
    static func editProvision(_ object: inout [String: Any], _ index: Int, _ change: (inout [String: Any]) -> Void) {
        var provisions = object["provisions"] as! [[String: Any]]
        change(&provisions[index])
        object["provisions"] = provisions
    }
}
