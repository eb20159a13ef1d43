import TreatyKit

/// Turns typed ids into real ones, making every failure a usage error with suggestions.
enum Resolve {
    static func instrument(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> String {
        do {
            return try Selection.resolve(typed, among: ruleSet.instruments.map(\.id), kind: "instrument")
        } catch {
            throw .usage(error.description, command: command)
        }
    }

    static func element(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> String {
        do {
            return try Selection.resolve(typed, among: ruleSet.codebook.elements.map(\.id), kind: "element")
        } catch {
            throw .usage(error.description, command: command)
        }
    }

    static func side(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> Side {
        do {
            return try Selection.side(typed, in: ruleSet)
        } catch {
            throw .usage(error.description, command: command)
        }
    }

    static func group(_ typed: String, in ruleSet: RuleSet, command: String) throws(CLIError) -> String {
        do {
            return try Selection.resolve(typed, among: ruleSet.codebook.groups.map(\.id), kind: "group")
        } catch {
            throw .usage(error.description, command: command)
        }
    }
}
