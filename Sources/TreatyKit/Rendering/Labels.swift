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

    /// The legend every report with statuses carries.
    public static let legend: [Inline] = [
        .strong("Legend:"),
        .text(" ● mandatory (parties must) · ◐ optional (parties may) · ○ absent · – not applicable · ? unknown (a research gap) · † the coding rests on secondary sources, not on the text itself."),
    ]
}
