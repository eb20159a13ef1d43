import TreatyKit

/// `treatydiff compare LEFT RIGHT …`.
enum CompareCommand {
    static let command = Command(
        name: "compare",
        summary: "Compare two or more instruments element by element.",
        usage: "treatydiff compare <left> <right> [<more>…] [--format text|md|html|json] [--output FILE] [--only-differences] [--group GROUP] [--lang en|fr] [--rules DIR]",
        details: """
            Each side is an instrument id, or instruments joined with + to read them together, such as
            budapest-convention+budapest-protocol-2 (for each element the strongest status among them).
            Ids may be abbreviated where unambiguous. With three or more sides, each later side is compared
            with the first. At most 32 sides.

            Verdicts: same, left-stronger, right-stronger, only-left, only-right, neither, unknown.

            Options:
              --format text|md|html|json  the output format (default: text on a terminal, else md, or
                                     what the --output file's extension says: .txt .md .html .json)
              --lang en|fr           the report language (default: $TREATYDIFF_LANG, else en)
              --output FILE          write to FILE (atomically) instead of stdout
              --only-differences     leave out elements whose verdict is same or neither
              --group GROUP          only one codebook group, such as provider or cooperation
            \(Command.rulesOption)

            Example: treatydiff compare budapest-convention russia-draft-2017
            """,
        options: OptionSpec(flags: ["--only-differences"], values: ["--lang": ["en", "fr"], "--format": ["text", "md", "html", "json"], "--output": [], "--group": [], "--rules": []]),
        run: run)

    /// The most sides one comparison takes: each adds a column to every row.
    static let mostSides = 32

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        let typed = context.arguments.positionals
        guard typed.count >= 2 else {
            throw .usage("`compare` needs at least two instruments, such as `compare budapest-convention russia-draft-2017`", command: "compare")
        }
        guard typed.count <= mostSides else {
            throw .usage("`compare` takes at most \(mostSides) sides, but got \(typed.count); compare fewer instruments at a time", command: "compare")
        }
        let ruleSet = try context.loadRules()
        var sides: [Side] = []
        for word in typed {
            sides.append(try Resolve.side(word, in: ruleSet, command: "compare"))
        }
        let group = try context.arguments.values["--group"].map { (typed) throws(CLIError) in try Resolve.group(typed, in: ruleSet, command: "compare") }
        let comparison = Comparison(ruleSet: ruleSet, sides: sides, group: group, onlyDifferences: context.arguments.flags.contains("--only-differences"))
        return try context.deliver(ComparisonReport.document(comparison, in: try context.strings())) { JSONExport.comparison(comparison) }
    }
}
