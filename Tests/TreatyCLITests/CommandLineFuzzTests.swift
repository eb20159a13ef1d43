import Foundation
import Testing
@testable import TreatyCLI
@testable import TreatyKit

/// Random command lines through the whole CLI: every run ends with a documented exit code.
@Suite struct CommandLineFuzzTests {
    /// SplitMix64, so the same command lines run every time.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let words = [
        "validate", "list", "show", "check", "compare", "evolution", "matrix", "site", "help", "--help", "-h", "--version",
        "--format", "md", "html", "csv", "json", "text", "--output", "out.md", "sub/out.md", "/dev/null", "", "-", "--",
        "--rules", "R", "nowhere", "--strict", "--only-differences", "--group", "offence", "--base-path", "/x/", "//evil/",
        "instruments", "elements", "alpha-convention", "alpha", "beta-draft", "gamma", "a+b", "alpha-convention+alpha-protocol",
        "offence.illegal-access", "--format=json", "--output=", "\u{1B}[2J", "a\nb", "é", "=cmd", String(repeating: "z", count: 300),
    ]

    @Test func randomCommandLinesEndWithADocumentedExitCode() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: CLITests.root.appendingPathComponent(CLITests.fixture), to: directory.appendingPathComponent("R"))
        var generator = Generator(state: 15)
        var seen: Set<Int32> = []
        for _ in 0..<300 {
            let count = Int.random(in: 0...6, using: &generator)
            var arguments = (0..<count).map { _ in Self.words.randomElement(using: &generator)! }
            if Bool.random(using: &generator) { arguments += ["--rules", "R"] }
            let outcome = TreatyCLI.run(arguments, environment: [:], currentDirectory: directory)
            #expect([0, 1, 64, 74].contains(outcome.exitCode), "\(arguments) exited \(outcome.exitCode)")
            #expect(!outcome.stderr.unicodeScalars.contains { $0 == "\u{1B}" }, "\(arguments) printed an escape")
            seen.insert(outcome.exitCode)
        }
        #expect(seen.isSuperset(of: [0, 64, 74]), "the runs reach success and failure alike: \(seen)")
    }
}
