#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TreatyKit

/// What a command runs with: the working directory, the environment, and its parsed arguments.
struct Context {
    var currentDirectory: URL
    var environment: [String: String]
    var arguments: Arguments
    var command: String

    /// `--rules DIR`, else `$TREATYDIFF_RULES`, else `Rules` in the working directory.
    var rulesPath: String {
        arguments.values["--rules"] ?? environment["TREATYDIFF_RULES"].flatMap { $0.isEmpty ? nil : $0 } ?? "Rules"
    }

    func url(for path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }

    /// Loads and validates the Rules; invalid data stops the command with every error listed.
    func loadRules() throws(CLIError) -> RuleSet {
        let result = try loadResult()
        guard let ruleSet = result.ruleSet else {
            let errors = result.diagnostics.filter { $0.severity == .error }
            throw .invalidData(result.diagnostics.map(\.description)
                + ["error: \(rulesPath) has \(errors.count == 1 ? "1 error" : "\(errors.count) errors"); run `treatydiff validate` after fixing them"])
        }
        return ruleSet
    }

    func loadResult() throws(CLIError) -> RulesLoader.Result {
        do {
            return try RulesLoader.load(directory: url(for: rulesPath), displayPath: rulesPath)
        } catch {
            throw .io(error.description)
        }
    }

    /// The value of `--format`, or the command's default.
    func format(default value: String) -> String {
        arguments.values["--format"] ?? value
    }

    /// Renders a document as `--format` asks (Markdown unless told otherwise), or `json()` for JSON.
    func deliver(_ document: Document, json: () -> String) throws(CLIError) -> Outcome {
        switch format(default: "md") {
        case "json": try deliver(json())
        case "html": try deliver(HTMLWriter().write(document))
        default: try deliver(MarkdownWriter().write(document))
        }
    }

    /// Sends a report to stdout (also for `--output /dev/stdout`), or atomically to `--output FILE`.
    func deliver(_ report: String) throws(CLIError) -> Outcome {
        guard let path = arguments.values["--output"], path != "/dev/stdout" else {
            return Outcome(exitCode: 0, stdout: report)
        }
        try OutputFile.write(report, to: url(for: path), shownAs: path)
        return Outcome(exitCode: 0, stderr: "wrote \(Escaping.terminal(path))\n")
    }
}
