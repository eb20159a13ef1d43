/// How every instrument treats one element: the `check` report and the site's element pages.
public enum ElementReport {
    public static func document(element: Codebook.Element, ruleSet: RuleSet, in strings: Catalogue = .english) -> Document {
        let group = ruleSet.codebook.group(element.group)
        var blocks: [Block] = [
            .paragraph([.code(element.id), .text(strings[.group]), .text(group?.label ?? element.group)]),
            .paragraph([.strong(strings[.whatCounts]), .text(" " + element.description)]),
            firstAppearance(of: element, in: ruleSet, strings),
            ReportPieces.legend(.statuses, strings),
        ]
        let rows = ruleSet.instruments.map { instrument -> [Cell] in
            guard let provision = instrument.provision(for: element.id) else {
                return [Cell([ReportPieces.instrumentLink(instrument)]), Cell(strings[.notCoded]), Cell(""), Cell("")]
            }
            let coding = Coding(provision, of: instrument)
            return [
                Cell([ReportPieces.instrumentLink(instrument), .lineBreak, .text(strings.date(instrument.date))]),
                Cell(ReportPieces.codingCell(coding, labelMembers: false, strings), tone: "t-\(provision.status.rawValue)"),
                Cell(ReportPieces.evidenceCell(provision, of: instrument, strings)),
                Cell([.text(provision.note)]),
            ]
        }
        blocks.append(.table(Table(
            caption: strings[.inEachInstrument, element.label],
            columns: [strings[.instrument], strings[.statusAndArticles], strings[.evidence], strings[.note]],
            rows: rows,
            layout: .stacked)))
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet), strings)
        return Document(title: strings[.elementTitle, element.label], path: "elements/\(element.id)", blocks: blocks,
                        language: strings.language)
    }

    /// Which instruments provide the element, in date order, naming the earliest; an instrument that
    /// is unknown on it and older than the earliest provider is named, since it may have come first.
    static func firstAppearance(of element: Codebook.Element, in ruleSet: RuleSet, _ strings: Catalogue = .english) -> Block {
        let coded = ruleSet.instruments.compactMap { instrument in instrument.provision(for: element.id).map { (instrument, $0) } }
        let providers = coded.filter { $0.1.status.provides }
        var inlines: [Inline] = [.strong(strings[.firstAppearance])]
        guard let first = providers.first else {
            let unknown = coded.filter { $0.1.status == .unknown }.count
            inlines.append(.text(unknown > 0 ? strings[.firstNoneUnknown, strings.count(unknown, .nounInstrument)] : strings[.firstNone]))
            return .paragraph(inlines)
        }
        inlines.append(.text(strings[.firstProvidedBy]))
        inlines += mention(first.0, first.1, strings)
        let later = providers.dropFirst()
        if !later.isEmpty {
            inlines.append(.text(strings[.firstThen]))
            for (index, (instrument, provision)) in later.enumerated() {
                if index > 0 { inlines.append(.text(", ")) }
                inlines += mention(instrument, provision, strings)
            }
        }
        inlines.append(.text("."))
        let earlierUnknown = coded.prefix { $0.0 != first.0 }.filter { $0.1.status == .unknown }.map(\.0)
        if !earlierUnknown.isEmpty {
            inlines.append(.text(strings[.firstOlderUnknown]))
            for (index, instrument) in earlierUnknown.enumerated() {
                if index > 0 { inlines.append(.text(", ")) }
                inlines += [ReportPieces.instrumentLink(instrument), .text(" (\(strings.date(instrument.date)))")]
            }
            inlines.append(.text("."))
        }
        return .paragraph(inlines)
    }

    /// "Budapest Convention (2001-11-23, Art. 24(3))"; the citations link to the texts in the table
    /// below, so here they are plain.
    private static func mention(_ instrument: Instrument, _ provision: Provision, _ strings: Catalogue) -> [Inline] {
        let cited = ReportPieces.citations(Coding(provision, of: instrument).entries, labelMembers: false, strings, linked: false)
        return [ReportPieces.instrumentLink(instrument), .text(" (\(strings.date(instrument.date))" + (cited.isEmpty ? ")" : ", "))]
            + cited + (cited.isEmpty ? [] : [.text(")")])
    }
}
