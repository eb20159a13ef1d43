/// Everything loaded from a Rules directory: the codebook and the instruments in canonical order.
public struct RuleSet: Sendable, Equatable {
    public var codebook: Codebook
    /// Instruments by date, then id.
    public var instruments: [Instrument]
    /// The files the data came from, for provenance.
    public var files: [String]
    public var schemaVersion: Int
    /// The coding manual (`MANUAL.md` beside the codebook), when the Rules have one.
    public var manual: String?
    /// Where the manual was read, relative to the Rules directory.
    public var manualFile = "MANUAL.md"
    /// The Rules in other languages (`translations/<language>/`), by language.
    public var translations: [Language: Translation] = [:]

    /// Each instrument's position in `instruments`, by id.
    private let positions: [String: Int]
    /// Each file's position in `files`, by its name without `.json` (an instrument's id, or `codebook`).
    private let filePositions: [String: Int]

    public init(codebook: Codebook, instruments: [Instrument], files: [String] = [], schemaVersion: Int = 1, manual: String? = nil) {
        self.codebook = codebook
        self.manual = manual
        let sorted = instruments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.files = files
        self.schemaVersion = schemaVersion
        positions = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.instruments = Self.resolvingReferences(sorted, positions: positions)
        filePositions = Dictionary(files.enumerated().map { (Self.stem(of: $1), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Names each `byReference` with its instrument's short title, so reports need no look-up.
    private static func resolvingReferences(_ instruments: [Instrument], positions: [String: Int]) -> [Instrument] {
        instruments.map { instrument in
            guard instrument.provisions.contains(where: { $0.byReference != nil }) else { return instrument }
            var resolved = instrument
            resolved.provisions = instrument.provisions.map { provision in
                var provision = provision
                if let target = provision.byReference?.instrument, let position = positions[target] {
                    provision.byReference?.shortTitle = instruments[position].shortTitle
                }
                return provision
            }
            return resolved
        }
    }

    /// The rule set as readers of `language` see it: labels, descriptions, titles, notes and the
    /// manual in that language wherever a translation gives them; a note whose English has changed
    /// since it was translated stays in English rather than say something the data no longer says.
    public func translated(to language: Language) -> RuleSet {
        guard language != .english, let translation = translations[language] else { return self }
        let set = Typography.french
        var codebook = codebook
        codebook.groups = codebook.groups.map { group in
            var group = group
            if let wording = translation.groups[group.id] { (group.label, group.description) = (set(wording.label), set(wording.description)) }
            return group
        }
        codebook.elements = codebook.elements.map { element in
            var element = element
            if let wording = translation.elements[element.id] { (element.label, element.description) = (set(wording.label), set(wording.description)) }
            return element
        }
        let instruments = instruments.map { instrument in
            var instrument = instrument
            guard let wording = translation.instruments[instrument.id] else { return instrument }
            (instrument.title, instrument.shortTitle) = (set(wording.title), set(wording.shortTitle))
            instrument.provisions = instrument.provisions.map { provision in
                var provision = provision
                provision.note = translation.note(instrument: instrument.id, element: provision.element, englishNote: provision.note).map(set) ?? provision.note
                return provision
            }
            return instrument
        }
        var translated = RuleSet(codebook: codebook, instruments: instruments, files: files, schemaVersion: schemaVersion,
                                 manual: translation.manual ?? manual)
        translated.translations = translations
        if translation.manual != nil {
            translated.manualFile = "translations/\(language.rawValue)/MANUAL.md"
        }
        return translated
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
