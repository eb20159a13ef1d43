/// The closed list of comparable elements, grouped, that every instrument is coded against.
public struct Codebook: Sendable, Equatable {
    /// The version of the codebook's content, for provenance.
    public var version: String
    public var groups: [Group]
    public var elements: [Element] {
        didSet { elementIndex = Self.index(elements) }
    }
    /// Positions in `elements` by id (the first wins), for constant-time look-ups.
    private var elementIndex: [String: Int]

    public init(version: String, groups: [Group], elements: [Element]) {
        self.version = version
        self.groups = groups
        self.elements = elements
        self.elementIndex = Self.index(elements)
    }

    private static func index(_ elements: [Element]) -> [String: Int] {
        Dictionary(elements.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// A heading under which elements are reported together.
    public struct Group: Sendable, Equatable, Identifiable {
        public var id: String
        public var label: String
        public var description: String

        public init(id: String, label: String, description: String) {
            self.id = id
            self.label = label
            self.description = description
        }
    }

    /// One comparable element; its id is a public data contract.
    public struct Element: Sendable, Equatable, Identifiable {
        public var id: String
        public var group: String
        public var label: String
        public var description: String

        public init(id: String, group: String, label: String, description: String) {
            self.id = id
            self.group = group
            self.label = label
            self.description = description
        }
    }

    /// The element with this id, if the codebook has one.
    public func element(_ id: String) -> Element? {
        elementIndex[id].map { elements[$0] }
    }

    /// The group with this id, if the codebook has one.
    public func group(_ id: String) -> Group? {
        groups.first { $0.id == id }
    }

    /// The elements of one group, in codebook order.
    public func elements(in group: Group) -> [Element] {
        elements.filter { $0.group == group.id }
    }
}
