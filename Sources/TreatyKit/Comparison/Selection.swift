/// Resolves the ids a user types, allowing unambiguous abbreviations.
public enum Selection {
    /// Why a typed id does not name exactly one thing.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case unknown(kind: String, typed: String, suggestion: String?)
        case ambiguous(kind: String, typed: String, candidates: [String])

        public var description: String {
            switch self {
            case .unknown(let kind, let typed, let suggestion):
                let hint = suggestion.map { "did you mean \"\($0)\"?" } ?? "run `treatydiff list \(kind)s` to see them"
                return "unknown \(kind) \"\(typed)\"; \(hint)"
            case .ambiguous(let kind, let typed, let candidates):
                return "\"\(typed)\" could be any of these \(kind)s: \(candidates.joined(separator: ", ")); type more of the id"
            }
        }
    }

    /// The one id that `typed` names, trying in turn: the exact id; the part after a dot
    /// (`spam` for `offence.spam`); a prefix of the id; a suffix that starts a word
    /// (`without-treaty`); a prefix of the part after the dot (`extradition-w`). The first rule that
    /// matches decides; more than one match under it is ambiguous.
    public static func resolve(_ typed: String, among ids: [String], kind: String) throws(Failure) -> String {
        if ids.contains(typed) { return typed }
        let tail = { (id: String) -> Substring in id.split(separator: ".", maxSplits: 1).last ?? Substring(id) }
        let rules: [(String) -> Bool] = [
            { $0.contains(".") && tail($0) == typed },
            { $0.hasPrefix(typed) },
            { id in id.hasSuffix(typed) && id.count > typed.count && [".", "-"].contains(id.dropLast(typed.count).last) },
            { $0.contains(".") && tail($0).hasPrefix(typed) },
        ]
        for rule in rules where !typed.isEmpty {
            let matches = ids.filter(rule)
            if matches.count == 1 { return matches[0] }
            if matches.count > 1 { throw .ambiguous(kind: kind, typed: typed, candidates: matches) }
        }
        let suggestion = Suggestion.closest(to: typed, in: ids)
            ?? ids.first { $0.split(separator: "-").contains { $0.hasPrefix(typed) } }
        throw .unknown(kind: kind, typed: typed, suggestion: suggestion)
    }

    /// An element as typed: a current id (or an abbreviation of one), or a former id that a renamed
    /// element still answers to.
    public struct ElementMatch: Sendable, Equatable {
        public var id: String
        /// The former id that was typed, when the element was found under it.
        public var formerID: String?

        /// The line to show on stderr when a former id was used; nil otherwise.
        public var renameNotice: String? {
            formerID.map { "note: element \"\($0)\" is now \"\(id)\"; use the new id (the old one keeps working)" }
        }
    }

    /// The element that `typed` names; a former id resolves to the element that replaced it.
    public static func element(_ typed: String, in codebook: Codebook) throws(Failure) -> ElementMatch {
        if codebook.element(typed) == nil, let renamed = codebook.element(formerlyCalled: typed) {
            return ElementMatch(id: renamed.id, formerID: typed)
        }
        return ElementMatch(id: try resolve(typed, among: codebook.elements.map(\.id), kind: "element"), formerID: nil)
    }

    /// A side such as `budapest-convention+budapest-protocol-2`.
    public static func side(_ typed: String, in ruleSet: RuleSet) throws(Failure) -> Side {
        let ids = ruleSet.instruments.map(\.id)
        var members: [Instrument] = []
        for part in typed.split(separator: "+", omittingEmptySubsequences: false) {
            let id = try resolve(String(part), among: ids, kind: "instrument")
            if let instrument = ruleSet.instrument(id), !members.contains(instrument) {
                members.append(instrument)
            }
        }
        return Side(members)
    }
}
