#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TreatyKit

/// The `treatydiff` command line, callable without a process so tests can run it directly.
public enum TreatyCLI {
    /// Runs one command line (without the program name) and returns what it printed and its exit code.
    /// Reports default to plain text when `stdoutIsTerminal`, to Markdown otherwise.
    public static func run(_ arguments: [String], environment: [String: String], currentDirectory: URL, stdoutIsTerminal: Bool = false) -> Outcome {
        guard let first = arguments.first else {
            return Outcome(exitCode: ExitCode.usage.rawValue, stderr: overview)
        }
        switch first {
        case "--help", "-h":
            return Outcome(exitCode: 0, stdout: overview)
        case "--version":
            return Outcome(exitCode: 0, stdout: "treatydiff \(treatyDiffVersion)\n")
        case "help":
            guard let name = arguments.dropFirst().first else { return Outcome(exitCode: 0, stdout: overview) }
            guard let command = Command.all.first(where: { $0.name == name }) else {
                return unknownCommand(name).outcome
            }
            return Outcome(exitCode: 0, stdout: command.help)
        default:
            break
        }
        guard let command = Command.all.first(where: { $0.name == first }) else {
            return unknownCommand(first).outcome
        }
        do {
            let parsed = try Arguments(Array(arguments.dropFirst()), spec: command.options, command: command.name)
            if parsed.flags.contains("--help") {
                return Outcome(exitCode: 0, stdout: command.help)
            }
            let context = Context(
                currentDirectory: currentDirectory, environment: environment, arguments: parsed, command: command.name,
                formats: command.options.values["--format"] ?? [], stdoutIsTerminal: stdoutIsTerminal,
                takesLanguage: command.options.values["--lang"] != nil)
            return try command.run(context)
        } catch {
            return error.outcome
        }
    }

    /// Whether the process's standard output is a terminal.
    public static var standardOutputIsTerminal: Bool {
        isatty(1) != 0
    }

    private static func unknownCommand(_ name: String) -> CLIError {
        let hint = Suggestion.closest(to: name, in: Command.all.map(\.name)).map { "; did you mean `\($0)`?" } ?? ""
        return .usage("unknown command \"\(name)\"\(hint)", command: nil)
    }

    static var overview: String {
        let width = (Command.all.map(\.name.count).max() ?? 0) + 2
        let list = Command.all.map { "  " + $0.name.padded(to: width) + $0.summary }
        return """
            treatydiff \(treatyDiffVersion) — compare international cybercrime instruments, provision by provision.

            Usage: treatydiff <command> [options]

            Commands:
            \(list.joined(separator: "\n"))

            Run `treatydiff help <command>` (or `treatydiff <command> --help`) for a command's options.
            Exit codes: 0 success, 1 invalid Rules data, 64 usage error, 74 input/output error.

            """
    }
}
