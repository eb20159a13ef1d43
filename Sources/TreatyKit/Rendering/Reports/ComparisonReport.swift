/// The comparison report: summary, one table per group, differences in detail, research gaps.
public enum ComparisonReport {
    public static func document(_ comparison: Comparison, path: String = "") -> Document {
        let sides = comparison.sides
        let combined = sides.contains { $0.members.count > 1 }
        var blocks: [Block] = [.list(sides.map { side in sideDescription(side) })]
        blocks.append(.heading(level: 2, text: "Summary"))
        blocks += summary(comparison).map { .paragraph([.text($0)]) }
        blocks.append(ReportPieces.legend(.verdicts))
        for group in comparison.groups {
            let rows = comparison.rows(in: group)
            blocks.append(.heading(level: 2, text: group.label, anchor: group.id))
            guard !rows.isEmpty else {
                blocks.append(.paragraph([.text("No differences in this group.")]))
                continue
            }
            blocks.append(.table(table(group: group, rows: rows, sides: sides, combined: combined)))
        }
        blocks += details(comparison, combined: combined)
        blocks += gaps(comparison)
        blocks.append(.heading(level: 2, text: "Official sources"))
        blocks.append(ReportPieces.officialSources(sides.flatMap(\.members)))
        blocks += ReportPieces.provenance(comparison.provenance)
        let title = sides.map(\.shortTitle).joined(separator: " compared with ")
        return Document(title: title, path: path, blocks: blocks)
    }

    private static func sideDescription(_ side: Side) -> [Inline] {
        var inlines: [Inline] = []
        for (index, member) in side.members.enumerated() {
            if index > 0 { inlines.append(.text(" + ")) }
            inlines += ReportPieces.instrumentDescription(member)
        }
        return inlines
    }

    /// Plain sentences built from the counts. Shares are taken over the elements known on both
    /// sides, and the elements that cannot be compared are always counted.
    static func summary(_ comparison: Comparison) -> [String] {
        let summary = comparison.summary
        let sides = comparison.sides
        let total = summary.pairs.first.map { $0.counts.values.reduce(0, +) } ?? 0
        var sentences: [String] = []
        for (index, pair) in summary.pairs.enumerated() {
            let left = sides[0].shortTitle, right = sides[index + 1].shortTitle
            let count = { (verdict: Verdict) in pair.counts[verdict] ?? 0 }
            guard pair.known > 0 else {
                sentences.append("Of \(ReportPieces.count(total, "element")) compared, none is known for both \(left) and \(right): every one has an unknown coding on at least one side, so how they differ cannot be said.")
                continue
            }
            var sentence = "Of \(ReportPieces.count(total, "element")) compared, "
            sentence += pair.unknown == 0
                ? "all are known for both \(left) and \(right). Both provide \(pair.providedByBoth)"
                : "\(pair.known) \(pair.known == 1 ? "is" : "are") known for both \(left) and \(right), and \(pair.unknown) cannot be compared because a coding is unknown. Of the \(pair.known) known, both provide \(pair.providedByBoth)"
            if let overlap = pair.overlap {
                sentence += " (\(Labels.percent(overlap)) of the \(pair.providedByEither) that either provides)"
            }
            sentence += "; they have the same status on \(count(.same)) and neither provides \(count(.neither))."
            sentence += " Only \(left) provides \(count(.onlyLeft)) and only \(right) \(count(.onlyRight));"
            sentence += " where both provide an element, \(left) goes further on \(count(.leftStronger)) and \(right) on \(count(.rightStronger))."
            sentences.append(sentence)
        }
        let unknowns = zip(sides, summary.unknowns).filter { $0.1 > 0 }.map { "\($0.0.shortTitle) \($0.1)" }
        if !unknowns.isEmpty {
            sentences.append("Research gaps (unknown codings): \(unknowns.joined(separator: ", ")).")
        }
        return sentences
    }

    /// The verdict of later side `index + 1` against the first, naming the sides when there are
    /// more than two.
    private static func verdict(_ verdict: Verdict, of index: Int, among sides: [Side]) -> Inline {
        guard sides.count > 2 else { return .verdict(verdict) }
        return .verdict(verdict, label: Labels.text(verdict, left: sides[0].shortTitle, right: sides[index + 1].shortTitle))
    }

