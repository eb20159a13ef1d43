import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// Rules directories that someone else prepared: special files, links, odd names and spellings.
@Suite struct HostileRulesTests {
    static let everything = CLITests.root.appendingPathComponent(CLITests.fixture)

    /// A fresh directory holding a copy of the fixture's Rules as `R`.
    static func copyOfRules() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: everything, to: directory.appendingPathComponent("R"))
        return directory
    }

    @Test func specialFilesAreFindingsAndReadsAreBoundedWhateverStatSays() throws {
        let directory = try Self.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instruments = directory.appendingPathComponent("R/instruments")
        let manager = FileManager.default
        // A pseudo-file that reports size 0 and reads without end.
        try manager.createSymbolicLink(atPath: instruments.appendingPathComponent("pagemap.json").path, withDestinationPath: "/proc/self/pagemap")
        #expect(mkfifo(instruments.appendingPathComponent("fifo.json").path, 0o644) == 0)
        try manager.createSymbolicLink(atPath: instruments.appendingPathComponent("loop.json").path, withDestinationPath: "loop2.json")
        try manager.createSymbolicLink(atPath: instruments.appendingPathComponent("loop2.json").path, withDestinationPath: "loop.json")
        try manager.createSymbolicLink(atPath: instruments.appendingPathComponent("dangling.json").path, withDestinationPath: "nowhere.json")
        try manager.createSymbolicLink(atPath: instruments.appendingPathComponent("null.json").path, withDestinationPath: "/dev/null")
        try Data("{\"id\": ".utf8).write(to: instruments.appendingPathComponent("broken.json"))

        let outcome = TreatyCLI.run(["validate", "--rules", "R"], environment: [:], currentDirectory: directory)
        #expect(outcome.exitCode == 1, "special files are findings in the data, not input/output errors")
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        func finding(_ name: String) -> String? { lines.first { $0.hasPrefix("R/instruments/\(name):") } }
        // Where the pseudo-file reads without end, the read stops at the limit; where it refuses to be read, that is a finding too.
        #expect(finding("pagemap.json").map { $0.contains("[rules.file-too-large]") || $0.contains("[rules.unreadable-file]") } == true)
        #expect(finding("fifo.json")?.contains("[rules.not-a-file] this is a device, FIFO or socket") == true)
        #expect(finding("null.json")?.contains("[rules.not-a-file]") == true)
        #expect(finding("loop.json")?.contains("[rules.not-a-file] this is a symbolic link that leads in a loop") == true)
        #expect(finding("dangling.json")?.contains("[rules.missing-file] this is a symbolic link to a file that does not exist") == true)
        #expect(finding("broken.json")?.contains("[rules.syntax]") == true, "a special file hides no other finding")
    }

    @Test func theSizeLimitHoldsForFilesThatReportSizeZero() throws {
        var info = stat()
        try #require(stat("/proc/self/status", &info) == 0 && info.st_size == 0)
        guard case .tooLarge = FileContents.load("/proc/self/status", limit: 100) else {
            Issue.record("a pseudo-file longer than the limit must be refused, whatever stat says")
            return
        }
        guard case .bytes(let bytes) = FileContents.load("/proc/self/status", limit: 1_000_000) else {
            Issue.record("a pseudo-file within the limit is read")
            return
        }
        #expect(bytes.count > 100)
    }
}

extension HostileRulesTests {
    /// Every file below `directory`, by relative path, with its bytes.
    static func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(path)
            if FileStatus(path: url.path) != .directory { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    @Test func theSiteIsTheSameBytesHoweverTheRulesDirectoryIsSpelled() throws {
        let directory = try Self.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        let absolute = directory.appendingPathComponent("R").path
        let runs: [(arguments: [String], environment: [String: String])] = [
            (["--rules", "R"], [:]), (["--rules", "./R"], [:]), (["--rules", absolute], [:]), (["--rules", "R/"], [:]),
            ([], ["TREATYDIFF_RULES": absolute]),
        ]
        var sites: [[String: Data]] = []
        for (index, run) in runs.enumerated() {
            let outcome = TreatyCLI.run(["site", "--output", "site\(index)"] + run.arguments, environment: run.environment, currentDirectory: directory)
            #expect(outcome.exitCode == 0, "\(outcome.stderr)")
            sites.append(try Self.contents(of: directory.appendingPathComponent("site\(index)")))
        }
        #expect(sites.count == runs.count && sites.allSatisfy { $0 == sites[0] })
        for (path, data) in sites[0] {
            #expect(!String(decoding: data, as: UTF8.self).contains(directory.path), "\(path) names an absolute path")
        }
        let report = TreatyCLI.run(["compare", "alpha-convention", "beta-draft", "--format", "json", "--rules", absolute], environment: [:], currentDirectory: directory)
        #expect(report.stdout.contains(#""codebook.json""#) && !report.stdout.contains(directory.path))
    }
}

extension HostileRulesTests {
    @Test func controlCharactersNeverReachADiagnosticRaw() throws {
        let directory = try Self.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        let forged = "evil\nx.json:1:1: error: [rules.fake] FORGED\u{1B}[2J.json"
        try Data("{\"id\": ".utf8).write(to: directory.appendingPathComponent("R/instruments").appendingPathComponent(forged))
        // A key holding a ; and a line break: the place must follow the summary, not the value's ;.
        let source = directory.appendingPathComponent("R/instruments/alpha-convention.json")
        var text = try String(contentsOf: source, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"schemaVersion\"", with: "\"a;b\\r\\nc\\u001b[31m\": 1, \"schemaVersion\"")
        try text.write(to: source, atomically: true, encoding: .utf8)
        let outcome = TreatyCLI.run(["validate", "--rules", "R"], environment: [:], currentDirectory: directory)
        #expect(outcome.exitCode == 1)
        #expect(!outcome.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" })
        let lines = outcome.stderr.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("x.json") }, "no forged line")
        #expect(lines.contains { $0.hasPrefix(#"R/instruments/evil\nx.json:1:1: error: [rules.fake] FORGED\u{1B}[2J.json:1:8: error: [rules.syntax]"#) })
        #expect(lines.contains { $0.contains(#"[rules.unknown-key] unknown key "a;b\r\nc\u{1B}[31m" at top level; remove it"#) })
    }

    @Test func messagesSplitWhereTheSourceSaysNotWhereAValueDoes() {
        let value = "x; y"
        let message: Diagnostic.Message = "unknown key \"\(value)\"; remove it"
        #expect(message.summary == "unknown key \"x; y\"")
        #expect(message.fix == "remove it")
        let diagnostic = Diagnostic(.error, .unknownKey, file: "f.json", location: TextPosition(line: 1, column: 2), path: "top level", message: message)
        #expect(diagnostic.description == #"f.json:1:2: error: [rules.unknown-key] unknown key "x; y" at top level; remove it"#)
    }
}
