import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// Failed writes give exit 74 with a clear message and leave earlier reports and sites intact;
/// output is the same whatever the locale, time zone or order of files on disk.
@Suite(.serialized) struct OutputSafetyTests {
    let rules = CLITests.root.appendingPathComponent(CLITests.fixture).path
    let everything = CLITests.root.appendingPathComponent(CLITests.fixture)

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func run(_ arguments: [String], in directory: URL) -> Outcome {
        TreatyCLI.run(arguments, environment: [:], currentDirectory: directory)
    }

    @Test func aLinkPlantedAtATemporaryNameIsNeverFollowed() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "victim".write(to: directory.appendingPathComponent("victim.txt"), atomically: true, encoding: .utf8)
        // The name the temporary file used to have, predictable from the process id.
        let planted = directory.appendingPathComponent(".r.md.\(ProcessInfo.processInfo.processIdentifier).tmp").path
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: "victim.txt")
        let outcome = run(["matrix", "--output", "r.md", "--rules", rules], in: directory)
        #expect(outcome.exitCode == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("victim.txt"), encoding: .utf8) == "victim")
        #expect(!FileSystem.isSymbolicLink(directory.appendingPathComponent("r.md").path))
        #expect(try String(contentsOf: directory.appendingPathComponent("r.md"), encoding: .utf8).hasPrefix("# "))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == [".r.md.\(ProcessInfo.processInfo.processIdentifier).tmp", "r.md", "victim.txt"], "no temporary file is left behind")
    }

    @Test func aLinkAtTheTargetIsRefusedNotFollowedNorReplaced() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "victim".write(to: directory.appendingPathComponent("victim.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("r.md").path, withDestinationPath: "victim.txt")
        let outcome = run(["matrix", "--output", "r.md", "--rules", rules], in: directory)
        #expect(outcome.exitCode == 74)
        #expect(outcome.stderr.contains("cannot write r.md: it is a symbolic link"))
        #expect(try String(contentsOf: directory.appendingPathComponent("victim.txt"), encoding: .utf8) == "victim")
        #expect(FileSystem.isSymbolicLink(directory.appendingPathComponent("r.md").path))
    }

    @Test func devicesAndPipesAreWrittenInPlaceNeverRenamedOver() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("null").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        for target in ["/dev/null", "null"] {
            let outcome = run(["matrix", "--output", target, "--rules", rules], in: directory)
            #expect(outcome.exitCode == 0)
        }
        #expect(FileSystem.isSymbolicLink(link))
        #expect(FileStatus(path: "/dev/null") == .other)
        // /dev/stdout is standard output, whatever it is redirected to; the link is left alone.
        let stdout = run(["matrix", "--output", "/dev/stdout", "--rules", rules], in: directory)
        #expect(stdout.exitCode == 0)
        #expect(stdout.stdout.hasPrefix("# "))
        #expect(FileSystem.isSymbolicLink("/dev/stdout"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["null"])
    }

    @Test func aFailedWriteToStandardOutputExits74() throws {
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        var errors: [Int32] = [0, 0]
        try #require(pipe(&errors) == 0)
        defer { close(errors[0]) }
        #expect(Outcome(exitCode: 0, stdout: "report\n").emit(output: full, errors: errors[1]) == 74)
        #expect(Outcome(exitCode: 0, stdout: "report\n").emit(output: -1, errors: errors[1]) == 74, "a closed standard output")
        close(errors[1])
        let message = String(decoding: FileHandle(fileDescriptor: errors[0]).readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("error: cannot write to standard output: No space left on device"))
        #expect(message.contains("error: cannot write to standard output: Bad file descriptor"))
        #expect(Outcome(exitCode: 0, stdout: "").emit(output: -1, errors: -1) == 0, "nothing to write is no failure")
    }

    @Test func aLongOutputNameIsWrittenAndEmptyPathsAreUsageErrors() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = String(repeating: "r", count: 250) + ".md"
        #expect(run(["matrix", "--output", name, "--rules", rules], in: directory).exitCode == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
        for option in ["--output", "--rules"] {
            let outcome = run(["matrix", option, "", "--rules", rules], in: directory)
            #expect(outcome.exitCode == 64)
            #expect(outcome.stderr.contains("error: \(option) needs a value, but it is empty"))
        }
        let fromEnvironment = TreatyCLI.run(["validate"], environment: ["TREATYDIFF_RULES": ""], currentDirectory: directory)
        #expect(fromEnvironment.stderr.contains("cannot read Rules:"), "an empty TREATYDIFF_RULES counts as unset")
    }

    @Test func readOnlyAndSpecialTargetsAreIOErrors() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let readOnly = run(["matrix", "--output", "/proc/treatydiff-report.md", "--rules", rules], in: directory)
        #expect(readOnly.exitCode == 74)
        #expect(readOnly.stderr.contains("cannot write /proc/treatydiff-report.md"))
        let device = run(["matrix", "--output", "/dev/full", "--rules", rules], in: directory)
        #expect(device.exitCode == 74)
        #expect(device.stderr.contains("cannot write /dev/full: No space left on device"))
        let missing = run(["site", "--output", "no/such/place/site", "--rules", rules], in: directory)
        #expect(missing.exitCode == 74)
        #expect(missing.stderr.contains("does not exist"))
    }

    @Test func aRefusedSiteRunLeavesThePreviousSiteUntouched() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run(["site", "--output", "site", "--rules", rules], in: directory).exitCode == 0)
        let index = directory.appendingPathComponent("site/index.html")
        let before = try String(contentsOf: index, encoding: .utf8)
        // A file the last run did not write makes the directory more than a site.
        try "mine".write(to: directory.appendingPathComponent("site/instruments/NOTES.txt"), atomically: true, encoding: .utf8)
        let outcome = run(["site", "--output", "site", "--rules", rules], in: directory)
        #expect(outcome.exitCode == 74)
        #expect(outcome.stderr.contains("refusing to replace site: instruments/NOTES.txt was not written by treatydiff"))
        #expect(try String(contentsOf: index, encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["site"])
    }

    @Test func invalidRulesProduceNoOutputFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("R/instruments"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: everything.appendingPathComponent("codebook.json"), to: directory.appendingPathComponent("R/codebook.json"))
        try Data("{\"id\": ".utf8).write(to: directory.appendingPathComponent("R/instruments/broken.json"))
        for arguments in [["matrix", "--output", "out.md"], ["site", "--output", "site"], ["compare", "a", "b", "--output", "out.md"]] {
            let outcome = run(arguments + ["--rules", "R"], in: directory)
            #expect(outcome.exitCode == 1)
            #expect(outcome.stdout.isEmpty)
            #expect(outcome.stderr.contains("R/instruments/broken.json:1:8: error: [rules.syntax]"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["R"])
    }

    @Test func outputIsIdenticalUnderOtherLocalesTimeZonesAndFileOrders() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = Site(ruleSet: try #require(try RulesLoader.load(directory: everything, displayPath: "everything").ruleSet)).files.map(\.content)
        // The same Rules written in reverse order, read under another locale and time zone.
        let copy = directory.appendingPathComponent("everything")
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("instruments"), withIntermediateDirectories: true)
        for file in ["codebook.json", "MANUAL.md", "translations"] {
            try FileManager.default.copyItem(at: everything.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: everything.appendingPathComponent("instruments").path).sorted().reversed()
        for name in names {
            try FileManager.default.copyItem(at: everything.appendingPathComponent("instruments/\(name)"), to: copy.appendingPathComponent("instruments/\(name)"))
        }
        let saved = (ProcessInfo.processInfo.environment["TZ"], ProcessInfo.processInfo.environment["LANG"])
        setenv("TZ", "Pacific/Kiritimati", 1)
        setenv("LANG", "tr_TR.UTF-8", 1)
        defer {
            if let tz = saved.0 { setenv("TZ", tz, 1) } else { unsetenv("TZ") }
            if let lang = saved.1 { setenv("LANG", lang, 1) } else { unsetenv("LANG") }
        }
        let result = try RulesLoader.load(directory: copy, displayPath: "everything")
        let second = Site(ruleSet: try #require(result.ruleSet)).files.map(\.content)
        #expect(first == second)
    }

    @Test func aRerunKeepsUnchangedFilesAndRewritesTheRest() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(run(["site", "--output", "site", "--rules", rules], in: directory).exitCode == 0)
        let site = directory.appendingPathComponent("site")
        func inode(_ name: String) throws -> UInt64 {
            var info = stat()
            #expect(lstat(site.appendingPathComponent(name).path, &info) == 0)
            return UInt64(info.st_ino)
        }
        let index = try inode("index.html")
        let readme = try String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8)
        // A file changed by hand, and a symbolic link planted where a page was.
        try "stale".write(to: site.appendingPathComponent("README.md"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: site.appendingPathComponent("404.html"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("404.html").path, withDestinationPath: "/etc/hostname")

        #expect(run(["site", "--output", "site", "--rules", rules], in: directory).exitCode == 0)
        #expect(try inode("index.html") == index, "an unchanged page keeps its file")
        #expect(try String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8) == readme)
        let kind = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("404.html").path)[.type] as? FileAttributeType
        #expect(kind == .typeRegular, "a link in the old site is never carried into the new one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["site"], "no staging or old directory is left behind")
    }
}
