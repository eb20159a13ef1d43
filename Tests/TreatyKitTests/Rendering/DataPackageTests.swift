import Foundation
import Testing
@testable import TreatyKit

/// The tidy downloads: codings.csv in long form and the Data Package that describes every file.
@Suite struct DataPackageTests {
    let ruleSet: RuleSet
    let files: [String: String]

    init() throws {
        ruleSet = try Fixtures.everythingRuleSet()
        let site = Site(ruleSet: ruleSet, schemas: RulesLoader.schemas(in: Fixtures.realRules))
        files = Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.content) })
    }

    @Test func codingsHaveOneRowPerInstrumentAndElement() throws {
        let csv = try #require(files["data/codings.csv"])
        let lines = csv.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "instrument,element,group,status,evidence,reservable,declarable,by_reference,citations,source_urls,note")
        #expect(lines.count == 1 + ruleSet.instruments.count * ruleSet.codebook.elements.count)
        #expect(lines.contains("alpha-convention,offence.copyright,offence,mandatory,text,true,false,,2bis(1)(a),,Parties must criminalise it; Art. 2bis(3) lets a party reserve."))
        #expect(lines.contains { $0.hasPrefix("alpha-convention,safeguards.human-rights-clause,safeguards,unknown,secondary,false,false,,,https://example.org/report,") })
        #expect(lines.contains { $0.hasPrefix("alpha-protocol,offence.spam,offence,mandatory,text,false,true,,3,,") })
        #expect(lines.contains { $0.hasPrefix("alpha-protocol,cooperation.extradition,cooperation,mandatory,text,false,false,alpha-convention: 4,4(1),,") })
    }

    @Test func theDataPackageDescribesEveryDownloadAndTheSchemasAreBesideIt() throws {
        let text = try #require(files["data/datapackage.json"])
        let package = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(package["profile"] as? String == "data-package")
        let resources = try #require(package["resources"] as? [[String: Any]])
        let paths = resources.compactMap { $0["path"] as? String }
        #expect(paths == ["codings.csv", "matrix.csv", "concordance.csv", "treaties.json", "codebook.schema.json", "instrument.schema.json"])
        for path in paths {
            #expect(files["data/" + path] != nil, "\(path)")
        }
        let described = files.keys.filter { $0.hasPrefix("data/") && $0 != "data/datapackage.json" }.map { String($0.dropFirst(5)) }
        #expect(Set(described) == Set(paths))
        let codings = try #require(resources.first { $0["name"] as? String == "codings" })
        let schema = try #require(codings["schema"] as? [String: Any])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["name"] as? String }.joined(separator: ",") == files["data/codings.csv"]?.prefix { $0 != "\r\n" }.description)
        #expect(schema["primaryKey"] as? [String] == ["instrument", "element"])
        let schemaText = try String(contentsOf: Fixtures.realRules.appendingPathComponent("schema/instrument.schema.json"), encoding: .utf8)
        #expect(files["data/instrument.schema.json"] == schemaText)
    }
}
