/// An element-by-element history through a lineage of texts.
public enum EvolutionReport {
    public static func document(_ evolution: Evolution, path: String = "", in strings: Catalogue = .english) -> Document {
        let versions = evolution.versions
        var blocks: [Block] = [
            .list(versions.map { ReportPieces.instrumentDescription($0, strings) }),
            .paragraph([.text(strings[.evolutionLead])]),
            .heading(level: 2, text: strings[.summary]),
        ]
        blocks.append(.list((0..<(versions.count - 1)).map { step in
            let counts = evolution.counts(atStep: step)
            let parts = Change.allCases.compactMap { change in counts[change].map { strings[.statusCount, "\($0)", strings.change(change)] } }
            return [.strong("\(versions[step].shortTitle) → \(versions[step + 1].shortTitle):"), .text(" " + parts.joined(separator: ", ") + ".")]
        }))
        blocks.append(ReportPieces.legend(.changes, strings))
        for group in evolution.groups {
            let rows = evolution.rows.filter { $0.element.group == group.id }
            guard !rows.isEmpty else { continue }
            blocks.append(.heading(level: 2, text: group.label, anchor: group.id))
            blocks.append(.table(Table(
                caption: "\(group.label): \(versions.map(\.shortTitle).joined(separator: " → "))",
                columns: [strings[.element]] + versions.map(\.shortTitle) + [strings[.changes]],
                rows: rows.map { row in
                    [Cell([ReportPieces.elementLink(row.element)])]
                        + row.codings.map { Cell(ReportPieces.codingCell($0, labelMembers: false, strings), tone: "t-\($0.status.rawValue)") }
                        + [Cell(changeList(row.changes, strings))]
                },
                layout: .stacked)))
        }
        blocks.append(.heading(level: 2, text: strings[.researchGaps]))
        let gaps = versions.enumerated().map { index, version -> [Inline] in
            let count = evolution.rows.filter { $0.codings[index].status == .unknown }.count
            return [.strong(version.shortTitle), .text(strings[.colonSeparator] + strings.count(count, .nounUnknownCoding))]
        }
        blocks.append(.list(gaps))
        blocks.append(.heading(level: 2, text: strings[.officialSources]))
        blocks.append(ReportPieces.officialSources(versions, strings))
        blocks += ReportPieces.provenance(evolution.provenance, strings)
        return Document(title: strings[.evolutionTitle, versions.map(\.shortTitle).joined(separator: " → ")], path: path, blocks: blocks,
                        language: strings.language)
    }

    private static func changeList(_ changes: [Change], _ strings: Catalogue) -> [Inline] {
        var inlines: [Inline] = []
        for (index, change) in changes.enumerated() {
            if index > 0 { inlines.append(.text(strings[.changeThen])) }
            inlines.append(.change(change))
        }
        return inlines
    }
}
