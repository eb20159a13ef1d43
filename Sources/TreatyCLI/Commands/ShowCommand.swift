import TreatyKit

/// `treatydiff show INSTRUMENT`.
enum ShowCommand {
    static let command = Command(
        name: "show",
        summary: "Show one instrument: metadata, sources, every coding and its article table.",
        usage: "treatydiff show <instrument> [--format text|md|html|json] [--output FILE] [--lang en|fr] [--rules DIR]",
        details: """
            The instrument id may be abbreviated where unambiguous (budapest-c for budapest-convention).

            Options:
              --format text|md|html|json  the output format (default: text on a terminal, else md, or
                                     what the --output file's extension says: .txt .md .html .json)
              --lang en|fr           the report language (default: $TREATYDIFF_LANG, else en)
              --output FILE          write to FILE (atomically) instead of stdout
            \(Command.rulesOption)

            Example: treatydiff show budapest-convention
            """,
        options: OptionSpec(values: ["--lang": ["en", "fr"], "--format": ["text", "md", "html", "json"], "--output": [], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        let typed = try context.arguments.expect(["instrument"], command: "show")[0]
        let ruleSet = try context.loadRules()
        let id = try Resolve.instrument(typed, in: ruleSet, command: "show")
        guard let instrument = ruleSet.instrument(id) else { throw .usage("unknown instrument \"\(typed)\"", command: "show") }
        return try context.deliver(InstrumentReport.document(instrument: instrument, ruleSet: ruleSet, in: try context.strings())) { JSONExport.instrument(instrument) }
    }
}
