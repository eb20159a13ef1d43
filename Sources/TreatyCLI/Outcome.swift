#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TreatyKit

/// What a run of the command line produced: its exit code and both output streams.
public struct Outcome: Sendable, Equatable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String

    public init(exitCode: Int32, stdout: String = "", stderr: String = "") {
        self.exitCode = exitCode
        self.stdout = stdout
        self.stderr = stderr
    }

    /// The same outcome with `notice`, if any, as a line before its stderr.
    func noting(_ notice: String?) -> Outcome {
        guard let notice else { return self }
        return Outcome(exitCode: exitCode, stdout: stdout, stderr: notice + "\n" + stderr)
    }

    /// Writes both streams to the process's standard output and standard error, then ends the
    /// process with the exit code.
    public func finish() -> Never {
        exit(emit(output: 1, errors: 2))
    }

    /// Writes both streams to the given descriptors and returns the exit code: `74`, with a message,
    /// when the output cannot be written whole (a full disk, `/dev/full`, a closed descriptor).
    func emit(output: Int32, errors: Int32) -> Int32 {
        let failure = FileSystem.writeAll(stdout, to: output)
        _ = FileSystem.writeAll(stderr, to: errors)
        guard failure == 0 else {
            let reason = FileSystem.Failure(errno: failure).reason
            _ = FileSystem.writeAll("error: cannot write to standard output: \(reason)\n", to: errors)
            return ExitCode.io.rawValue
        }
        return exitCode
    }
}

/// The exit codes, in the BSD `sysexits` tradition.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// The Rules data is invalid.
    case invalidData = 1
    /// The command line is wrong.
    case usage = 64
    /// A file or directory could not be read or written.
    case io = 74
}

/// Everything that can stop a command, each with a message that says what to do.
package enum CLIError: Error, Equatable {
    case usage(String, command: String?)
    case io(String)
    case invalidData([String])

    /// The one mapping from errors to exit codes and messages.
    var outcome: Outcome {
        switch self {
        case .usage(let message, let command):
            let help = command.map { "treatydiff help \($0)" } ?? "treatydiff --help"
            return Outcome(exitCode: ExitCode.usage.rawValue, stderr: "error: \(Escaping.terminal(message))\nRun `\(help)` for usage.\n")
        case .io(let message):
            return Outcome(exitCode: ExitCode.io.rawValue, stderr: "error: \(Escaping.terminal(message))\n")
        case .invalidData(let lines):
            return Outcome(exitCode: ExitCode.invalidData.rawValue, stderr: lines.map { Escaping.terminal($0) + "\n" }.joined())
        }
    }
}
