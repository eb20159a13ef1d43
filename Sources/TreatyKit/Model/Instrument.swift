/// One treaty, protocol or draft, with its article table and one coding per codebook element.
public struct Instrument: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var shortTitle: String
    public var kind: Kind
    public var body: String
    /// Official series number or UN document symbol, when one is established.
    public var reference: String?
    /// An ISO 8601 date of one, two or three parts (`2017`, `2017-05`, `2017-05-25`).
    public var date: String
    public var status: String
    /// The instrument this protocol adds to.
    public var supplements: String?
    /// The earlier text this one develops.
    public var follows: String?
    /// How many ratifications bring the instrument into force; nil where not established.
    public var entryIntoForce: EntryIntoForce?
    /// Earlier instruments this one documentably draws on.
    public var drawsOn: [DrawsOn]
    public var sources: [Source]
    public var articles: [Article]
    public var provisions: [Provision] {
        didSet { provisionIndex = Self.index(provisions) }
    }
    /// Positions in `provisions` by element id (the first coding wins), for constant-time look-ups.
    private var provisionIndex: [String: Int]

    public init(
        id: String, title: String, shortTitle: String, kind: Kind, body: String, reference: String?,
        date: String, status: String, supplements: String?, follows: String?,
        entryIntoForce: EntryIntoForce? = nil, drawsOn: [DrawsOn] = [],
        sources: [Source], articles: [Article], provisions: [Provision]
    ) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.kind = kind
        self.body = body
        self.reference = reference
        self.date = date
        self.status = status
        self.supplements = supplements
        self.follows = follows
        self.entryIntoForce = entryIntoForce
        self.drawsOn = drawsOn
        self.sources = sources
        self.articles = articles
        self.provisions = provisions
        self.provisionIndex = Self.index(provisions)
    }

    private static func index(_ provisions: [Provision]) -> [String: Int] {
        Dictionary(provisions.enumerated().map { ($0.element.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// What sort of text an instrument is.
    public enum Kind: String, Sendable, CaseIterable {
        case convention, `protocol`, draft
    }

    /// A published text of the instrument, or a report on it.
    public struct Source: Sendable, Equatable {
        public var title: String
        public var url: String
        public var language: String
        public var official: Bool
        /// Who published it (a newspaper, an agency, a ministry), when the title does not say.
        public var publisher: String?
        /// When it was published: ISO 8601 of one, two or three parts.
        public var date: String?

        public init(title: String, url: String, language: String, official: Bool, publisher: String? = nil, date: String? = nil) {
            self.title = title
            self.url = url
            self.language = language
            self.official = official
            self.publisher = publisher
            self.date = date
        }

        /// How a report names it: the publisher and the title, then the date when known.
        public var name: String {
            var name = title
            if let publisher, !title.hasPrefix(publisher) { name = publisher + ", " + name }
            if let date { name += " (\(date))" }
            return name
        }
    }

    /// The threshold for entry into force and where the text sets it.
    public struct EntryIntoForce: Sendable, Equatable {
        /// Ratifications, acceptances, approvals or accessions needed.
        public var ratifications: Int
        /// The pinpoint citation of the provision, such as `36(3)`; nil where the final provisions are
        /// not numbered, and `condition` says where the rule stands.
        public var article: String?
        /// A further condition, such as how many of them must be member States.
        public var condition: String?

        public init(ratifications: Int, article: String?, condition: String? = nil) {
            self.ratifications = ratifications
            self.article = article
            self.condition = condition
        }
    }

    /// A documented drafting relation: this instrument draws on an earlier one, as a source says.
    public struct DrawsOn: Sendable, Equatable {
        /// The id of the earlier instrument.
        public var instrument: String
        /// The URL of the source that documents the relation; it is one of the instrument's sources.
        public var source: String
        public var note: String

        public init(instrument: String, source: String, note: String) {
            self.instrument = instrument
            self.source = source
            self.note = note
        }
    }

    /// One row of the article table.
    public struct Article: Sendable, Equatable {
        /// The number as printed, such as `24` or `2bis`.
        public var number: String
        public var title: String
        /// The chapter or section headings the article stands under.
        public var part: String?

        public init(number: String, title: String, part: String?) {
            self.number = number
            self.title = title
            self.part = part
        }
    }

    /// The coding of one element, if present.
    public func provision(for elementID: String) -> Provision? {
        provisionIndex[elementID].map { provisions[$0] }
    }

    /// The listed source at this address, if any.
    public func source(at url: String) -> Source? {
        sources.first { $0.url == url }
    }

    /// The first official source, which citations link to.
    public var officialSource: Source? {
        sources.first { $0.official }
    }

    /// Short title, reference and date, as a heading names the instrument.
    public var fullName: String {
        [shortTitle, reference, date].compactMap { $0 }.joined(separator: ", ")
    }
}
