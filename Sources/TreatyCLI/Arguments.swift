import TreatyKit

/// The options a command accepts: flags, and options that take a value from a closed or open set.
struct OptionSpec {
    var flags: [String] = []
    /// Option name to its allowed values; an empty list allows any value.
    var values: [String: [String]] = [:]

    var names: [String] {
        (flags + Array(values.keys) + ["--help"]).sorted()
    }
}

/// A command line split into positionals, option values and flags.
struct Arguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `--name value`, `--name=value` and flags; `--` ends options.
    init(_ words: [String], spec: OptionSpec, command: String) throws(CLIError) {
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            guard !optionsEnded, word.hasPrefix("-"), word != "-" else {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            if name == "--help" || name == "-h" || spec.flags.contains(name) {
                guard parts.count == 1 else { throw .usage("\(name) takes no value", command: command) }
                flags.insert(name == "-h" ? "--help" : name)
            } else if let allowed = spec.values[name] {
                let value: String
                if parts.count == 2 {
                    value = parts[1]
                } else if index < words.count {
                    value = words[index]
                    index += 1
                } else {
                    throw .usage("\(name) needs a value", command: command)
                }
                if value.isEmpty {
                    throw .usage("\(name) needs a value, but it is empty", command: command)
                }
                if !allowed.isEmpty && !allowed.contains(value) {
                    let hint = Suggestion.closest(to: value, in: allowed).map { "did you mean \"\($0)\"? " } ?? ""
                    throw .usage("\(name) does not accept \"\(value)\"; \(hint)use one of: \(allowed.joined(separator: ", "))", command: command)
                }
                values[name] = value
            } else {
                let hint = Suggestion.closest(to: name, in: spec.names).map { "; did you mean \($0)?" } ?? ""
                throw .usage("unknown option \(name) for `\(command)`\(hint)", command: command)
            }
        }
    }

    /// Exactly `count` positionals, named for the message.
    func expect(_ names: [String], command: String) throws(CLIError) -> [String] {
        guard positionals.count == names.count else {
            let wanted = names.map { "<\($0)>" }.joined(separator: " ")
            if positionals.count < names.count {
                throw .usage("`\(command)` needs \(wanted)", command: command)
            }
            let extra = positionals.dropFirst(names.count).map { "\"\($0)\"" }.joined(separator: ", ")
            let takes = names.isEmpty ? "takes no arguments" : "takes only \(wanted)"
            throw .usage("`\(command)` \(takes), but was also given \(extra)", command: command)
        }
        return positionals
    }
}
