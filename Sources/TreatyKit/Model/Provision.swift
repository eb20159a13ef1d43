/// How one instrument treats one codebook element, with the evidence for the claim.
public struct Provision: Sendable, Equatable {
    public var element: String
    public var status: Status
    /// Pinpoint citations such as `24(3)` or `18(1)(b)`.
    public var articles: [String]
    public var evidence: Evidence
    public var sources: [String]
    /// The instrument expressly permits a reservation to this provision.
    public var reservable: Bool
    /// The text lets a party narrow the provision by declaration or by choosing an optional element.
    public var declarable: Bool
    /// Set when the coding exists only because the instrument applies another instrument's articles.
    public var byReference: Reference?
    public var note: String

    public init(
        element: String, status: Status, articles: [String] = [], evidence: Evidence,
        sources: [String] = [], reservable: Bool = false, declarable: Bool = false,
        byReference: Reference? = nil, note: String
    ) {
        self.element = element
        self.status = status
        self.articles = articles
        self.evidence = evidence
        self.sources = sources
        self.reservable = reservable
        self.declarable = declarable
        self.byReference = byReference
        self.note = note
    }

    /// Another instrument's articles that an instrument applies, such as a protocol applying its
    /// convention's extradition article.
    public struct Reference: Sendable, Equatable {
        /// The id of the instrument whose articles are applied.
        public var instrument: String
        /// Citations of the applied articles, in the referenced instrument's numbering.
        public var articles: [String]
        /// The referenced instrument's short title, filled in when a rule set is assembled.
        public var shortTitle: String?

        public init(instrument: String, articles: [String], shortTitle: String? = nil) {
            self.instrument = instrument
            self.articles = articles
            self.shortTitle = shortTitle
        }
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
    /// The element is defined in terms of a part the instrument does not have at all.
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
