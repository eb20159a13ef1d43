import Foundation
import Testing
@testable import TreatyKit

@Suite struct SiteTests {
    @Test func holdsEveryPageInBothFormats() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let paths = Set(Site(ruleSet: ruleSet).files.map(\.path))
        for instrument in ruleSet.instruments {
            #expect(paths.contains("instruments/\(instrument.id).html") && paths.contains("instruments/\(instrument.id).md"))
        }
        for element in ruleSet.codebook.elements {
            #expect(paths.contains("elements/\(element.id).html") && paths.contains("elements/\(element.id).md"))
        }
        #expect(paths.contains("compare/alpha-convention--beta-draft.html"))
        #expect(paths.contains("compare/alpha-convention+alpha-protocol--gamma-draft.md"))
        #expect(!paths.contains("compare/alpha-convention+alpha-protocol--alpha-protocol.md"))
        #expect(paths.contains("evolution/gamma-draft.html"))
        #expect(paths.isSuperset(of: ["index.html", "README.md", "404.html", "data/treaties.json", "data/matrix.csv", Site.marker]))
    }

    @Test func everyRelativeLinkResolvesInsideTheSite() throws {
        let files = Site(ruleSet: try Fixtures.everythingRuleSet()).files
        let paths = Set(files.map(\.path))
        for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".md") {
            guard file.path != "404.html" else { continue }
            for match in file.content.matches(of: #/(?:href="|\]\()([^")#]+)(?:#[^")]*)?[")]/#) {
                let target = String(match.1)
                guard !target.hasPrefix("http") else { continue }
                var parts = file.path.split(separator: "/").dropLast().map(String.init)
                for part in target.split(separator: "/") {
                    if part == ".." { parts = parts.dropLast() } else { parts.append(String(part)) }
                }
                let found = paths.contains(parts.joined(separator: "/"))
                #expect(found, "\(file.path) links to \(target), which is not in the site")
            }
        }
    }

    @Test func theCommittedReportsAreInStepWithRules() throws {
        let result = try Fixtures.realRuleSet()
        let ruleSet = try #require(result.ruleSet)
        let reports = Fixtures.root.appendingPathComponent("Reports")
        var stale: [String] = []
        let files = Site(ruleSet: ruleSet, schemas: RulesLoader.schemas(in: Fixtures.realRules)).files
        for file in files {
            let committed = try? String(contentsOf: reports.appendingPathComponent(file.path), encoding: .utf8)
            if committed != file.content { stale.append(file.path) }
        }
        let expected = Set(files.map(\.path))
        let enumerator = FileManager.default.enumerator(atPath: reports.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: reports.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue && !expected.contains(path) { stale.append(path + " (not generated any more)") }
        }
        #expect(stale.isEmpty, "Reports/ is out of date — run `swift run treatydiff site`: \(stale.prefix(10))")
    }

    struct Refusal: Error, Equatable {
        var path: String
    }

    @Test func aFailureStopsRenderingAndIsRethrown() throws {
        let site = Site(ruleSet: try Fixtures.everythingRuleSet())
        #expect(throws: Refusal(path: "elements/offence.spam.md")) {
            try site.render { (path, _) throws(Refusal) in
                if path == "elements/offence.spam.md" { throw Refusal(path: path) }
            }
        }
    }

    @Test func fileCountAndDirectoriesMatchWhatIsRendered() throws {
        let site = Site(ruleSet: try Fixtures.everythingRuleSet())
        let files = site.files
        #expect(files.count == site.fileCount)
        #expect(files.map(\.path) == files.map(\.path).sorted())
        // Every folder a file lies in, at any depth (the French edition's folders lie under fr/).
        let folders = Set(files.flatMap { file -> [String] in
            let parts = file.path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        #expect(folders == Set(site.directories))
    }

    @Test func unknownCodingsAreResearchGapsNotDifferencesInDetail() throws {
        let ruleSet = try Fixtures.everythingRuleSet()
        let sides = [try Selection.side("alpha-convention", in: ruleSet), try Selection.side("beta-draft", in: ruleSet)]
        let report = MarkdownWriter().write(ComparisonReport.document(Comparison(ruleSet: ruleSet, sides: sides)))
        let details = try #require(report.range(of: "## Differences in detail"))
        let gaps = try #require(report.range(of: "## Research gaps"))
        let detailText = report[details.upperBound..<gaps.lowerBound]
        #expect(detailText.contains("### Extradition"))
        #expect(!detailText.contains("### Human-rights clause"), "only unknown on one side: a research gap")
        #expect(report[gaps.upperBound...].contains("Human-rights clause"))
    }
}
