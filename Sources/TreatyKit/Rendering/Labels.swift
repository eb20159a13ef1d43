/// The symbols that show statuses beside their words, so colour is never the only signal, and the
/// legend that explains them. The words themselves come from a language's `Catalogue`.
public enum Labels {
    public static func symbol(_ status: Status) -> String {
        switch status {
        case .mandatory: "●"
        case .optional: "◐"
        case .absent: "○"
        case .notApplicable: "–"
        case .unknown: "?"
        }
    }

    /// The mark that flags a coding resting only on secondary sources.
    public static let secondaryMark = "†"

    /// What a legend explains besides the status symbols.
    public enum LegendScope: Sendable {
        /// Statuses and marks only.
        case statuses
        /// Statuses, marks and what a verdict compares.
        case verdicts
        /// Statuses, marks and what a change compares.
        case changes
    }

    /// The marks that may follow a status, each with its meaning. New marks join this list and
    /// every legend shows them.
    static func marks(_ strings: Catalogue) -> [(symbol: String, meaning: String)] {
        [
            (secondaryMark, strings[.secondaryMeaning]),
            (strings[.reservable], strings[.reservableMeaning]),
            (strings[.declarable], strings[.declarableMeaning]),
            (strings[.viaMark], strings[.viaMeaning]),
        ]
    }

    /// The legend every report with statuses carries: the status symbols, the marks, and what the
    /// report's verdicts or changes compare.
    public static func legend(_ scope: LegendScope = .statuses, in strings: Catalogue) -> [Inline] {
        // A mark that is a word is set off from its meaning by a colon; a symbol needs none.
        let entries = Status.allCases.map { "\(symbol($0)) \(strings.meaning($0))" }
            + marks(strings).map { $0.symbol == secondaryMark ? "\($0.symbol) \($0.meaning)" : "\($0.symbol): \($0.meaning)" }
        var text = " " + entries.joined(separator: " · ") + "."
        switch scope {
        case .statuses: break
        case .verdicts: text += " " + strings[.verdictNote]
        case .changes: text += " " + strings[.changeNote]
        }
        return [.strong(strings[.legend]), .text(text)]
    }
}

extension Catalogue {
    /// "via Budapest Convention, Art. 24, 27": the articles of another instrument a coding applies.
    func via(_ reference: Provision.Reference) -> String {
        self[.via, reference.shortTitle ?? reference.instrument, reference.articles.joined(separator: ", ")]
    }

    /// The parts of a coverage bar: provided, known not to be provided, unknown.
    var coverageParts: [String] {
        [self[.coverageProvided], self[.coverageNotProvided], self[.coverageUnknown]]
    }
}
