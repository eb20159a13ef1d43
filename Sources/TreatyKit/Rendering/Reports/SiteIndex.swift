/// The site's front page: the instruments, the heat map, coverage by group, and links to everything.
enum SiteIndex {
    static func document(ruleSet: RuleSet, comparisons: [[Side]], lineages: [[Instrument]], in strings: Catalogue = .english) -> Document {
        var blocks: [Block] = [
            .paragraph([.text(strings[.indexLead])]),
            .heading(level: 2, text: strings[.instruments]),
            .table(Table(
                caption: strings[.instrumentsCaption],
                columns: [strings[.instrument], strings[.kind], strings[.body], strings[.date], strings[.status], strings[.unknownCodings], strings[.officialSource]],
                rows: ruleSet.instruments.map { instrument in
                    let official = instrument.officialSource
                    return [
                        Cell([ReportPieces.instrumentLink(instrument)]),
                        Cell(strings.kind(instrument.kind)),
                        Cell(instrument.body),
                        Cell(strings.date(instrument.date)),
                        Cell(instrument.status),
                        Cell(strings[.countOf, "\(instrument.provisions.filter { $0.status == .unknown }.count)", "\(instrument.provisions.count)"]),
                        Cell(official.map { [.link($0.title, .external($0.url))] } ?? [.text(strings[.noneAvailable])]),
                    ]
                },
                layout: .wide)),
            .heading(level: 2, text: strings[.coverageHeading]),
            .chart(coverage(ruleSet, strings)),
            .heading(level: 2, text: strings[.comparisons]),
            .paragraph([.text(strings[.comparisonsLead])]),
            comparisonTable(ruleSet: ruleSet, comparisons: comparisons, strings),
            .heading(level: 2, text: strings[.concordance]),
            .paragraph([.link(strings[.concordance], .page(ConcordanceReport.path)), .text(strings[.concordanceLink])]),
        ]
        if !lineages.isEmpty {
            blocks.append(.heading(level: 2, text: strings[.evolutionHeading]))
            blocks.append(.list(lineages.map { chain in
                [.link(chain.map(\.shortTitle).joined(separator: " → "), .page(Site.evolutionPath(chain)))]
            }))
        }
        blocks.append(.heading(level: 2, text: strings[.matrix]))
        blocks.append(.paragraph([.text(strings[.matrixIndexLead])]))
        blocks.append(ReportPieces.legend(.statuses, strings))
        blocks += MatrixReport.tables(ruleSet: ruleSet, headingLevel: 3, strings)
        blocks.append(.heading(level: 2, text: strings[.researchGaps]))
        blocks.append(.paragraph([.text(strings[.gapsIndexLead])]))
        blocks.append(.list(ruleSet.instruments.map { instrument in
            let unknown = instrument.provisions.filter { $0.status == .unknown }
            let secondary = instrument.provisions.filter { $0.evidence == .secondary && $0.status != .unknown }
            return [ReportPieces.instrumentLink(instrument), .text(strings[.gapsIndexItem, "\(unknown.count)", "\(secondary.count)"])]
        }))
        blocks.append(.heading(level: 2, text: strings[.data]))
        blocks.append(.list([
            [.link("treaties.json", .file("data/treaties.json")), .text(strings[.dataTreaties])],
            [.link("matrix.csv", .file("data/matrix.csv")), .text(strings[.dataMatrix])],
            [.link("concordance.csv", .file("data/\(ConcordanceReport.path).csv")), .text(strings[.dataConcordance])],
            [.link("codings.csv", .file("data/codings.csv")), .text(strings[.dataCodings])],
            [.link("datapackage.json", .file("data/datapackage.json")), .text(strings[.dataPackage])],
        ]))
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet), strings)
        return Document(title: strings[.indexTitle], path: "", blocks: blocks, language: strings.language)
    }

    /// Each instrument with links to every comparison it takes part in, named by the other side.
    static func comparisonTable(ruleSet: RuleSet, comparisons: [[Side]], _ strings: Catalogue) -> Block {
        .table(Table(
            caption: strings[.comparisonsCaption],
            columns: [strings[.instrument], strings[.comparedWithColumn]],
            rows: ruleSet.instruments.compactMap { instrument -> [Cell]? in
                var links: [Inline] = []
                for sides in comparisons {
                    guard let own = sides.firstIndex(where: { $0.members.contains(instrument) }) else { continue }
                    let others = sides.indices.filter { $0 != own }.map { sides[$0].shortTitle }.joined(separator: ", ")
                    let label = sides[own].members.count > 1 ? strings[.asSide, others, sides[own].shortTitle] : others
                    if !links.isEmpty { links.append(.text(" · ")) }
                    links.append(.link(label, .page(Site.comparisonPath(sides))))
                }
                return links.isEmpty ? nil : [Cell([ReportPieces.instrumentLink(instrument)]), Cell(links)]
            },
            layout: .stacked))
    }

    /// For each group, how many of its elements each instrument provides, is known not to provide,
    /// and leaves unknown.
    static func coverage(_ ruleSet: RuleSet, _ strings: Catalogue = .english) -> Chart {
        let groups = ruleSet.codebook.groups
        return Chart(
            caption: strings[.coverageCaption],
            categories: groups.map(\.label),
            series: ruleSet.instruments.map(\.shortTitle),
            parts: strings.coverageParts,
            counts: groups.map { group in
                let elements = ruleSet.codebook.elements(in: group)
                return ruleSet.instruments.map { instrument in
                    let statuses = elements.map { instrument.provision(for: $0.id)?.status ?? .unknown }
                    let provided = statuses.filter(\.provides).count
                    let unknown = statuses.filter { $0 == .unknown }.count
                    return [provided, statuses.count - provided - unknown, unknown]
                }
            })
    }
}
