/// The words and symbols that show statuses, verdicts and changes, so colour is never the only signal.
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

    public static func text(_ status: Status) -> String {
        switch status {
        case .notApplicable: "not applicable"
        default: status.rawValue
        }
    }

    /// The mark that flags a coding resting only on secondary sources.
    public static let secondaryMark = "†"

    public static func text(_ verdict: Verdict) -> String {
        switch verdict {
        case .same: "same"
        case .leftStronger: "left stronger"
        case .rightStronger: "right stronger"
        case .onlyLeft: "only left"
        case .onlyRight: "only right"
        case .neither: "neither"
        case .unknown: "unknown"
        }
    }

    /// A verdict with the sides named, for comparisons of three or more sides where "left" and
    /// "right" would not say which.
    public static func text(_ verdict: Verdict, left: String, right: String) -> String {
        switch verdict {
        case .same, .neither, .unknown: text(verdict)
        case .leftStronger: "\(left) stronger"
        case .rightStronger: "\(right) stronger"
        case .onlyLeft: "only \(left)"
        case .onlyRight: "only \(right)"
        }
    }

    public static func text(_ change: Change) -> String {
        change.rawValue
    }

    /// What a table shows for an element an instrument does not code.
    public static let notCoded = "not coded"
    /// What the concordance shows for a provided element whose article is not established.
    public static let noArticleCited = "no article cited"

    /// The mark of a coding the instrument expressly lets parties reserve against.
    public static let reservable = "reservable"
    /// The mark of a coding a party may narrow by declaration or by choosing an optional element.
    public static let declarable = "declarable"

    /// "via Budapest Convention, Art. 24, 27": the articles of another instrument a coding applies.
    public static func via(_ reference: Provision.Reference) -> String {
        "via \(reference.shortTitle ?? reference.instrument), Art. \(reference.articles.joined(separator: ", "))"
    }

    /// What a legend explains besides the status symbols.
    public enum LegendScope: Sendable {
        /// Statuses and marks only.
        case statuses
        /// Statuses, marks and what a verdict compares.
        case verdicts
        /// Statuses, marks and what a change compares.
        case changes
    }

    /// What each status symbol means, in the order of `Status.allCases`.
    static func meaning(_ status: Status) -> String {
        switch status {
        case .mandatory: "mandatory (parties must)"
        case .optional: "optional (parties may)"
        case .absent: "absent"
        case .notApplicable: "not applicable"
        case .unknown: "unknown (a research gap)"
        }
    }

    /// The marks that may follow a status, each with its meaning. New marks join this list and
    /// every legend shows them.
    static let marks: [(symbol: String, meaning: String)] = [
        (secondaryMark, "the coding rests on secondary sources, not on the text itself"),
        (reservable, "the instrument lets parties reserve against it"),
        (declarable, "a party may narrow it by declaration or an optional element"),
        ("via …", "the instrument applies another instrument's articles rather than creating the rule itself"),
    ]

    /// The legend every report with statuses carries: the status symbols, the marks, and what the
    /// report's verdicts or changes compare.
    public static func legend(_ scope: LegendScope = .statuses) -> [Inline] {
        let entries = Status.allCases.map { "\(symbol($0)) \(meaning($0))" } + marks.map { "\($0.symbol) \($0.meaning)" }
        var text = " " + entries.joined(separator: " · ") + "."
        switch scope {
        case .statuses: break
        case .verdicts: text += " " + verdictNote
        case .changes: text += " " + changeNote
        }
        return [.strong("Legend:"), .text(text)]
    }

    /// What a verdict compares.
    static let verdictNote = "Verdicts compare the strength of the status (mandatory > optional > absent), not the wording: \"same\" means the same status, not the same substance; the notes say what each text does."

    /// What a change compares.
    static let changeNote = "Changes compare the strength of the status (mandatory > optional > absent), not the wording: \"unchanged\" means the same status, not the same text."

    // MARK: Shares and charts

    /// The parts of a coverage bar: provided, known not to be provided, unknown.
    static let coverageParts = ["provided", "not provided", "unknown"]

    /// "3 of 10 (30%)", or "none" for zero, so a count is never shown as a bare 0%.
    static func share(_ count: Int, of total: Int) -> String {
        guard count > 0, total > 0 else { return "none" }
        return "\(count) of \(total) (\(percent(Double(count) / Double(total))))"
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }

    /// The cue above a table that scrolls sideways on a narrow screen.
    static let scrollCue = "Scroll sideways for more columns →"

    /// The summary that opens the chart's figures as a table.
    static let chartTableSummary = "The same figures as a table"
}
