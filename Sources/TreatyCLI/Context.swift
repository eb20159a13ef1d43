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
    /// The formats the command's `--format` accepts.
    var formats: [String] = []
    /// Whether standard output is a terminal, where reports default to plain text.
    var stdoutIsTerminal = false
    /// Whether the command writes reports in a language (takes `--lang`).
    var takesLanguage = false

    /// `--rules DIR`, else `$TREATYDIFF_RULES`, else `Rules` in the working directory.
    var rulesPath: String {
        arguments.values["--rules"] ?? environment["TREATYDIFF_RULES"].flatMap { $0.isEmpty ? nil : $0 } ?? "Rules"
    }

    func url(for path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }

    /// Loads and validates the Rules; invalid data stops the command with every error listed. A
    /// command that writes reports gets them in the language of `language()`.
    func loadRules() throws(CLIError) -> RuleSet {
        let result = try loadResult()
        guard let ruleSet = result.ruleSet else {
            let errors = result.diagnostics.filter { $0.severity == .error }
            throw .invalidData(result.diagnostics.map(\.description)
                + ["error: \(rulesPath) has \(errors.count == 1 ? "1 error" : "\(errors.count) errors"); run `treatydiff validate` after fixing them"])
        }
        return ruleSet.translated(to: try language())
    }

    /// The report language: `--lang`, else `$TREATYDIFF_LANG`, else English; never the machine's
    /// locale, so the same command gives the same bytes everywhere.
    func language() throws(CLIError) -> Language {
        guard takesLanguage else { return .english }
        let typed = arguments.values["--lang"] ?? environment["TREATYDIFF_LANG"].flatMap { $0.isEmpty ? nil : $0 } ?? "en"
        guard let language = Language(rawValue: typed) else {
            throw .usage("TREATYDIFF_LANG is \"\(Escaping.terminal(typed))\", which is not a language treatydiff writes; set it to \(Language.allCases.map(\.rawValue).joined(separator: " or ")), or unset it", command: command)
        }
        return language
    }

    /// The interface strings of the report language.
    func strings() throws(CLIError) -> Catalogue {
        Catalogue.of(try language())
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

    /// The format each `--output` file extension implies.
    static let formatsByExtension = ["md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json", "csv": "csv", "txt": "text"]

    /// The report format: `--format`; else the one the `--output` file's extension implies; else
    /// plain text on a terminal and Markdown in a pipe or file. A `--format` that contradicts the
    /// extension, or an extension the command cannot write, is a usage error.
    func reportFormat() throws(CLIError) -> String {
        let explicit = arguments.values["--format"]
        if let output = arguments.values["--output"], let dot = output.lastIndex(of: "."),
           !output[dot...].contains("/"), let implied = Self.formatsByExtension[output[output.index(after: dot)...].lowercased()] {
            if let explicit, explicit != implied {
                throw .usage("--format \(explicit) contradicts --output \(output), whose extension means \(implied); drop --format or make them agree", command: command)
            }
            guard formats.isEmpty || formats.contains(implied) else {
                throw .usage("`\(command)` cannot write \(implied), which the extension of \(output) implies; name a file ending in \(formats.compactMap { format in Self.formatsByExtension.first { $0.value == format && $0.key.count <= 4 && $0.key != "htm" }.map { "." + $0.key } }.sorted().joined(separator: ", "))", command: command)
            }
            return implied
        }
        if let explicit { return explicit }
        return arguments.values["--output"] == nil && stdoutIsTerminal ? "text" : "md"
    }

    /// The terminal's width for plain text: `$COLUMNS` when set, else 80.
    var textWidth: Int {
        environment["COLUMNS"].flatMap { Int($0) }.map { min(200, max(40, $0)) } ?? 80
    }

    /// Renders a document in the report format, or `json()` for JSON.
    func deliver(_ document: Document, json: () -> String) throws(CLIError) -> Outcome {
        switch try reportFormat() {
        case "json": try deliver(json())
        case "html": try deliver(HTMLWriter().write(document))
        case "text": try deliver(TextWriter(width: textWidth).write(document))
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
