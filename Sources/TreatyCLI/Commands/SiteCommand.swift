import TreatyKit

/// `treatydiff site`: the whole published site.
enum SiteCommand {
    static let command = Command(
        name: "site",
        summary: "Generate the static site (HTML pages, Markdown twins and data downloads).",
        usage: "treatydiff site [--rules DIR] [--output DIR] [--base-path PATH]",
        details: """
            Writes index.html and README.md, a page per instrument, per element, per comparison and per
            lineage, and the downloads in data/: treaties.json, matrix.csv, codings.csv (one row per instrument
            and element), datapackage.json (a Frictionless Data Package describing them) and the Rules' JSON
            Schemas. Links are relative, so the site works from
            file://, from GitHub's file browser and under any sub-path. The site is built beside the output
            directory and swapped in only when complete; only a directory holding a previous site (marked by
            a .treatydiff-site file) or an empty one is replaced.

            Options:
              --output DIR       where to write the site (default: Reports)
              --base-path PATH   the URL path the site is served under, such as /treatydiff/ (default: /);
                                 used by 404.html, which is served at any address
            \(Command.rulesOption)
            """,
        options: OptionSpec(values: ["--output": [], "--base-path": [], "--rules": []]),
        run: run)

    static func run(_ context: Context) throws(CLIError) -> Outcome {
        _ = try context.arguments.expect([], command: "site")
        let ruleSet = try context.loadRules()
        let basePath = context.arguments.values["--base-path"] ?? "/"
        guard isPath(basePath) else {
            throw .usage("--base-path must be a URL path on this site starting with a single /, such as /treatydiff/ (no //, \\, .., spaces or control characters)", command: "site")
        }
        let output = context.arguments.values["--output"] ?? "Reports"
        let site = Site(ruleSet: ruleSet, basePath: basePath, schemas: RulesLoader.schemas(in: context.url(for: context.rulesPath)))
        try SiteDirectory.write(site, to: context.url(for: output), shownAs: output, rules: context.url(for: context.rulesPath))
        return Outcome(exitCode: 0, stderr: "wrote \(site.fileCount) files to \(Escaping.terminal(output))\n")
    }

    /// A path on the same host: starts with one `/` (`//host` and `/\\host` name another host), and
    /// has no `..`, backslash, space, quote, angle bracket or control character.
    static func isPath(_ path: String) -> Bool {
        path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("..")
            && !path.unicodeScalars.contains { $0.value <= 0x20 || $0.value >= 0x7F || "\\\"'<>`".unicodeScalars.contains($0) }
    }
}
