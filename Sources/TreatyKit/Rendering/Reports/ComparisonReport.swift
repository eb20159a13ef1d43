/// The comparison report: summary, one table per group, differences in detail, research gaps.
public enum ComparisonReport {
    public static func document(_ comparison: Comparison, path: String = "", in strings: Catalogue = .english) -> Document {
        let sides = comparison.sides
        let combined = sides.contains { $0.members.count > 1 }
        var blocks: [Block] = [.list(sides.map { side in sideDescription(side, strings) })]
        blocks.append(.heading(level: 2, text: strings[.summary]))
        blocks += summary(comparison, strings).map { .paragraph([.text($0)]) }
        blocks.append(ReportPieces.legend(.verdicts, strings))
        for group in comparison.groups {
            let rows = comparison.rows(in: group)
            blocks.append(.heading(level: 2, text: group.label, anchor: group.id))
            guard !rows.isEmpty else {
                blocks.append(.paragraph([.text(strings[.noDifferencesInGroup])]))
                continue
            }
            blocks.append(.table(table(group: group, rows: rows, sides: sides, combined: combined, strings)))
        }
        blocks += details(comparison, combined: combined, strings)
        blocks += gaps(comparison, strings)
        blocks.append(.heading(level: 2, text: strings[.officialSources]))
        blocks.append(ReportPieces.officialSources(sides.flatMap(\.members), strings))
        blocks += ReportPieces.provenance(comparison.provenance, strings)
        let title = strings[.comparisonTitle, sides.map(\.shortTitle).joined(separator: strings[.comparedWith])]
        return Document(title: title, path: path, blocks: blocks, language: strings.language)
    }

    private static func sideDescription(_ side: Side, _ strings: Catalogue) -> [Inline] {
        var inlines: [Inline] = []
        for (index, member) in side.members.enumerated() {
            if index > 0 { inlines.append(.text(" + ")) }
            inlines += ReportPieces.instrumentDescription(member, strings)
        }
        return inlines
    }

    /// Plain sentences built from the counts. Shares are taken over the elements known on both
    /// sides, and the elements that cannot be compared are always counted.
    static func summary(_ comparison: Comparison, _ strings: Catalogue = .english) -> [String] {
        let summary = comparison.summary
        let sides = comparison.sides
        let total = summary.pairs.first.map { $0.counts.values.reduce(0, +) } ?? 0
        var sentences: [String] = []
        for (index, pair) in summary.pairs.enumerated() {
            let left = sides[0].shortTitle, right = sides[index + 1].shortTitle
            let count = { (verdict: Verdict) in pair.counts[verdict] ?? 0 }
            let elements = strings.count(total, .nounElement)
            guard pair.known > 0 else {
                sentences.append(strings[.summaryNoneKnown, elements, left, right])
                continue
            }
            var sentence = pair.unknown == 0
                ? strings[.summaryAllKnown, elements, left, right, "\(pair.providedByBoth)"]
                : strings[.summarySomeKnown, elements, strings.count(pair.known, .nounKnown), left, right, "\(pair.unknown)", "\(pair.known)", "\(pair.providedByBoth)"]
            if let overlap = pair.overlap {
                sentence += strings[.summaryOverlap, strings.percent(overlap), "\(pair.providedByEither)"]
            }
            sentence += strings[.summaryStatuses, "\(count(.same))", "\(count(.neither))"]
            sentence += strings[.summaryOnly, left, "\(count(.onlyLeft))", right, "\(count(.onlyRight))"]
            sentence += strings[.summaryFurther, left, "\(count(.leftStronger))", right, "\(count(.rightStronger))"]
            sentences.append(sentence)
        }
        let unknowns = zip(sides, summary.unknowns).filter { $0.1 > 0 }.map { "\($0.0.shortTitle) \($0.1)" }
        if !unknowns.isEmpty {
            sentences.append(strings[.researchGapsCounts, unknowns.joined(separator: ", ")])
        }
        return sentences
    }

    /// The verdict of later side `index + 1` against the first, naming the sides when there are
    /// more than two.
    private static func verdict(_ verdict: Verdict, of index: Int, among sides: [Side], _ strings: Catalogue) -> Inline {
        guard sides.count > 2 else { return .verdict(verdict) }
        return .verdict(verdict, label: strings.verdict(verdict, left: sides[0].shortTitle, right: sides[index + 1].shortTitle))
    }

