import Foundation
import Testing
@testable import TreatyKit

/// The JSON Schemas in Rules/schema/ must accept exactly the keys the loader accepts.
@Suite struct SchemaTests {
    private func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Fixtures.realRules.appendingPathComponent("schema/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func properties(_ object: [String: Any], _ path: [String]) throws -> [String: Any] {
        var node = object
        for key in path {
            node = try #require(node[key] as? [String: Any], "no \(key) in schema")
        }
        return try #require(node["properties"] as? [String: Any])
    }

    private func keys(_ object: [String: Any], _ path: [String] = []) throws -> Set<String> {
        Set(try properties(object, path).keys)
    }

    private func required(_ object: [String: Any], _ path: [String] = []) throws -> Set<String> {
        var node = object
        for key in path { node = try #require(node[key] as? [String: Any]) }
        return Set(node["required"] as? [String] ?? [])
    }

    @Test func instrumentSchemaMatchesTheLoader() throws {
        let instrument = try schema("instrument.schema.json")
        #expect(try keys(instrument) == Set(RulesDecoder.instrumentKeys))
        #expect(try required(instrument) == Set(RulesDecoder.instrumentKeys).subtracting(RulesDecoder.instrumentOptionalKeys))
        #expect(try keys(instrument, ["properties", "entryIntoForce"]) == Set(RulesDecoder.entryIntoForceKeys))
        #expect(try keys(instrument, ["properties", "drawsOn", "items"]) == Set(RulesDecoder.drawsOnKeys))
        #expect(try keys(instrument, ["properties", "provisions", "items", "properties", "byReference"]) == Set(RulesDecoder.referenceKeys))
        let item = ["properties", "sources", "items"]
        #expect(try keys(instrument, item) == Set(RulesDecoder.sourceKeys))
        #expect(try keys(instrument, ["properties", "articles", "items"]) == Set(RulesDecoder.articleKeys))
        #expect(try keys(instrument, ["properties", "provisions", "items"]) == Set(RulesDecoder.provisionKeys))
        #expect(try required(instrument, ["properties", "provisions", "items"]) == Set(RulesDecoder.provisionRequiredKeys))
    }

    @Test func codebookSchemaMatchesTheLoader() throws {
        let codebook = try schema("codebook.schema.json")
        #expect(try keys(codebook) == Set(RulesDecoder.codebookKeys))
        #expect(try keys(codebook, ["properties", "groups", "items"]) == Set(RulesDecoder.groupKeys))
        #expect(try keys(codebook, ["properties", "elements", "items"]) == Set(RulesDecoder.elementKeys))
        #expect(try required(codebook, ["properties", "elements", "items"]) == Set(RulesDecoder.elementRequiredKeys))
    }

    @Test func enumerationsMatchTheModel() throws {
        let provision = try properties(try schema("instrument.schema.json"), ["properties", "provisions", "items"])
        let status = try #require(provision["status"] as? [String: Any])
        #expect(status["enum"] as? [String] == Status.allCases.map(\.rawValue))
        let evidence = try #require(provision["evidence"] as? [String: Any])
        #expect(evidence["enum"] as? [String] == Evidence.allCases.map(\.rawValue))
        let kind = try #require(try properties(try schema("instrument.schema.json"), [])["kind"] as? [String: Any])
        #expect(kind["enum"] as? [String] == Instrument.Kind.allCases.map(\.rawValue))
    }
}
