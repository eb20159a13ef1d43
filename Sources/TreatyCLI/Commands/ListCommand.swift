import TreatyKit

/// `treatydiff list instruments|elements`.
enum ListCommand {
    static let command = Command(
        name: "list",
        summary: "List the instruments, the codebook elements or the codebook groups.",
        usage: "treatydiff list instruments|elements|groups [--format text|json] [--lang en|fr] [--rules DIR]",
        details: """
            instruments: id, date, kind and short title, in canonical order (by date, then id).
            elements: id and label, grouped as in the codebook.
            groups: id, label and number of elements, in codebook order (the values of compare --group).

            Options:
              --format text|json the output format (default: text)
              --lang en|fr       the report language (default: $TREATYDIFF_LANG, else en)
            \(Command.rulesOption)
            """,
        options: OptionSpec(values: ["--lang": ["en", "fr"], "--format": ["text", "json"], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        let kinds = ["instruments", "elements", "groups"]
        let what = try context.arguments.expect([kinds.joined(separator: "|")], command: "list")[0]
        guard kinds.contains(what) else {
            let hint = Suggestion.closest(to: what, in: kinds).map { "did you mean \"\($0)\"? " } ?? ""
            throw .usage("cannot list \"\(what)\"; \(hint)use `list instruments`, `list elements` or `list groups`", command: "list")
        }
        let ruleSet = try context.loadRules()
        let json = context.format(default: "text") == "json"
        if what == "groups" {
            let groups = ruleSet.codebook.groups
            if json {
                return Outcome(exitCode: 0, stdout: JSONExport.encode(groups.map {
                    ["id": $0.id, "label": $0.label, "elements": String(ruleSet.codebook.elements(in: $0).count)]
                }))
            }
            let width = (groups.map(\.id.count).max() ?? 0) + 2
            let strings = try context.strings()
            return Outcome(exitCode: 0, stdout: groups.map {
                TextWriter.line($0.id).padded(to: width) + TextWriter.line($0.label) + " (\(strings.elementCount(ruleSet.codebook.elements(in: $0).count)))\n"
            }.joined())
        }
        if what == "instruments" {
            if json {
                let rows = ruleSet.instruments.map { ["id": $0.id, "shortTitle": $0.shortTitle, "kind": $0.kind.rawValue, "date": $0.date, "title": $0.title] }
                return Outcome(exitCode: 0, stdout: JSONExport.encode(rows))
            }
            let width = (ruleSet.instruments.map(\.id.count).max() ?? 0) + 2
            let lines = ruleSet.instruments.map {
                TextWriter.line($0.id).padded(to: width) + TextWriter.line($0.date).padded(to: 12)
                    + $0.kind.rawValue.padded(to: 12) + TextWriter.line($0.shortTitle)
            }
            return Outcome(exitCode: 0, stdout: lines.map { $0 + "\n" }.joined())
        }
        if json {
            let rows = ruleSet.codebook.elements.map { ["id": $0.id, "group": $0.group, "label": $0.label] }
            return Outcome(exitCode: 0, stdout: JSONExport.encode(rows))
        }
        let width = (ruleSet.codebook.elements.map(\.id.count).max() ?? 0) + 2
        var out = ""
        for group in ruleSet.codebook.groups {
            out += "\(TextWriter.line(group.label)) (\(TextWriter.line(group.id)))\n"
            for element in ruleSet.codebook.elements(in: group) {
                out += "  " + TextWriter.line(element.id).padded(to: width) + TextWriter.line(element.label) + "\n"
            }
        }
        return Outcome(exitCode: 0, stdout: out)
    }
}
