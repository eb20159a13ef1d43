/// The closed list of comparable elements, grouped, that every instrument is coded against.
public struct Codebook: Sendable, Equatable {
    /// The version of the codebook's content, for provenance.
    public var version: String
    public var groups: [Group]
    public var elements: [Element] {
        didSet { (elementIndex, formerIndex) = Self.indexes(elements) }
    }
    /// Positions in `elements` by id (the first wins), for constant-time look-ups.
    private var elementIndex: [String: Int]
    /// Positions in `elements` by former id.
    private var formerIndex: [String: Int]

    public init(version: String, groups: [Group], elements: [Element]) {
        self.version = version
        self.groups = groups
        self.elements = elements
        (elementIndex, formerIndex) = Self.indexes(elements)
    }

    private static func indexes(_ elements: [Element]) -> (current: [String: Int], former: [String: Int]) {
        let current = elements.enumerated().map { ($0.element.id, $0.offset) }
        let former = elements.enumerated().flatMap { offset, element in element.formerIDs.map { ($0, offset) } }
        return (Dictionary(current, uniquingKeysWith: { first, _ in first }),
                Dictionary(former, uniquingKeysWith: { first, _ in first }))
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
        /// Ids the element had before it was renamed; commands still accept them.
        public var formerIDs: [String]

        public init(id: String, group: String, label: String, description: String, formerIDs: [String] = []) {
            self.id = id
            self.group = group
            self.label = label
            self.description = description
            self.formerIDs = formerIDs
        }
    }

    /// The element that now stands for a former id, if an element was renamed from it.
    public func element(formerlyCalled id: String) -> Element? {
        formerIndex[id].map { elements[$0] }
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
