import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// The command line run in-process, as a user would type it.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = "Tests/TreatyKitTests/Fixtures/everything"

    private func run(_ arguments: String..., in directory: URL = CLITests.root) -> Outcome {
        TreatyCLI.run(arguments, environment: [:], currentDirectory: directory)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func helpListsEveryCommandAndVersionPrints() {
        let help = run("--help")
        #expect(help.exitCode == 0)
        for command in Command.all {
            #expect(help.stdout.contains(command.name))
        }
        #expect(run("--version").stdout == "treatydiff \(treatyDiffVersion)\n")
        #expect(run().exitCode == ExitCode.usage.rawValue)
    }

    @Test(arguments: Command.all.map(\.name))
    func everyCommandHasHelp(name: String) {
        let viaHelp = run("help", name), viaFlag = run(name, "--help")
        #expect(viaHelp.exitCode == 0 && viaFlag.exitCode == 0)
        #expect(viaHelp.stdout == viaFlag.stdout)
        #expect(viaHelp.stdout.contains("Usage: treatydiff \(name)"))
    }

    @Test func usageErrorsExit64WithASuggestion() {
        let command = run("compaer")
        #expect(command.exitCode == 64)
        #expect(command.stderr.contains("did you mean `compare`?"))
        let option = run("validate", "--strikt")
        #expect(option.exitCode == 64)
        #expect(option.stderr.contains("did you mean --strict?"))
        let format = run("matrix", "--format", "xlsx", "--rules", Self.fixture)
        #expect(format.exitCode == 64)
        #expect(format.stderr.contains("use one of: text, md, html, csv, json"))
    }

    @Test func unknownAndAmbiguousIdsAreUsageErrors() {
        let unknown = run("check", "offence.ilegal-access", "--rules", Self.fixture)
        #expect(unknown.exitCode == 64)
        #expect(unknown.stderr.contains(#"did you mean "offence.illegal-access"?"#))
        let ambiguous = run("compare", "alpha", "beta", "--rules", Self.fixture)
        #expect(ambiguous.exitCode == 64)
        #expect(ambiguous.stderr.contains("alpha-convention, alpha-protocol"))
    }

    @Test func aFormerElementIdStillWorksAndSaysWhichIdReplacedIt() {
        let former = run("check", "cooperation.contact-point", "--format", "json", "--rules", Self.fixture)
        let current = run("check", "cooperation.24-7-network", "--format", "json", "--rules", Self.fixture)
        #expect(former.exitCode == 0)
        #expect(former.stdout == current.stdout)
        #expect(former.stdout.contains(#""id" : "cooperation.24-7-network""#))
        #expect(former.stderr == "note: element \"cooperation.contact-point\" is now \"cooperation.24-7-network\"; use the new id (the old one keeps working)\n")
        #expect(current.stderr.isEmpty)
    }

    @Test(arguments: ["check", "concordance"])
    func theRenamedSovereigntyElementAnswersToItsFormerIdInTheRealRules(command: String) {
        let former = run(command, "safeguards.sovereignty-clause", "--format", "json")
        let current = run(command, "general.sovereignty", "--format", "json")
        #expect(former.exitCode == 0)
        #expect(former.stdout == current.stdout)
        #expect(former.stdout.contains("\"general.sovereignty\""))
        #expect(former.stderr.contains("note: element \"safeguards.sovereignty-clause\" is now \"general.sovereignty\""))
    }

    @Test func concordanceTakesCSVFromTheOutputExtension() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = run("concordance", "--output", directory.appendingPathComponent("c.csv").path, "--rules", Self.root.appendingPathComponent(Self.fixture).path)
        #expect(outcome.exitCode == 0)
        let written = try String(contentsOf: directory.appendingPathComponent("c.csv"), encoding: .utf8)
        #expect(written.hasPrefix("element,group,label,alpha-convention,"))
    }

    @Test func reportsAreWrittenInTheLanguageAskedForAndNeverTheLocales() {
        let english = run("check", "cooperation.extradition", "--format", "md", "--rules", Self.fixture)
        let french = run("check", "cooperation.extradition", "--format", "md", "--lang", "fr", "--rules", Self.fixture)
        #expect(english.stdout.hasPrefix("# Extradition: how each instrument treats it"))
        #expect(french.exitCode == 0)
        #expect(french.stdout.hasPrefix("# Extradition\u{00A0}: traitement par chaque instrument"))
        let viaEnvironment = TreatyCLI.run(["check", "cooperation.extradition", "--format", "md", "--rules", Self.fixture],
                                          environment: ["TREATYDIFF_LANG": "fr", "LANG": "de_DE.UTF-8"], currentDirectory: Self.root)
        #expect(viaEnvironment.stdout == french.stdout)
        let localeOnly = TreatyCLI.run(["check", "cooperation.extradition", "--format", "md", "--rules", Self.fixture],
                                      environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"], currentDirectory: Self.root)
        #expect(localeOnly.stdout == english.stdout)
        let unknown = run("check", "cooperation.extradition", "--lang", "de", "--rules", Self.fixture)
        #expect(unknown.exitCode == 64)
        #expect(unknown.stderr.contains("use one of: en, fr"))
        let badEnvironment = TreatyCLI.run(["matrix", "--rules", Self.fixture], environment: ["TREATYDIFF_LANG": "xx"], currentDirectory: Self.root)
        #expect(badEnvironment.exitCode == 64)
        #expect(badEnvironment.stderr.contains("TREATYDIFF_LANG is \"xx\""))
        // The site writes both editions whatever the environment says.
        #expect(run("site", "--lang", "fr", "--rules", Self.fixture).exitCode == 64)
    }

    @Test func validateReportsSuccessAndResearchGaps() {
        let outcome = run("validate", "--strict", "--rules", Self.fixture)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("4 instruments, 8 elements in 3 groups — valid."))
        #expect(outcome.stdout.contains("Research gaps: 4 unknown codings"))
    }

    @Test func validateFailsOnInvalidDataAndStrictPromotesWarnings() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent(Self.fixture), to: directory.appendingPathComponent("R"))
        let file = directory.appendingPathComponent("R/instruments/beta-draft.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "https://example.org/beta-report", with: "http://example.org/beta-report").write(to: file, atomically: true, encoding: .utf8)
        #expect(run("validate", "--rules", "R", in: directory).exitCode == 0)
        let strict = run("validate", "--strict", "--rules", "R", in: directory)
        #expect(strict.exitCode == 1)
        #expect(strict.stderr.contains("R/instruments/beta-draft.json:"))
        #expect(strict.stderr.contains("warning: [rules.insecure-url]"))
        try text.replacingOccurrences(of: "\"optional\"", with: "\"optionall\"").write(to: file, atomically: true, encoding: .utf8)
        let invalid = run("validate", "--rules", "R", in: directory)
        #expect(invalid.exitCode == 1)
        #expect(invalid.stderr.contains(#"[rules.invalid-value] invalid value "optionall" at provisions[1].status; did you mean "optional"?"#))
        let compare = run("compare", "alpha-convention", "beta-draft", "--rules", "R", in: directory)
        #expect(compare.exitCode == 1)
        #expect(compare.stdout.isEmpty)
    }

    @Test func aMissingRulesDirectoryIsAnIOError() {
        let outcome = run("validate", "--rules", "/nonexistent/rules")
        #expect(outcome.exitCode == 74)
        #expect(outcome.stderr.contains("cannot read /nonexistent/rules: no such directory"))
    }

    @Test func rulesDirectoryComesFromTheEnvironmentWhenNotGiven() {
        let outcome = TreatyCLI.run(["list", "instruments"], environment: ["TREATYDIFF_RULES": Self.fixture], currentDirectory: Self.root)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("alpha-convention"))
    }

    @Test func checkJSONHasTheDocumentedShape() throws {
        struct Shape: Decodable {
            struct Element: Decodable { var id, label, group, description: String }
            struct Entry: Decodable {
                var id, shortTitle, status: String
                var articles: [String]
                var evidence: String
                var sources: [String]
                var reservable: Bool
                var note: String
            }
            var element: Element
            var instruments: [Entry]
        }
        let outcome = run("check", "offence.copyright", "--format", "json", "--rules", Self.fixture)
        #expect(outcome.exitCode == 0)
        let shape = try JSONDecoder().decode(Shape.self, from: Data(outcome.stdout.utf8))
        #expect(shape.element.id == "offence.copyright")
        #expect(shape.instruments.map(\.id) == ["alpha-convention", "alpha-protocol", "beta-draft", "gamma-draft"])
        #expect(shape.instruments[0].reservable)
        #expect(shape.instruments[0].articles == ["2bis(1)(a)"])
    }

    @Test func everyReportCommandAndFormatRuns() {
        for format in ["md", "html", "json"] {
            #expect(run("compare", "alpha-convention+alpha-protocol", "gamma", "--format", format, "--rules", Self.fixture).exitCode == 0)
            #expect(run("evolution", "gamma", "--format", format, "--rules", Self.fixture).exitCode == 0)
            #expect(run("show", "alpha-c", "--format", format, "--rules", Self.fixture).exitCode == 0)
            #expect(run("check", "offence.spam", "--format", format, "--rules", Self.fixture).exitCode == 0)
        }
        for format in ["md", "html", "csv", "json"] {
            #expect(run("matrix", "--format", format, "--rules", Self.fixture).exitCode == 0)
        }
        let filtered = run("compare", "alpha-convention", "beta-draft", "--only-differences", "--group", "offence", "--rules", Self.fixture)
        #expect(filtered.stdout.contains("Unsolicited messages"))
        #expect(!filtered.stdout.contains("| Illegal access |"))
        #expect(!filtered.stdout.contains("## International co-operation"))
        #expect(run("evolution", "alpha-convention", "--rules", Self.fixture).exitCode == 64)
    }

    @Test func outputIsWrittenAtomicallyAndErrorsExit74() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = run("matrix", "--format", "csv", "--output", "out/matrix.csv", "--rules", CLITests.root.appendingPathComponent(Self.fixture).path, in: directory)
        #expect(written.exitCode == 74)
        #expect(written.stderr.contains("does not exist; create it first"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        try "previous".write(to: directory.appendingPathComponent("out/matrix.csv"), atomically: true, encoding: .utf8)
        let second = run("matrix", "--format", "csv", "--output", "out/matrix.csv", "--rules", CLITests.root.appendingPathComponent(Self.fixture).path, in: directory)
        #expect(second.exitCode == 0)
        #expect(second.stdout.isEmpty)
        #expect(try String(contentsOf: directory.appendingPathComponent("out/matrix.csv"), encoding: .utf8).hasPrefix("element,group,label"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path) == ["matrix.csv"])
        let intoDirectory = run("matrix", "--output", "out", "--rules", CLITests.root.appendingPathComponent(Self.fixture).path, in: directory)
        #expect(intoDirectory.exitCode == 74)
    }

    @Test func siteIsSwappedInAndRefusesToReplaceOtherDirectories() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = CLITests.root.appendingPathComponent(Self.fixture).path
        let first = run("site", "--output", "site", "--rules", rules, in: directory)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("site/index.html").path))
        #expect(run("site", "--output", "site", "--rules", rules, in: directory).exitCode == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["site"])

        try FileManager.default.createDirectory(at: directory.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try "mine".write(to: directory.appendingPathComponent("documents/thesis.txt"), atomically: true, encoding: .utf8)
        let refused = run("site", "--output", "documents", "--rules", rules, in: directory)
        #expect(refused.exitCode == 74)
        #expect(refused.stderr.contains("not a site generated by treatydiff"))
        #expect(try String(contentsOf: directory.appendingPathComponent("documents/thesis.txt"), encoding: .utf8) == "mine")
        #expect(run("site", "--base-path", "treatydiff", "--rules", rules, in: directory).exitCode == 64)
    }

    @Test func pathsThatEscapeTheSiteAreRefused() {
        #expect(SiteDirectory.isSafe("compare/a--b.html"))
        #expect(!SiteDirectory.isSafe("../outside.html"))
        #expect(!SiteDirectory.isSafe("/etc/passwd"))
        #expect(!SiteDirectory.isSafe("a//b"))
    }
}
