/// How two sides compare on one element.
public enum Verdict: String, Sendable, CaseIterable, Codable {
    /// Both have the same status.
    case same
    /// Both provide it; the left more strongly.
    case leftStronger = "left-stronger"
    /// Both provide it; the right more strongly.
    case rightStronger = "right-stronger"
    /// The left provides it; the right has it absent or not applicable.
    case onlyLeft = "only-left"
    /// The right provides it; the left has it absent or not applicable.
    case onlyRight = "only-right"
    /// Both have it absent or not applicable.
    case neither
    /// Either side is unknown.
    case unknown

    /// The verdict between a left and a right status.
    public init(left: Status, right: Status) {
        switch (left, right) {
        case (.unknown, _), (_, .unknown):
            self = .unknown
        case (.absent, .absent), (.absent, .notApplicable), (.notApplicable, .absent), (.notApplicable, .notApplicable):
            self = .neither
        case _ where left == right:
            self = .same
        case _ where left.provides && right.provides:
            self = (left.strength ?? 0) > (right.strength ?? 0) ? .leftStronger : .rightStronger
        case _ where left.provides:
            self = .onlyLeft
        default:
            self = .onlyRight
        }
    }

    /// Whether the report lists this element among the differences.
    public var isDifference: Bool {
        self != .same && self != .neither
    }
}

/// What happened to an element between two consecutive versions of a text.
public enum Change: String, Sendable, CaseIterable, Codable {
    case added, dropped, strengthened, weakened, unchanged, unknown

    /// The change from an earlier status to a later one.
    public init(from old: Status, to new: Status) {
        switch (old, new) {
        case (.unknown, _), (_, .unknown):
            self = .unknown
        case _ where old.provides && new.provides:
            let before = old.strength ?? 0, after = new.strength ?? 0
            self = after > before ? .strengthened : after < before ? .weakened : .unchanged
        case _ where new.provides:
            self = .added
        case _ where old.provides:
            self = .dropped
        default:
            self = .unchanged
        }
    }
}
