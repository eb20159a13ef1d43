/// How every instrument treats one element: the `check` report and the site's element pages.
public enum ElementReport {
    public static func document(element: Codebook.Element, ruleSet: RuleSet) -> Document {
        let group = ruleSet.codebook.group(element.group)
        var blocks: [Block] = [
            .paragraph([.code(element.id), .text(" · group: "), .text(group?.label ?? element.group)]),
            .paragraph([.strong("What counts:"), .text(" " + element.description)]),
            firstAppearance(of: element, in: ruleSet),
            ReportPieces.legend(),
        ]
        let rows = ruleSet.instruments.map { instrument -> [Cell] in
            guard let provision = instrument.provision(for: element.id) else {
                return [Cell([ReportPieces.instrumentLink(instrument)]), Cell(Labels.notCoded), Cell(""), Cell("")]
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

    /// Which instruments provide the element, in date order, naming the earliest; an instrument that
    /// is unknown on it and older than the earliest provider is named, since it may have come first.
    static func firstAppearance(of element: Codebook.Element, in ruleSet: RuleSet) -> Block {
        let coded = ruleSet.instruments.compactMap { instrument in instrument.provision(for: element.id).map { (instrument, $0) } }
        let providers = coded.filter { $0.1.status.provides }
        var inlines: [Inline] = [.strong("First appearance:")]
        guard let first = providers.first else {
            let unknown = coded.filter { $0.1.status == .unknown }.count
            inlines.append(.text(" no instrument coded here is known to provide it"
                + (unknown > 0 ? "; \(ReportPieces.count(unknown, "instrument")) unknown on it." : ".")))
            return .paragraph(inlines)
        }
        inlines.append(.text(" among the instruments coded here, first provided by "))
        inlines += mention(first.0, first.1)
        let later = providers.dropFirst()
        if !later.isEmpty {
            inlines.append(.text("; then, in date order, "))
            for (index, (instrument, provision)) in later.enumerated() {
                if index > 0 { inlines.append(.text(", ")) }
                inlines += mention(instrument, provision)
            }
        }
        inlines.append(.text("."))
        let earlierUnknown = coded.prefix { $0.0 != first.0 }.filter { $0.1.status == .unknown }.map(\.0)
        if !earlierUnknown.isEmpty {
            inlines.append(.text(" Older but unknown on this element, so possibly earlier: "))
            for (index, instrument) in earlierUnknown.enumerated() {
                if index > 0 { inlines.append(.text(", ")) }
                inlines += [ReportPieces.instrumentLink(instrument), .text(" (\(instrument.date))")]
            }
            inlines.append(.text("."))
        }
        return .paragraph(inlines)
    }

    /// "Budapest Convention (2001-11-23, Art. 24(3))".
    private static func mention(_ instrument: Instrument, _ provision: Provision) -> [Inline] {
        let cited = ReportPieces.citations(Coding(provision, of: instrument).entries, labelMembers: false)
        return [ReportPieces.instrumentLink(instrument), .text(" (\(instrument.date)" + (cited.isEmpty ? ")" : ", "))]
            + cited + (cited.isEmpty ? [] : [.text(")")])
    }
}
