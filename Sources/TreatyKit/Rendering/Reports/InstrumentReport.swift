/// One instrument in full: metadata, sources, every coding and the article table.
public enum InstrumentReport {
    public static func document(instrument: Instrument, ruleSet: RuleSet, in strings: Catalogue = .english) -> Document {
        var meta: [(term: String, description: [Inline])] = [
            (strings[.title], [.text(instrument.title)]),
            (strings[.id], [.code(instrument.id)]),
            (strings[.kind], [.text(strings.kind(instrument.kind))]),
            (strings[.body], [.text(instrument.body)]),
            (strings[.reference], [.text(instrument.reference ?? strings[.noneEstablished])]),
            (strings[.date], [.text(strings.date(instrument.date))]),
            (strings[.status], [.text(instrument.status)]),
            (strings[.entryIntoForce], [.text(ReportPieces.entryIntoForce(instrument, strings))]),
        ]
        for (term, target) in [(strings[.supplements], instrument.supplements), (strings[.follows], instrument.follows)] {
            if let target, let other = ruleSet.instrument(target) {
                meta.append((term, [ReportPieces.instrumentLink(other)]))
            }
        }
        for relation in instrument.drawsOn {
            guard let earlier = ruleSet.instrument(relation.instrument) else { continue }
            meta.append((strings[.drawsOn], [ReportPieces.instrumentLink(earlier), .text(strings[.colonSeparator] + relation.note + strings[.source]),
                                      .link(instrument.source(at: relation.source)?.name ?? relation.source, .external(relation.source))]))
        }
        let statuses = Dictionary(grouping: instrument.provisions, by: \.status).mapValues(\.count)
        let summary = Status.allCases.compactMap { status in
            statuses[status].map { strings[.statusCount, "\($0)", strings.status(status)] }
        }.joined(separator: ", ")
        let secondary = instrument.provisions.filter { $0.evidence == .secondary }.count
        var blocks: [Block] = [
            .definitions(meta),
            .heading(level: 2, text: strings[.sources]),
            .list(instrument.sources.map { source in
                [.link(source.name, .external(source.url)), .text(" (\(source.language)\(source.official ? ", " + strings[.official] : ""))")]
            }, style: "refs"),
            .heading(level: 2, text: strings[.codings]),
            .paragraph([.text(strings[.codingsSummary, strings.count(instrument.provisions.count, .nounElement), summary, "\(secondary)"])]),
            ReportPieces.legend(.statuses, strings),
        ]
        for group in ruleSet.codebook.groups {
            let rows = ruleSet.codebook.elements(in: group).compactMap { element -> [Cell]? in
                guard let provision = instrument.provision(for: element.id) else { return nil }
                let coding = Coding(provision, of: instrument)
                return [
                    Cell([ReportPieces.elementLink(element)]),
                    Cell(ReportPieces.codingCell(coding, labelMembers: false, strings), tone: "t-\(provision.status.rawValue)"),
                    Cell(ReportPieces.evidenceCell(provision, of: instrument, strings)),
                    Cell([.text(provision.note)]),
                ]
            }
            blocks.append(.heading(level: 3, text: group.label))
            blocks.append(.table(Table(caption: "\(group.label): \(instrument.shortTitle)", columns: [strings[.element], strings[.statusAndArticles], strings[.evidence], strings[.note]], rows: rows, layout: .stacked)))
        }
        blocks.append(.heading(level: 2, text: strings[.articleTable]))
        if instrument.articles.isEmpty {
            blocks.append(.paragraph([.text(strings[.noArticleNumbers])]))
        } else {
            blocks.append(.table(Table(
                caption: strings[.articlesOf, instrument.shortTitle],
                columns: [strings[.articleTitle], strings[.title], strings[.part]],
                rows: instrument.articles.map { [Cell($0.number), Cell($0.title), Cell($0.part ?? "")] },
                layout: .stacked)))
        }
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet, reading: [instrument]), strings)
        return Document(title: instrument.shortTitle, path: "instruments/\(instrument.id)", blocks: blocks, language: strings.language)
    }
}
