/// Each element's status through consecutive versions of a text, and what changed at each step.
public struct Evolution: Sendable {
    public var versions: [Instrument]
    public var groups: [Codebook.Group]
    public var rows: [Row]
    public var provenance: Provenance

    /// One element through every version; `changes[k]` is from version `k` to `k + 1`.
    public struct Row: Sendable {
        public var element: Codebook.Element
        public var codings: [Coding]
        public var changes: [Change]
    }

    /// The evolution through `versions`, oldest first (at least two).
    public init(ruleSet: RuleSet, versions: [Instrument]) {
        precondition(versions.count >= 2, "an evolution needs at least two versions")
        self.versions = versions
        groups = ruleSet.codebook.groups
        rows = ruleSet.codebook.elements.map { element in
            let codings = versions.map { Side([$0]).coding(for: element.id) }
            let changes = zip(codings, codings.dropFirst()).map { Change(from: $0.status, to: $1.status) }
            return Row(element: element, codings: codings, changes: changes)
        }
        provenance = Provenance(ruleSet: ruleSet, reading: versions)
    }

    /// The lineage through `id` by `follows`: back to the oldest text, then forward to the newest,
    /// taking the earliest successor where a text has several.
    public static func lineage(through id: String, in ruleSet: RuleSet) -> [Instrument] {
        guard let start = ruleSet.instrument(id) else { return [] }
        var chain = [start]
        while let previous = chain[0].follows.flatMap(ruleSet.instrument), !chain.contains(previous) {
            chain.insert(previous, at: 0)
        }
        while let next = ruleSet.instruments.first(where: { $0.follows == chain.last?.id }), !chain.contains(next) {
            chain.append(next)
        }
        return chain
    }

    /// Why `versions` is not a lineage, oldest first, in which each text follows the one before it;
    /// nil when it is one. The reason says what to run instead.
    public static func chainProblem(_ versions: [Instrument]) -> String? {
        for (earlier, later) in zip(versions, versions.dropFirst()) where later.follows != earlier.id {
            let ids = versions.map(\.id)
            if earlier.follows == later.id {
                return "\(earlier.id) follows \(later.id), so the chain runs backwards in time; name the texts oldest first: `treatydiff evolution \(ids.reversed().joined(separator: " "))`"
            }
            let relation = later.supplements == earlier.id
                ? "\(later.id) supplements \(earlier.id) rather than following it"
                : "\(later.id) does not follow \(earlier.id)" + (later.follows.map { " (it follows \($0))" } ?? "")
            return "\(relation); `evolution` traces one lineage in which each text follows the one before (see `follows` in the Rules). To set them side by side, use `treatydiff compare \(ids.joined(separator: " "))`"
        }
        for (earlier, later) in zip(versions, versions.dropFirst()) where later.date < earlier.date {
            return "\(later.id) (\(later.date)) is dated before \(earlier.id) (\(earlier.date)), which it follows; correct the dates or `follows` in the Rules"
        }
        return nil
    }

    /// How many elements changed in each way at step `index`.
    public func counts(atStep index: Int) -> [Change: Int] {
        Dictionary(grouping: rows, by: { $0.changes[index] }).mapValues(\.count)
    }
}
