/// Everything loaded from a Rules directory: the codebook and the instruments in canonical order.
public struct RuleSet: Sendable, Equatable {
    public var codebook: Codebook
    /// Instruments by date, then id.
    public var instruments: [Instrument]
    /// The files the data came from, for provenance.
    public var files: [String]
    public var schemaVersion: Int

    /// Each instrument's position in `instruments`, by id.
    private let positions: [String: Int]
    /// Each file's position in `files`, by its name without `.json` (an instrument's id, or `codebook`).
    private let filePositions: [String: Int]

    public init(codebook: Codebook, instruments: [Instrument], files: [String] = [], schemaVersion: Int = 1) {
        self.codebook = codebook
        self.instruments = instruments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.files = files
        self.schemaVersion = schemaVersion
        positions = Dictionary(self.instruments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        filePositions = Dictionary(files.enumerated().map { (Self.stem(of: $1), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The instrument with this exact id.
    public func instrument(_ id: String) -> Instrument? {
        positions[id].map { instruments[$0] }
    }

    /// A Rules file's name without its folder and `.json`: an instrument's id, or `codebook`.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        return String(name.hasSuffix(".json") ? name.dropLast(".json".count) : name)
    }

    /// The codebook's file and the files of `instruments`, in the order of `files`.
    func files(reading instruments: [Instrument]) -> [String] {
        Set((["codebook"] + instruments.map(\.id)).compactMap { filePositions[$0] }).sorted().map { files[$0] }
    }
}