    private static func table(group: Codebook.Group, rows: [Comparison.Row], sides: [Side], combined: Bool, _ strings: Catalogue) -> Table {
        let pairwise = sides.count == 2
        var columns = [strings[.element]] + sides.map(\.shortTitle)
        if pairwise { columns.append(strings[.verdict]) }
        let cells = rows.map { row -> [Cell] in
            var cells = [Cell([ReportPieces.elementLink(row.element)])]
            for (index, coding) in row.codings.enumerated() {
                var content = ReportPieces.codingCell(coding, labelMembers: combined, strings)
                if !pairwise && index > 0 {
                    content += [.lineBreak, .text(strings[.verdictAgainst, sides[0].shortTitle]), verdict(row.verdicts[index - 1], of: index - 1, among: sides, strings)]
                }
                cells.append(Cell(content, tone: "t-\(coding.status.rawValue)"))
            }
            if pairwise { cells.append(Cell([.verdict(row.verdicts[0])])) }
            return cells
        }
        return Table(caption: "\(group.label): \(sides.map(\.shortTitle).joined(separator: strings[.versus]))", columns: columns, rows: cells, layout: .stacked)
    }

    /// The elements on which the sides are known to differ, with both notes side by side. Elements
    /// that differ only because a coding is unknown are listed under research gaps instead.
    private static func details(_ comparison: Comparison, combined: Bool, _ strings: Catalogue) -> [Block] {
        let differing = comparison.rows.filter { row in row.verdicts.contains { $0.isDifference && $0 != .unknown } }
        var blocks: [Block] = [.heading(level: 2, text: strings[.differencesInDetail])]
        guard !differing.isEmpty else {
            let unknown = comparison.summary.pairs.map(\.unknown).max() ?? 0
            let text = unknown == 0
                ? strings[.noElementDiffers]
                : strings[.noElementKnownToDiffer, strings.count(unknown, .nounElement)]
            return blocks + [.paragraph([.text(text)])]
        }
        for row in differing {
            blocks.append(.heading(level: 3, text: row.element.label, anchor: "diff-" + row.element.id))
            let verdicts = row.verdicts.enumerated().map { index, verdict in
                comparison.sides.count > 2
                    ? strings.verdict(verdict, left: comparison.sides[0].shortTitle, right: comparison.sides[index + 1].shortTitle)
                    : strings.verdict(verdict)
            }.joined(separator: ", ")
            let columns = [strings[.aspect]] + comparison.sides.map(\.shortTitle)
            var status: [Cell] = [Cell(strings[.status])], citations: [Cell] = [Cell(strings[.articles])]
            var notes: [Cell] = [Cell(strings[.note])], reservations: [Cell] = [Cell(strings[.reservation])]
            for coding in row.codings {
                status.append(Cell([ReportPieces.status(coding.status, evidence: coding.evidence)], tone: "t-\(coding.status.rawValue)"))
                let cited = ReportPieces.citations(coding.entries, labelMembers: combined, strings)
                citations.append(Cell(cited.isEmpty ? [.text(strings[.noneCited])] : cited))
                notes.append(Cell(noteInlines(coding, combined: combined, members: comparison.sides.flatMap(\.members), strings)))
                let reservable = coding.entries.filter(\.provision.reservable)
                reservations.append(Cell(reservable.isEmpty
                    ? strings[.noReservation]
                    : strings[.mayReserve, reservable.map(\.shortTitle).joined(separator: ", ")]))
            }
            blocks.append(.table(Table(
                caption: "\(row.element.label) (\(verdicts))",
                columns: columns,
                rows: [status, citations, notes, reservations],
                layout: .stacked)))
        }
        return blocks
    }

    private static func noteInlines(_ coding: Coding, combined: Bool, members: [Instrument], _ strings: Catalogue) -> [Inline] {
        var inlines: [Inline] = []
        for entry in coding.entries {
            if !inlines.isEmpty { inlines.append(.lineBreak) }
            if combined { inlines += [.strong(entry.shortTitle + strings.language.colon), .text(" ")] }
            inlines.append(.text(entry.provision.note))
            if entry.provision.evidence == .secondary && !entry.provision.sources.isEmpty {
                inlines += [.text(strings[.sourcesLead])] + ReportPieces.sourceLinks(entry.provision.sources, of: members.first { $0.id == entry.instrument }, strings)
            }
        }
        return inlines
    }

    private static func gaps(_ comparison: Comparison, _ strings: Catalogue) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, text: strings[.researchGaps])]
        let items = comparison.rows.flatMap { row in
            zip(comparison.sides, row.codings).filter { $0.1.status == .unknown }.map { side, _ -> [Inline] in
                [.strong(side.shortTitle), .text(strings[.colonSeparator]), ReportPieces.elementLink(row.element)]
            }
        }
        if items.isEmpty {
            blocks.append(.paragraph([.text(strings[.gapsNone])]))
        } else {
            blocks.append(.paragraph([.text(strings[.gapsLead])]))
            blocks.append(.list(items))
        }
        return blocks
    }
}
