import TreatyKit

/// `treatydiff matrix`: every instrument against every element.
enum MatrixCommand {
    static let command = Command(
        name: "matrix",
        summary: "Show every instrument against every element.",
        usage: "treatydiff matrix [--format text|md|html|csv|json] [--output FILE] [--lang en|fr] [--rules DIR]",
        details: """
            CSV is RFC 4180: a header row, then one row per element (id, group, label) with one status column
            per instrument.

            Options:
              --format text|md|html|csv|json  the output format (default: text on a terminal, else md,
                                              or what the --output file's extension says)
              --lang en|fr              the report language (default: $TREATYDIFF_LANG, else en)
              --output FILE              write to FILE (atomically) instead of stdout
            \(Command.rulesOption)
            """,
        options: OptionSpec(values: ["--lang": ["en", "fr"], "--format": ["text", "md", "html", "csv", "json"], "--output": [], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        _ = try context.arguments.expect([], command: "matrix")
        let ruleSet = try context.loadRules()
        if try context.reportFormat() == "csv" {
            return try context.deliver(MatrixReport.csv(ruleSet: ruleSet))
        }
        return try context.deliver(MatrixReport.document(ruleSet: ruleSet, in: try context.strings())) { JSONExport.matrix(ruleSet: ruleSet) }
    }
}
