/// One side of a comparison: a single instrument, or an instrument together with its protocols (`A+B`).
public struct Side: Sendable, Equatable {
    /// The members, in the order they were named.
    public var members: [Instrument]

    public init(_ members: [Instrument]) {
        precondition(!members.isEmpty, "a side needs at least one instrument")
        self.members = members
    }

    /// `a` or `a+b`.
    public var id: String {
        members.map(\.id).joined(separator: "+")
    }

    /// The short titles joined with "+".
    public var shortTitle: String {
        members.map(\.shortTitle).joined(separator: " + ")
    }

    /// The side's coding of one element: for a combination, the strongest status among the members,
    /// citations labelled with the member they come from, and the weakest evidence among those that
    /// provide it.
    public func coding(for elementID: String) -> Coding {
        let parts = members.compactMap { member in member.provision(for: elementID).map { (member, $0) } }
        let status = Self.combinedStatus(parts.map(\.1.status))
        let contributing = status.provides ? parts.filter { $0.1.status.provides } : parts
        let evidence: Evidence = contributing.contains { $0.1.evidence == .secondary } ? .secondary : .text
        let decisive = parts.filter { $0.1.status == status }.map(\.1)
        return Coding(
            status: status,
            evidence: evidence,
            reservable: status.provides && decisive.allSatisfy(\.reservable),
            declarable: status.provides && decisive.allSatisfy(\.declarable),
            entries: parts.map { member, provision in
                Coding.Entry(instrument: member.id, shortTitle: member.shortTitle, sourceURL: member.officialSource?.url, provision: provision)
            })
    }

    /// Strongest provided status; otherwise unknown if any member is unknown, then absent, then not applicable.
    static func combinedStatus(_ statuses: [Status]) -> Status {
        if let strongest = statuses.filter(\.provides).max(by: { ($0.strength ?? 0) < ($1.strength ?? 0) }) {
            return strongest
        }
        for candidate in [Status.unknown, .absent, .notApplicable] where statuses.contains(candidate) {
            return candidate
        }
        return .unknown
    }
}

/// A side's coding of one element, combined across its members.
public struct Coding: Sendable, Equatable {
    public var status: Status
    public var evidence: Evidence
    /// Every member that carries the status permits a reservation to it.
    public var reservable: Bool
    /// Every member that carries the status lets a party narrow it by declaration.
    public var declarable: Bool
    /// Each member's own coding, in member order.
    public var entries: [Entry]

    /// One member's coding, with where its citations link.
    public struct Entry: Sendable, Equatable {
        public var instrument: String
        public var shortTitle: String
        /// The member's official source, which its citations link to.
        public var sourceURL: String?
        public var provision: Provision
    }

    /// Entries that carry the side's status (for a combination, the members that provide it).
    public var decisiveEntries: [Entry] {
        let matching = entries.filter { $0.provision.status == status }
        return matching.isEmpty ? entries : matching
    }
}

extension Coding {
    /// The coding of a single instrument: its own provision, as `Side([instrument])` would combine it.
    public init(_ provision: Provision, of instrument: Instrument) {
        self.init(
            status: provision.status,
            evidence: provision.evidence,
            reservable: provision.status.provides && provision.reservable,
            declarable: provision.status.provides && provision.declarable,
            entries: [Entry(instrument: instrument.id, shortTitle: instrument.shortTitle, sourceURL: instrument.officialSource?.url, provision: provision)])
    }
}
