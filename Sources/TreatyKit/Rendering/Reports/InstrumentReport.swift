/// One instrument in full: metadata, sources, every coding and the article table.
public enum InstrumentReport {
    public static func document(instrument: Instrument, ruleSet: RuleSet) -> Document {
        var meta: [(term: String, description: [Inline])] = [
            ("Title", [.text(instrument.title)]),
            ("Id", [.code(instrument.id)]),
            ("Kind", [.text(instrument.kind.rawValue)]),
            ("Body", [.text(instrument.body)]),
            ("Reference", [.text(instrument.reference ?? "none established")]),
            ("Date", [.text(instrument.date)]),
            ("Status", [.text(instrument.status)]),
            ("Entry into force", [.text(ReportPieces.entryIntoForce(instrument))]),
        ]
        for (term, target) in [("Supplements", instrument.supplements), ("Follows", instrument.follows)] {
            if let target, let other = ruleSet.instrument(target) {
                meta.append((term, [ReportPieces.instrumentLink(other)]))
            }
        }
        for relation in instrument.drawsOn {
            guard let earlier = ruleSet.instrument(relation.instrument) else { continue }
            let source = instrument.sources.first { $0.url == relation.source }
            meta.append(("Draws on", [ReportPieces.instrumentLink(earlier), .text(": \(relation.note) Source: "),
                                      .link(source?.title ?? relation.source, .external(relation.source))]))
        }
        let statuses = Dictionary(grouping: instrument.provisions, by: \.status).mapValues(\.count)
        let summary = Status.allCases.compactMap { status in
            statuses[status].map { "\($0) \(Labels.text(status))" }
        }.joined(separator: ", ")
        let secondary = instrument.provisions.filter { $0.evidence == .secondary }.count
        var blocks: [Block] = [
            .definitions(meta),
            .heading(level: 2, text: "Sources"),
            .list(instrument.sources.map { source in
                [.link(source.name, .external(source.url)), .text(" (\(source.language)\(source.official ? ", official" : ""))")]
            }, style: "refs"),
            .heading(level: 2, text: "Codings"),
            .paragraph([.text("\(ReportPieces.count(instrument.provisions.count, "element")) coded: \(summary). \(secondary) rest on secondary sources.")]),
            ReportPieces.legend(),
        ]
        for group in ruleSet.codebook.groups {
            let rows = ruleSet.codebook.elements(in: group).compactMap { element -> [Cell]? in
                guard let provision = instrument.provision(for: element.id) else { return nil }
                let coding = Coding(provision, of: instrument)
                return [
                    Cell([ReportPieces.elementLink(element)]),
                    Cell(ReportPieces.codingCell(coding, labelMembers: false), tone: "t-\(provision.status.rawValue)"),
                    Cell(ReportPieces.evidenceCell(provision, of: instrument)),
                    Cell([.text(provision.note)]),
                ]
            }
            blocks.append(.heading(level: 3, text: group.label))
            blocks.append(.table(Table(caption: "\(group.label): \(instrument.shortTitle)", columns: ["Element", "Status and articles", "Evidence", "Note"], rows: rows, layout: .stacked)))
        }
        blocks.append(.heading(level: 2, text: "Article table"))
        if instrument.articles.isEmpty {
            blocks.append(.paragraph([.text("No article numbers could be established from a readable text; the codings cite the reports they rely on instead.")]))
        } else {
            blocks.append(.table(Table(
                caption: "Articles of the \(instrument.shortTitle)",
                columns: ["Article", "Title", "Part"],
                rows: instrument.articles.map { [Cell($0.number), Cell($0.title), Cell($0.part ?? "")] },
                layout: .stacked)))
        }
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet, reading: [instrument]))
        return Document(title: instrument.shortTitle, path: "instruments/\(instrument.id)", blocks: blocks)
    }
}
