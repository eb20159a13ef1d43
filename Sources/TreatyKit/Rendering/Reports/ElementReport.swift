/// How every instrument treats one element: the `check` report and the site's element pages.
public enum ElementReport {
    public static func document(element: Codebook.Element, ruleSet: RuleSet) -> Document {
        let group = ruleSet.codebook.group(element.group)
        var blocks: [Block] = [
            .paragraph([.code(element.id), .text(" · group: "), .text(group?.label ?? element.group)]),
            .paragraph([.strong("What counts:"), .text(" " + element.description)]),
            ReportPieces.legend(),
        ]
        let rows = ruleSet.instruments.map { instrument -> [Cell] in
            guard let provision = instrument.provision(for: element.id) else {
                return [Cell([ReportPieces.instrumentLink(instrument)]), Cell("not coded"), Cell(""), Cell("")]
            }
            let coding = Coding(provision, of: instrument)
            return [
                Cell([ReportPieces.instrumentLink(instrument), .lineBreak, .text(instrument.date)]),
                Cell(ReportPieces.codingCell(coding, labelMembers: false), tone: "t-\(provision.status.rawValue)"),
                Cell(ReportPieces.evidenceCell(provision, of: instrument)),
                Cell([.text(provision.note)]),
            ]
        }
        blocks.append(.table(Table(
            caption: "\(element.label) in each instrument",
            columns: ["Instrument", "Status and articles", "Evidence", "Note"],
            rows: rows,
            layout: .stacked)))
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet))
        return Document(title: "\(element.label): how each instrument treats it", path: "elements/\(element.id)", blocks: blocks)
    }
}
