/// How one instrument treats one codebook element, with the evidence for the claim.
public struct Provision: Sendable, Equatable {
    public var element: String
    public var status: Status
    /// Pinpoint citations such as `24(3)` or `18(1)(b)`.
    public var articles: [String]
    public var evidence: Evidence
    public var sources: [String]
    public var reservable: Bool
    public var note: String

    public init(
        element: String, status: Status, articles: [String] = [], evidence: Evidence,
        sources: [String] = [], reservable: Bool = false, note: String
    ) {
        self.element = element
        self.status = status
        self.articles = articles
        self.evidence = evidence
        self.sources = sources
        self.reservable = reservable
        self.note = note
    }
}

/// What an instrument's text obliges on an element.
public enum Status: String, Sendable, CaseIterable {
    /// Parties must ("shall").
    case mandatory
    /// The text permits but does not require it.
    case optional
    /// The instrument has no such provision.
    case absent
    case notApplicable = "not-applicable"
    /// Not established from the sources at hand: a research gap.
    case unknown

    /// Rank in the strength order `mandatory > optional > absent`; nil for the unordered statuses.
    public var strength: Int? {
        switch self {
        case .mandatory: 2
        case .optional: 1
        case .absent: 0
        case .notApplicable, .unknown: nil
        }
    }

    /// Whether the instrument provides the element at all.
    public var provides: Bool { self == .mandatory || self == .optional }
}

/// How directly a coding was established.
public enum Evidence: String, Sendable, CaseIterable {
    /// Read in an authentic or official text of the instrument.
    case text
    /// Only from official summaries, depositary records or reliable commentary.
    case secondary
}
