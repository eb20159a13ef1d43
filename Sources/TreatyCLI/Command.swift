/// One subcommand: its help, the options it accepts, and what it does.
struct Command: Sendable {
    var name: String
    /// One line for the command list.
    var summary: String
    var usage: String
    /// Options and examples, shown by `treatydiff help NAME`.
    var details: String
    var options: OptionSpec
    var run: @Sendable (Context) throws(CLIError) -> Outcome

    var help: String {
        "\(summary)\n\nUsage: \(usage)\n\n\(details)\n"
    }

    static let rulesOption = "  --rules DIR        the Rules directory (default: $TREATYDIFF_RULES, else ./Rules)"

    /// Every command, in the order help lists them.
    static let all: [Command] = [
        ValidateCommand.command, ListCommand.command, ShowCommand.command, CheckCommand.command,
        CompareCommand.command, EvolutionCommand.command, MatrixCommand.command, ConcordanceCommand.command,
        SiteCommand.command,
    ]
}
