import TreatyKit

/// `treatydiff check ELEMENT`: how every instrument treats one provision.
enum CheckCommand {
    static let command = Command(
        name: "check",
        summary: "Show how every instrument treats one element (a provision across treaties).",
        usage: "treatydiff check <element> [--format text|md|html|json] [--output FILE] [--lang en|fr] [--rules DIR]",
        details: """
            The element id may be abbreviated where unambiguous (cooperation.extradition-w).
            Run `treatydiff list elements` to see every id.

            Options:
              --format text|md|html|json  the output format (default: text on a terminal, else md, or
                                     what the --output file's extension says: .txt .md .html .json)
              --lang en|fr           the report language (default: $TREATYDIFF_LANG, else en)
              --output FILE          write to FILE (atomically) instead of stdout
            \(Command.rulesOption)

            Example: treatydiff check cooperation.extradition-without-treaty
            """,
        options: OptionSpec(values: ["--lang": ["en", "fr"], "--format": ["text", "md", "html", "json"], "--output": [], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        let typed = try context.arguments.expect(["element"], command: "check")[0]
        let ruleSet = try context.loadRules()
        let match = try Resolve.element(typed, in: ruleSet, command: "check")
        guard let element = ruleSet.codebook.element(match.id) else { throw .usage("unknown element \"\(typed)\"", command: "check") }
        return try context.deliver(ElementReport.document(element: element, ruleSet: ruleSet, in: try context.strings())) { JSONExport.check(element: element, ruleSet: ruleSet) }
            .noting(match.renameNotice)
    }
}
