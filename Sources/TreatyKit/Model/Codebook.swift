/// The closed list of comparable elements, grouped, that every instrument is coded against.
public struct Codebook: Sendable, Equatable {
    /// The version of the codebook's content, for provenance.
    public var version: String
    public var groups: [Group]
    public var elements: [Element]

    public init(version: String, groups: [Group], elements: [Element]) {
        self.version = version
        self.groups = groups
        self.elements = elements
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
        elements.first { $0.id == id }
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
