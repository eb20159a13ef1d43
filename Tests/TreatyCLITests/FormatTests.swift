import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// Which format a report is written in: plain text on a terminal, Markdown in a pipe, or what the
/// `--output` file's extension says.
@Suite struct FormatTests {
    static let rules = CLITests.root.appendingPathComponent(CLITests.fixture).path

    private func run(_ arguments: String..., terminal: Bool = false, in directory: URL = CLITests.root, environment: [String: String] = [:]) -> Outcome {
        TreatyCLI.run(arguments + ["--rules", Self.rules], environment: environment, currentDirectory: directory, stdoutIsTerminal: terminal)
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aTerminalGetsAlignedTextWithoutAddressesInTables() {
        let outcome = run("compare", "alpha-convention", "beta-draft", terminal: true)
        #expect(outcome.exitCode == 0)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(!outcome.stdout.contains("| --- |") && !outcome.stdout.contains("**"))
        #expect(outcome.stdout.contains("Element                "))
        // Addresses appear only in lists (such as the official sources), never in table rows.
        for line in lines where line.contains("https://") {
            #expect(line.hasPrefix("- ") || line.hasPrefix("  "), "\(line)")
        }
    }

    @Test func textHonoursColumns() {
        let outcome = run("check", "offence.spam", terminal: true, environment: ["COLUMNS": "60"])
        #expect(outcome.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func aPipeGetsMarkdownAsBefore() {
        #expect(run("compare", "alpha-convention", "beta-draft").stdout.hasPrefix("# Alpha Convention compared with Beta Draft\n"))
        #expect(run("compare", "alpha-convention", "beta-draft", "--format", "text").stdout.hasPrefix("Alpha Convention compared with Beta Draft\n===="))
    }

    @Test(arguments: [("r.html", "<!DOCTYPE html>"), ("r.md", "# Alpha Convention"), ("r.json", "{"), ("r.txt", "Alpha Convention compared with Beta Draft\n==")])
    func theOutputExtensionChoosesTheFormat(file: String, start: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = run("compare", "alpha-convention", "beta-draft", "--output", file, terminal: true, in: directory)
        #expect(outcome.exitCode == 0)
        let written = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        #expect(written.hasPrefix(start))
    }

    @Test func aContradictionOrAnUnwritableExtensionIsAUsageError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let contradiction = run("compare", "alpha-convention", "beta-draft", "--output", "r.html", "--format", "md", in: directory)
        #expect(contradiction.exitCode == 64)
        #expect(contradiction.stderr.contains("--format md contradicts --output r.html, whose extension means html"))
        let csv = run("show", "alpha-convention", "--output", "r.csv", in: directory)
        #expect(csv.exitCode == 64)
        #expect(csv.stderr.contains("`show` cannot write csv"))
        #expect(run("matrix", "--output", "m.csv", in: directory).exitCode == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("m.csv"), encoding: .utf8).hasPrefix("element,group,label"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("r.html").path))
    }

    @Test func anUnknownExtensionKeepsMarkdown() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run("matrix", "--output", "m.report", in: directory).exitCode == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("m.report"), encoding: .utf8).hasPrefix("# Matrix"))
    }
}
