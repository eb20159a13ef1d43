/// Two or more sides compared element by element: the value every comparison report renders.
public struct Comparison: Sendable {
    public var sides: [Side]
    /// The groups shown, in codebook order.
    public var groups: [Codebook.Group]
    public var rows: [Row]
    public var summary: Summary
    public var provenance: Provenance

    /// One element across all sides; `verdicts[k]` compares side `k + 1` with the first side.
    public struct Row: Sendable {
        public var element: Codebook.Element
        public var codings: [Coding]
        public var verdicts: [Verdict]

        /// Whether any later side differs from the first.
        public var isDifference: Bool {
            verdicts.contains(where: \.isDifference)
        }
    }

    /// Builds the comparison of `sides` (at least two) over the codebook, or one group of it.
    ///
    /// The summary always counts every row in scope; `onlyDifferences` drops the other rows afterwards.
    public init(ruleSet: RuleSet, sides: [Side], group: String? = nil, onlyDifferences: Bool = false) {
        precondition(sides.count >= 2, "a comparison needs at least two sides")
        let codebook = ruleSet.codebook
        let groups = codebook.groups.filter { group == nil || $0.id == group }
        let allRows = groups.flatMap { codebook.elements(in: $0) }.map { element in
            let codings = sides.map { $0.coding(for: element.id) }
            let verdicts = codings.dropFirst().map { Verdict(left: codings[0].status, right: $0.status) }
            return Row(element: element, codings: codings, verdicts: verdicts)
        }
        self.sides = sides
        self.groups = groups
        self.summary = Summary(rows: allRows, groups: groups, sideCount: sides.count)
        self.rows = onlyDifferences ? allRows.filter(\.isDifference) : allRows
        self.provenance = Provenance(ruleSet: ruleSet, reading: sides.flatMap(\.members))
    }

    /// The rows of one group.
    public func rows(in group: Codebook.Group) -> [Row] {
        rows.filter { $0.element.group == group.id }
    }
}

/// Counts that summarise a comparison.
public struct Summary: Sendable {
    /// For each later side, how it compares with the first.
    public var pairs: [Pair]
    /// The number of unknown codings on each side.
    public var unknowns: [Int]
    /// The number of elements each side provides.
    public var provided: [Int]
    /// The number of elements each side has established (any status but unknown).
    public var known: [Int]

    /// The first side against one later side.
    public struct Pair: Sendable {
        /// How many elements received each verdict, in `Verdict.allCases` order.
        public var counts: [Verdict: Int]
        public var countsByGroup: [(group: Codebook.Group, counts: [Verdict: Int])]
        /// Elements both provide.
        public var providedByBoth: Int
        /// Elements known on both sides that at least one provides.
        public var providedByEither: Int
        /// Elements whose coding is known on both sides: the ones the other counts speak of.
        public var known: Int
        /// Elements that cannot be compared because a coding is unknown on either side.
        public var unknown: Int

        /// Elements both provide, as a share of those known on both sides that either provides; nil
        /// when there are none.
        public var overlap: Double? {
            providedByEither == 0 ? nil : Double(providedByBoth) / Double(providedByEither)
        }
    }

    init(rows: [Comparison.Row], groups: [Codebook.Group], sideCount: Int) {
        func count(_ rows: [Comparison.Row], _ index: Int) -> [Verdict: Int] {
            Dictionary(grouping: rows, by: { $0.verdicts[index] }).mapValues(\.count)
        }
        pairs = (0..<(sideCount - 1)).map { index in
            let known = rows.filter { $0.verdicts[index] != .unknown }
            return Pair(
                counts: count(rows, index),
                countsByGroup: groups.map { group in (group, count(rows.filter { $0.element.group == group.id }, index)) },
                providedByBoth: known.filter { $0.codings[0].status.provides && $0.codings[index + 1].status.provides }.count,
                providedByEither: known.filter { $0.codings[0].status.provides || $0.codings[index + 1].status.provides }.count,
                known: known.count,
                unknown: rows.count - known.count)
        }
        let unknowns = (0..<sideCount).map { side in rows.filter { $0.codings[side].status == .unknown }.count }
        self.unknowns = unknowns
        provided = (0..<sideCount).map { side in rows.filter { $0.codings[side].status.provides }.count }
        known = unknowns.map { rows.count - $0 }
    }
}

/// Where a report's data came from: the codebook and the files of the instruments it reads.
public struct Provenance: Sendable, Equatable {
    public var files: [String]
    public var schemaVersion: Int
    public var codebookVersion: String
    /// The coding manual reports point to, relative to the Rules directory; nil when there is none.
    public var manualFile: String?

    /// Provenance of a report on `instruments`, or on every instrument when nil.
    public init(ruleSet: RuleSet, reading instruments: [Instrument]? = nil) {
        files = instruments.map { ruleSet.files(reading: $0) } ?? ruleSet.files
        schemaVersion = ruleSet.schemaVersion
        codebookVersion = ruleSet.codebook.version
        manualFile = ruleSet.manual == nil ? nil : ruleSet.manualFile
    }
}
