/// The Rules in another language, kept beside the English: the codebook's labels and descriptions,
/// each instrument's title, short title and notes, and the coding manual.
public struct Translation: Sendable, Equatable {
    public var language: Language
    /// Group and element wording by id.
    public var groups: [String: Wording]
    public var elements: [String: Wording]
    /// Instrument wording by instrument id.
    public var instruments: [String: InstrumentWording]
    public var manual: String?

    public init(language: Language, groups: [String: Wording] = [:], elements: [String: Wording] = [:],
                instruments: [String: InstrumentWording] = [:], manual: String? = nil) {
        self.language = language
        self.groups = groups
        self.elements = elements
        self.instruments = instruments
        self.manual = manual
    }

    /// A label and a description.
    public struct Wording: Sendable, Equatable {
        public var label: String
        public var description: String

        public init(label: String, description: String) {
            self.label = label
            self.description = description
        }
    }

    /// An instrument's title, short title and notes by element id.
    public struct InstrumentWording: Sendable, Equatable {
        public var title: String
        public var shortTitle: String
        public var notes: [String: Note]

        public init(title: String, shortTitle: String, notes: [String: Note]) {
            self.title = title
            self.shortTitle = shortTitle
            self.notes = notes
        }
    }

    /// A note in the language, with the fingerprint of the English note it renders.
    public struct Note: Sendable, Equatable {
        public var fingerprint: String
        public var text: String

        public init(fingerprint: String, text: String) {
            self.fingerprint = fingerprint
            self.text = text
        }
    }

    /// The fingerprint that ties a translated note to the English note it renders: FNV-1a (64 bits)
    /// over the English note's UTF-8 bytes, written `fnv1a64:` and sixteen hexadecimal digits. When the
    /// English note changes, so does its fingerprint, and the translation is known to be stale.
    public static func fingerprint(of note: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in note.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The note for `element` of `instrument` when it renders `englishNote` as it stands; nil when
    /// it is missing or stale.
    public func note(instrument: String, element: String, englishNote: String) -> String? {
        guard let note = instruments[instrument]?.notes[element], note.fingerprint == Self.fingerprint(of: englishNote) else { return nil }
        return note.text
    }
}
