import TreatyKit

/// Turns typed ids into real ones, making every failure a usage error with suggestions.
enum Resolve {
    static func instrument(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> String {
        try usage(command) { () throws(Selection.Failure) in try Selection.resolve(typed, among: ruleSet.instruments.map(\.id), kind: "instrument") }
    }

    /// The element `typed` names; a former id resolves too, with a notice for stderr.
    static func element(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> Selection.ElementMatch {
        try usage(command) { () throws(Selection.Failure) in try Selection.element(typed, in: ruleSet.codebook) }
    }

    static func side(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> Side {
        try usage(command) { () throws(Selection.Failure) in try Selection.side(typed, in: ruleSet) }
    }

    static func group(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> String {
        try usage(command) { () throws(Selection.Failure) in try Selection.resolve(typed, among: ruleSet.codebook.groups.map(\.id), kind: "group") }
    }

    private static func usage<T>(_ command: String, _ body: () throws(Selection.Failure) -> T) throws(CLIError) -> T {
        do {
            return try body()
        } catch {
            throw .usage(error.description, command: command)
        }
    }
}
