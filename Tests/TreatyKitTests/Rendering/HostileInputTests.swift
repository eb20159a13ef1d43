import Foundation
import Testing
@testable import TreatyKit

/// A hostile string in every field of every Rules file must render inert in every format.
@Suite struct HostileInputTests {
    static let hostile = "<script>alert('x')</script> | `tick` & \"quote\" *star* _under_ [link](javascript:alert(1))\n# heading\n- item <img src=x onerror=alert(1)>"

    static func ruleSet() -> RuleSet {
        let h = hostile
        let codebook = Codebook(version: "1.0.0", groups: [.init(id: "offence", label: h, description: h)],
                                elements: [.init(id: "offence.illegal-access", group: "offence", label: h, description: h)])
        func instrument(_ id: String, follows: String?) -> Instrument {
            Instrument(
                id: id, title: h, shortTitle: h + id, kind: .draft, body: h, reference: h, date: "2001-01-01", status: h,
                supplements: nil, follows: follows,
                sources: [.init(title: h, url: "javascript:alert(1)", language: h, official: true)],
                articles: [.init(number: "1", title: h, part: h)],
                provisions: [Provision(element: "offence.illegal-access", status: id == "a" ? .mandatory : .absent, articles: ["1"],
                                       evidence: .secondary, sources: ["javascript:alert(2)", "https://example.org/\">x"], reservable: true, note: h)])
        }
        return RuleSet(codebook: codebook, instruments: [instrument("a", follows: nil), instrument("b", follows: "a")], files: [h])
    }

    static func outputs() -> [(name: String, text: String, format: String)] {
        let ruleSet = ruleSet()
        let comparison = Comparison(ruleSet: ruleSet, sides: ruleSet.instruments.map { Side([$0]) })
        let evolution = Evolution(ruleSet: ruleSet, versions: ruleSet.instruments)
        let documents = [
            ComparisonReport.document(comparison), EvolutionReport.document(evolution), MatrixReport.document(ruleSet: ruleSet),
            ElementReport.document(element: ruleSet.codebook.elements[0], ruleSet: ruleSet),
            InstrumentReport.document(instrument: ruleSet.instruments[0], ruleSet: ruleSet),
        ]
        var result: [(String, String, String)] = []
        for (index, document) in documents.enumerated() {
            result.append(("document \(index) html", HTMLWriter().write(document), "html"))
            result.append(("document \(index) site html", HTMLWriter(links: .site).write(document), "html"))
            result.append(("document \(index) md", MarkdownWriter().write(document), "md"))
            result.append(("document \(index) site md", MarkdownWriter(links: .site).write(document), "md"))
        }
        for file in Site(ruleSet: ruleSet).files {
            let format = file.path.hasSuffix(".html") ? "html" : file.path.hasSuffix(".md") ? "md" : "other"
            result.append(("site \(file.path)", file.content, format))
        }
        return result
    }

    @Test func htmlNeverCarriesMarkupOrScriptURLsFromData() {
        for output in Self.outputs() where output.format == "html" {
            #expect(!output.text.contains("<script"), "\(output.name)")
            #expect(!output.text.contains("<img"), "\(output.name)")
            #expect(!output.text.lowercased().contains("javascript:alert(1)\""), "\(output.name)")
            #expect(!output.text.contains("href=\"javascript"), "\(output.name)")
            #expect(!output.text.contains("\">x"), "\(output.name): a quote broke out of an attribute")
            if output.name != "site 404.html" {
                #expect(output.text.contains("&lt;script&gt;"), "\(output.name)")
            }
        }
    }

    @Test func markdownTablesKeepTheirShapeAndNoMarkupLeaks() {
        for output in Self.outputs() where output.format == "md" {
            #expect(output.text.firstMatch(of: #/(^|[^\\])<(script|img)/#) == nil, "\(output.name)")
            #expect(output.text.firstMatch(of: #/(^|[^\\])\]\(javascript/#) == nil, "\(output.name)")
            #expect(!output.text.contains("\n# heading"), "\(output.name)")
            #expect(!output.text.contains("\n- item"), "\(output.name)")
            var header: Int?
            for line in output.text.split(separator: "\n") {
                guard line.hasPrefix("|") else { header = nil; continue }
                let cells = Self.unescapedPipes(in: line)
                if let header {
                    #expect(cells == header, "\(output.name): \(line)")
                } else {
                    header = cells
                }
            }
        }
    }

    @Test func jsonAndCSVRoundTripTheHostileString() throws {
        let ruleSet = Self.ruleSet()
        let json = JSONExport.check(element: ruleSet.codebook.elements[0], ruleSet: ruleSet)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let instruments = try #require(object["instruments"] as? [[String: Any]])
        #expect(instruments.first?["note"] as? String == Self.hostile)
        let csv = MatrixReport.csv(ruleSet: ruleSet)
        #expect(CSV.parse(csv)[1][2] == Self.hostile)
        #expect(CSV.parse(csv).allSatisfy { $0.count == 5 })
    }

    static func unescapedPipes(in line: Substring) -> Int {
        var count = 0, escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}

/// A strict RFC 4180 reader for checking CSV output.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}
