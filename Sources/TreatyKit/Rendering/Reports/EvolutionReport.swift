/// An element-by-element history through a lineage of texts.
public enum EvolutionReport {
    public static func document(_ evolution: Evolution, path: String = "") -> Document {
        let versions = evolution.versions
        var blocks: [Block] = [
            .list(versions.map(ReportPieces.instrumentDescription)),
            .paragraph([.text("Each text follows the one before it in a negotiating lineage: a later text may draw on an earlier one without adopting it. The changes below compare the codings, not the wording.")]),
            .heading(level: 2, text: "Summary"),
        ]
        blocks.append(.list((0..<(versions.count - 1)).map { step in
            let counts = evolution.counts(atStep: step)
            let parts = Change.allCases.compactMap { change in counts[change].map { "\($0) \(Labels.text(change))" } }
            return [.strong("\(versions[step].shortTitle) → \(versions[step + 1].shortTitle):"), .text(" " + parts.joined(separator: ", ") + ".")]
        }))
        blocks.append(ReportPieces.legend(.changes))
        for group in evolution.groups {
            let rows = evolution.rows.filter { $0.element.group == group.id }
            guard !rows.isEmpty else { continue }
            blocks.append(.heading(level: 2, text: group.label, anchor: group.id))
            blocks.append(.table(Table(
                caption: "\(group.label): \(versions.map(\.shortTitle).joined(separator: " → "))",
                columns: ["Element"] + versions.map(\.shortTitle) + ["Changes"],
                rows: rows.map { row in
                    [Cell([ReportPieces.elementLink(row.element)])]
                        + row.codings.map { Cell(ReportPieces.codingCell($0, labelMembers: false), tone: "t-\($0.status.rawValue)") }
                        + [Cell(changeList(row.changes))]
                },
                layout: .stacked)))
        }
        blocks.append(.heading(level: 2, text: "Research gaps"))
        let gaps = versions.enumerated().map { index, version -> [Inline] in
            let count = evolution.rows.filter { $0.codings[index].status == .unknown }.count
            return [.strong(version.shortTitle), .text(": \(ReportPieces.count(count, "unknown coding"))")]
        }
        blocks.append(.list(gaps))
        blocks.append(.heading(level: 2, text: "Official sources"))
        blocks.append(ReportPieces.officialSources(versions))
        blocks += ReportPieces.provenance(evolution.provenance)
        return Document(title: "Evolution: " + versions.map(\.shortTitle).joined(separator: " → "), path: path, blocks: blocks)
    }

    private static func changeList(_ changes: [Change]) -> [Inline] {
        var inlines: [Inline] = []
        for (index, change) in changes.enumerated() {
            if index > 0 { inlines.append(.text(", then ")) }
            inlines.append(.change(change))
        }
        return inlines
    }
}
