import TreatyKit

/// `treatydiff evolution ID`: what changed along a lineage of drafts.
enum EvolutionCommand {
    static let command = Command(
        name: "evolution",
        summary: "Show how each element changed along a lineage of texts (followed through `follows`).",
        usage: "treatydiff evolution <instrument> [<instrument>…] [--format text|md|html|json] [--output FILE] [--lang en|fr] [--rules DIR]",
        details: """
            With one id: the lineage that runs through it by `follows`, oldest first. With several ids: exactly
            that chain, in the order given. Changes: added, dropped, strengthened, weakened, unchanged, unknown.

            Options:
              --format text|md|html|json  the output format (default: text on a terminal, else md, or
                                     what the --output file's extension says: .txt .md .html .json)
              --lang en|fr           the report language (default: $TREATYDIFF_LANG, else en)
              --output FILE          write to FILE (atomically) instead of stdout
            \(Command.rulesOption)

            Example: treatydiff evolution un-cybercrime-convention
            """,
        options: OptionSpec(values: ["--lang": ["en", "fr"], "--format": ["text", "md", "html", "json"], "--output": [], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        let typed = context.arguments.positionals
        guard !typed.isEmpty else {
            throw .usage("`evolution` needs an instrument, such as `evolution un-cybercrime-convention`", command: "evolution")
        }
        let ruleSet = try context.loadRules()
        var ids: [String] = []
        for word in typed {
            ids.append(try Resolve.instrument(word, in: ruleSet, command: "evolution"))
        }
        let versions = ids.count == 1 ? Evolution.lineage(through: ids[0], in: ruleSet) : ids.compactMap(ruleSet.instrument)
        guard versions.count >= 2 else {
            throw .usage("\(ids[0]) has no lineage: no instrument follows it and it follows none; `compare` sets it beside any other text (`treatydiff list instruments` lists them)", command: "evolution")
        }
        if let problem = Evolution.chainProblem(versions) {
            throw .usage(problem, command: "evolution")
        }
        let evolution = Evolution(ruleSet: ruleSet, versions: versions)
        return try context.deliver(EvolutionReport.document(evolution, in: try context.strings())) { JSONExport.evolution(evolution) }
    }
}
