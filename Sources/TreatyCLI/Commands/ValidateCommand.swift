import TreatyKit

/// `treatydiff validate`: every finding in the Rules, in the compiler's form.
enum ValidateCommand {
    static let command = Command(
        name: "validate",
        summary: "Check the Rules data and report every problem at once.",
        usage: "treatydiff validate [--rules DIR] [--strict]",
        details: """
            Loads the codebook and every instrument, runs every check, and prints each finding to stderr as
            FILE:LINE:COLUMN: error|warning: [code] message. Unknown codings are counted as research gaps,
            never reported as problems.

            Options:
            \(Command.rulesOption)
              --strict           treat warnings as errors (for CI)

            Exit codes: 0 valid, 1 invalid, 64 usage error, 74 the Rules directory cannot be read.
            """,
        options: OptionSpec(flags: ["--strict"], values: ["--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        _ = try context.arguments.expect([], command: "validate")
        let strict = context.arguments.flags.contains("--strict")
        let rulesPath = Escaping.terminal(context.rulesPath)
        let result = try context.loadResult()
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        var stderr = result.diagnostics.map { $0.description + "\n" }.joined()
        let failed = result.diagnostics.fails(strict: strict)
        var stdout = ""
        if let ruleSet = result.ruleSet {
            let gaps = ruleSet.instruments.map { ($0.id, $0.provisions.filter { $0.status == .unknown }.count) }
            let total = gaps.reduce(0) { $0 + $1.1 }
            stdout += "\(rulesPath): \(ruleSet.instruments.count) instruments, \(ruleSet.codebook.elements.count) elements in \(ruleSet.codebook.groups.count) groups"
            stdout += failed ? "\n" : " — valid\(warnings > 0 ? " with \(warnings) warning\(warnings == 1 ? "" : "s")" : "").\n"
            stdout += "Research gaps: \(total) unknown coding\(total == 1 ? "" : "s")"
            stdout += gaps.isEmpty ? ".\n" : " (" + gaps.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ").\n"
        }
        if failed {
            stderr += "\(rulesPath): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(strict && errors == 0 ? " (warnings count as errors with --strict)" : "").\n"
            return Outcome(exitCode: ExitCode.invalidData.rawValue, stdout: stdout, stderr: stderr)
        }
        return Outcome(exitCode: 0, stdout: stdout, stderr: stderr)
    }
}
