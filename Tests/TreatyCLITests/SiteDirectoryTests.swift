import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// Replacing a site: one atomic step, debris of killed runs cleaned up, and nothing replaced or
/// reused that the previous run did not write.
@Suite(.serialized) struct SiteDirectoryTests {
    let rules = CLITests.root.appendingPathComponent(CLITests.fixture).path

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-sitedir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func run(_ arguments: [String], in directory: URL) -> Outcome {
        TreatyCLI.run(arguments, environment: [:], currentDirectory: directory)
    }

    @Test func twoDirectoriesAreExchangedInOneStep() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("a"), b = directory.appendingPathComponent("b")
        for (url, text) in [(a, "first"), (b, "second")] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try text.write(to: url.appendingPathComponent("x"), atomically: true, encoding: .utf8)
        }
        let result = try #require(FileSystem.exchange(a.path, b.path), "this system exchanges directories with renameat2")
        #expect(result == nil)
        #expect(try String(contentsOf: a.appendingPathComponent("x"), encoding: .utf8) == "second")
        #expect(try String(contentsOf: b.appendingPathComponent("x"), encoding: .utf8) == "first")
    }

    @Test func debrisOfKilledRunsIsRemoved() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run(["site", "--output", "site", "--rules", rules], in: directory).exitCode == 0)
        // What a run killed between its steps leaves behind (process ids no process has).
        for name in [".site.old-2147483600", ".site.new-2147483601", ".site.old-\(getpid())"] {
            try FileManager.default.copyItem(at: directory.appendingPathComponent("site"), to: directory.appendingPathComponent(name))
        }
        try "keep".write(to: directory.appendingPathComponent(".site.old-notes"), atomically: true, encoding: .utf8)
        #expect(run(["site", "--output", "site", "--rules", rules], in: directory).exitCode == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [".site.old-notes", "site"])
    }

    @Test func anOutputDirectoryHoldingTheRulesIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let project = directory.appendingPathComponent("proj")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: rules, toPath: project.appendingPathComponent("Rules").path)
        try "marker".write(to: project.appendingPathComponent(Site.marker), atomically: true, encoding: .utf8)
        try "notes".write(to: project.appendingPathComponent("NOTES.txt"), atomically: true, encoding: .utf8)
        for (output, rules) in [("proj", "proj/Rules"), ("./proj/", "proj/Rules/"), ("proj/Rules", "proj/Rules"), ("proj/Rules/site", "proj/Rules")] {
            let outcome = run(["site", "--rules", rules, "--output", output], in: directory)
            #expect(outcome.exitCode == 64, "\(output)")
            #expect(outcome.stderr.contains("refusing to write the site to \(output)"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path).sorted() == [Site.marker, "NOTES.txt", "Rules"])
        // Without the Rules inside, the marker alone does not vouch for NOTES.txt.
        try FileManager.default.moveItem(at: project.appendingPathComponent("Rules"), to: directory.appendingPathComponent("Rules"))
        let outcome = run(["site", "--rules", "Rules", "--output", "proj"], in: directory)
        #expect(outcome.exitCode == 74)
        #expect(outcome.stderr.contains("NOTES.txt was not written by treatydiff"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("NOTES.txt").path))
    }

    @Test func aLinkInAnyComponentOfTheOldSiteIsNeverFollowed() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outside = directory.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let old = directory.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: old.appendingPathComponent("data").path, withDestinationPath: outside.path)
        let content = Array("same bytes\n".utf8)
        try Data(content).write(to: outside.appendingPathComponent("treaties.json"))
        let target = directory.appendingPathComponent("new.json").path
        try FileSystem.writeFile(content, to: target, keeping: (old.path, "data/treaties.json"))
        var info = stat()
        #expect(lstat(target, &info) == 0)
        #expect(info.st_nlink == 1, "written afresh, not a hard link to the file outside")
        // The same file reached without a link is reused.
        try FileManager.default.removeItem(atPath: old.appendingPathComponent("data").path)
        try FileManager.default.createDirectory(at: old.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data(content).write(to: old.appendingPathComponent("data/treaties.json"))
        let second = directory.appendingPathComponent("second.json").path
        try FileSystem.writeFile(content, to: second, keeping: (old.path, "data/treaties.json"))
        #expect(lstat(second, &info) == 0 && info.st_nlink == 2)
    }

    @Test func anOutputThatIsALinkIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run(["site", "--output", "site", "--rules", rules], in: directory).exitCode == 0)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("link").path, withDestinationPath: "site")
        let outcome = run(["site", "--output", "link", "--rules", rules], in: directory)
        #expect(outcome.exitCode == 74)
        #expect(outcome.stderr.contains("it is a symbolic link"))
        #expect(FileSystem.isSymbolicLink(directory.appendingPathComponent("link").path))
    }

    @Test func theMarkerListsEveryFileTheRunWrote() throws {
        let site = Site(ruleSet: try #require(try RulesLoader.load(directory: URL(fileURLWithPath: rules), displayPath: "R").ruleSet))
        let files = site.files
        #expect(site.paths == files.map(\.path))
        let marker = try #require(files.first { $0.path == Site.marker })
        #expect(Site.vouchedFiles(inMarker: marker.content) == Set(site.paths).subtracting([Site.marker]))
    }
}
