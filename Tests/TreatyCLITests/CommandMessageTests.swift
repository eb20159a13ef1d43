import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// What the commands say when something is wrong, and whether what they suggest runs.
@Suite struct CommandMessageTests {
    static let rules = CLITests.root.appendingPathComponent(CLITests.fixture).path

    private func run(_ arguments: [String]) -> Outcome {
        TreatyCLI.run(arguments, environment: ["TREATYDIFF_RULES": Self.rules], currentDirectory: CLITests.root)
    }

    /// Command lines that fail, each with a message that may suggest a command.
    static let failures: [[String]] = [
        ["compaer"], ["validate", "extra"], ["list", "grups"], ["check", "offence.ilegal-access"], ["check", "zzz"],
        ["compare", "alpha-convention", "beta-draft", "--group", "zzz"], ["compare", "alpha-convention", "zzz"],
        ["evolution", "alpha-convention", "alpha-protocol"], ["evolution", "gamma-draft", "beta-draft"],
        ["evolution", "alpha-convention"], ["show", "alpha-convention", "--output", "x.csv"], ["matrix", "--strikt"],
    ]

    /// Every `treatydiff …` in backticks in a message.
    private func suggestions(in message: String) -> [[String]] {
        message.matches(of: /`treatydiff ([^`]+)`/).map { $0.output.1.split(separator: " ").map(String.init) }
    }

    @Test(arguments: failures)
    func everySuggestedCommandExistsAndRuns(arguments: [String]) {
        let failure = run(arguments)
        #expect(failure.exitCode == 64)
        let suggested = suggestions(in: failure.stderr)
        #expect(!suggested.isEmpty, "\(failure.stderr)")
        for command in suggested {
            let outcome = run(command)
            #expect(outcome.exitCode == 0, "`treatydiff \(command.joined(separator: " "))` suggested by \(arguments) → \(outcome.stderr)")
        }
    }

    @Test func theCommandListSuggestsRunnableHelp() {
        for command in suggestions(in: TreatyCLI.overview) where !command.contains(where: { $0.hasPrefix("<") }) {
            #expect(run(command).exitCode == 0)
        }
    }

    @Test func extraArgumentsAreReportedInASentence() {
        #expect(run(["validate", "extra"]).stderr.hasPrefix("error: `validate` takes no arguments, but was also given \"extra\"\n"))
        #expect(run(["show", "alpha-convention", "x", "y"]).stderr.hasPrefix("error: `show` takes only <instrument>, but was also given \"x\", \"y\"\n"))
    }

    @Test func listGroupsNamesEveryGroup() {
        let outcome = run(["list", "groups"])
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("offence") && outcome.stdout.contains("safeguards"))
        #expect(run(["list", "groups", "--format", "json"]).stdout.contains(#""id" : "cooperation""#))
    }

    @Test(arguments: [("spam", "offence.spam"), ("extradition-without-treaty", "cooperation.extradition-without-treaty"),
                      ("without-treaty", "cooperation.extradition-without-treaty"), ("extradition", "cooperation.extradition"),
                      ("offence.copy", "offence.copyright"), ("24-7", "cooperation.24-7-network")])
    func elementIDsResolveFromAnyUnambiguousPart(typed: String, id: String) throws {
        let outcome = run(["check", typed, "--format", "json"])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(#""id" : "\#(id)""#))
    }

    @Test func evolutionRefusesWhatIsNotALineageInDateOrder() {
        let protocolAsSuccessor = run(["evolution", "alpha-convention", "alpha-protocol"])
        #expect(protocolAsSuccessor.exitCode == 64)
        #expect(protocolAsSuccessor.stderr.contains("alpha-protocol supplements alpha-convention rather than following it"))
        let backwards = run(["evolution", "gamma-draft", "beta-draft"])
        #expect(backwards.exitCode == 64)
        #expect(backwards.stderr.contains("runs backwards in time; name the texts oldest first: `treatydiff evolution beta-draft gamma-draft`"))
        #expect(run(["evolution", "beta-draft", "gamma-draft"]).exitCode == 0)
    }
}