    private static func table(group: Codebook.Group, rows: [Comparison.Row], sides: [Side], combined: Bool) -> Table {
        let pairwise = sides.count == 2
        var columns = ["Element"] + sides.map(\.shortTitle)
        if pairwise { columns.append("Verdict") }
        let cells = rows.map { row -> [Cell] in
            var cells = [Cell([ReportPieces.elementLink(row.element)])]
            for (index, coding) in row.codings.enumerated() {
                var content = ReportPieces.codingCell(coding, labelMembers: combined)
                if !pairwise && index > 0 {
                    content += [.lineBreak, .text("vs \(sides[0].shortTitle): "), verdict(row.verdicts[index - 1], of: index - 1, among: sides)]
                }
                cells.append(Cell(content, tone: "t-\(coding.status.rawValue)"))
            }
            if pairwise { cells.append(Cell([.verdict(row.verdicts[0])])) }
            return cells
        }
        return Table(caption: "\(group.label): \(sides.map(\.shortTitle).joined(separator: " vs "))", columns: columns, rows: cells, layout: .stacked)
    }

    /// The elements on which the sides are known to differ, with both notes side by side. Elements
    /// that differ only because a coding is unknown are listed under research gaps instead.
    private static func details(_ comparison: Comparison, combined: Bool) -> [Block] {
        let differing = comparison.rows.filter { row in row.verdicts.contains { $0.isDifference && $0 != .unknown } }
        var blocks: [Block] = [.heading(level: 2, text: "Differences in detail")]
        guard !differing.isEmpty else {
            let unknown = comparison.summary.pairs.map(\.unknown).max() ?? 0
            let text = unknown == 0
                ? "No element differs."
                : "No element is known to differ, but \(ReportPieces.count(unknown, "element")) cannot be compared because a coding is unknown; see the research gaps."
            return blocks + [.paragraph([.text(text)])]
        }
        for row in differing {
            blocks.append(.heading(level: 3, text: row.element.label, anchor: "diff-" + row.element.id))
            let verdicts = row.verdicts.enumerated().map { index, verdict in
                comparison.sides.count > 2
                    ? Labels.text(verdict, left: comparison.sides[0].shortTitle, right: comparison.sides[index + 1].shortTitle)
                    : Labels.text(verdict)
            }.joined(separator: ", ")
            let columns = ["Aspect"] + comparison.sides.map(\.shortTitle)
            var status: [Cell] = [Cell("Status")], citations: [Cell] = [Cell("Articles")]
            var notes: [Cell] = [Cell("Note")], reservations: [Cell] = [Cell("Reservation")]
            for coding in row.codings {
                status.append(Cell([ReportPieces.status(coding.status, evidence: coding.evidence)], tone: "t-\(coding.status.rawValue)"))
                let cited = ReportPieces.citations(coding.entries, labelMembers: combined)
                citations.append(Cell(cited.isEmpty ? [.text("none cited")] : cited))
                notes.append(Cell(noteInlines(coding, combined: combined, members: comparison.sides.flatMap(\.members))))
                let reservable = coding.entries.filter(\.provision.reservable)
                reservations.append(Cell(reservable.isEmpty
                    ? "no reservation provided"
                    : "a party may reserve or opt out (" + reservable.map(\.shortTitle).joined(separator: ", ") + "); see the note"))
            }
            blocks.append(.table(Table(
                caption: "\(row.element.label) (\(verdicts))",
                columns: columns,
                rows: [status, citations, notes, reservations],
                layout: .stacked)))
        }
        return blocks
    }

    private static func noteInlines(_ coding: Coding, combined: Bool, members: [Instrument]) -> [Inline] {
        var inlines: [Inline] = []
        for entry in coding.entries {
            if !inlines.isEmpty { inlines.append(.lineBreak) }
            if combined { inlines += [.strong(entry.shortTitle + ":"), .text(" ")] }
            inlines.append(.text(entry.provision.note))
            if entry.provision.evidence == .secondary && !entry.provision.sources.isEmpty {
                inlines += [.text(" Sources: ")] + ReportPieces.sourceLinks(entry.provision.sources, of: members.first { $0.id == entry.instrument })
            }
        }
        return inlines
    }

    private static func gaps(_ comparison: Comparison) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: "Research gaps")]
        let items = comparison.rows.flatMap { row in
            zip(comparison.sides, row.codings).filter { $0.1.status == .unknown }.map { side, _ -> [Inline] in
                [.strong(side.shortTitle), .text(": "), ReportPieces.elementLink(row.element)]
            }
        }
        if items.isEmpty {
            blocks.append(.paragraph([.text("None: every element compared here is established on both sides.")]))
        } else {
            blocks.append(.paragraph([.text("These codings are unknown: the sources at hand do not settle them. Each element's page sets every instrument's note side by side, and the instrument pages say what is missing.")]))
            blocks.append(.list(items))
        }
        return blocks
    }
}
