import TreatyKit

/// `treatydiff concordance [ELEMENT…]`: where each instrument provides each element, by article.
enum ConcordanceCommand {
    static let command = Command(
        name: "concordance",
        summary: "Show, for each element, the articles that provide it in every instrument.",
        usage: "treatydiff concordance [<element>…] [--format text|md|html|csv|json] [--lang en|fr] [--output FILE] [--rules DIR]",
        details: """
            With no element, every element of the codebook; element ids may be abbreviated where unambiguous.
            Each cell holds the pinpoint citations, or says why there are none (absent, not applicable,
            unknown). CSV is RFC 4180: one row per element (id, group, label), one citation column per
            instrument, instruments in order of date.

            Options:
              --format text|md|html|csv|json  the output format (default: text on a terminal, md otherwise)
              --lang en|fr               the report language (default: $TREATYDIFF_LANG, else en)
              --output FILE              write to FILE (atomically) instead of stdout
            \(Command.rulesOption)

            Example: treatydiff concordance cooperation.extradition-without-treaty cooperation.mutual-legal-assistance
            """,
        options: OptionSpec(values: ["--lang": ["en", "fr"], "--format": ["text", "md", "html", "csv", "json"], "--output": [], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        let ruleSet = try context.loadRules()
        var elements: [Codebook.Element] = []
        var notices: [String] = []
        for typed in context.arguments.positionals {
            let match = try Resolve.element(typed, in: ruleSet, command: "concordance")
            if let notice = match.renameNotice { notices.append(notice) }
            if let element = ruleSet.codebook.element(match.id), !elements.contains(element) {
                elements.append(element)
            }
        }
        let outcome: Outcome
        if try context.reportFormat() == "csv" {
            outcome = try context.deliver(ConcordanceReport.csv(ruleSet: ruleSet, elements: elements))
        } else {
            outcome = try context.deliver(ConcordanceReport.document(ruleSet: ruleSet, elements: elements, in: try context.strings())) {
                JSONExport.concordance(ruleSet: ruleSet, elements: elements)
            }
        }
        return outcome.noting(notices.isEmpty ? nil : notices.joined(separator: "\n"))
    }
}
