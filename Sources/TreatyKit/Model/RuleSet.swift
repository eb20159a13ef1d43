/// Everything loaded from a Rules directory: the codebook and the instruments in canonical order.
public struct RuleSet: Sendable, Equatable {
    public var codebook: Codebook
    /// Instruments by date, then id.
    public var instruments: [Instrument]
    /// The files the data came from, for provenance.
    public var files: [String]
    public var schemaVersion: Int

    public init(codebook: Codebook, instruments: [Instrument], files: [String] = [], schemaVersion: Int = 1) {
        self.codebook = codebook
        self.instruments = instruments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.files = files
        self.schemaVersion = schemaVersion
    }

    /// The instrument with this exact id.
    public func instrument(_ id: String) -> Instrument? {
        instruments.first { $0.id == id }
    }
}
