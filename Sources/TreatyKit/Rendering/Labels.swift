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

    /// The legend every report with statuses carries.
    public static let legend: [Inline] = [
        .strong("Legend:"),
        .text(" ● mandatory (parties must) · ◐ optional (parties may) · ○ absent · – not applicable · ? unknown (a research gap) · † the coding rests on secondary sources, not on the text itself · \(reservable): the instrument lets parties reserve against it · \(declarable): a party may narrow it by declaration or an optional element · via …: the instrument applies another instrument's articles rather than creating the rule itself."),
    ]
}
