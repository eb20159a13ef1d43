/// The site's front page: the instruments, the heat map, coverage by group, and links to everything.
enum SiteIndex {
    static func document(ruleSet: RuleSet, comparisons: [[Side]], lineages: [[Instrument]]) -> Document {
        var blocks: [Block] = [
            .paragraph([.text("TreatyDiff compares international cybercrime instruments — the Council of Europe's Convention on Cybercrime and its Protocols, the Russian Federation's draft UN conventions, the UN Convention against Cybercrime, the UN conventions against organised crime and corruption it draws on, and the Arab and African Union conventions — provision by provision. Every coding cites its article and paragraph and links the official source; what could not be verified is marked unknown.")]),
            .heading(level: 2, text: "Instruments"),
            .table(Table(
                caption: "Instruments, in order of date",
                columns: ["Instrument", "Kind", "Body", "Date", "Status", "Unknown codings", "Official source"],
                rows: ruleSet.instruments.map { instrument in
                    let official = instrument.officialSource
                    return [
                        Cell([ReportPieces.instrumentLink(instrument)]),
                        Cell(instrument.kind.rawValue),
                        Cell(instrument.body),
                        Cell(instrument.date),
                        Cell(instrument.status),
                        Cell("\(instrument.provisions.filter { $0.status == .unknown }.count) of \(instrument.provisions.count)"),
                        Cell(official.map { [.link($0.title, .external($0.url))] } ?? [.text("none available")]),
                    ]
                },
                layout: .wide)),
            .heading(level: 2, text: "Coverage by group"),
            .chart(coverage(ruleSet)),
            .heading(level: 2, text: "Comparisons"),
            .paragraph([.text("Each instrument with the comparisons it takes part in; a combined side such as a convention with its protocols is listed under each of its members.")]),
            comparisonTable(ruleSet: ruleSet, comparisons: comparisons),
            .heading(level: 2, text: "Concordance"),
            .paragraph([.link("Concordance", .page(ConcordanceReport.path)),
                        .text(": for each element, the article and paragraph that provide it in every instrument, side by side.")]),
        ]
        if !lineages.isEmpty {
            blocks.append(.heading(level: 2, text: "Evolution across drafts"))
            blocks.append(.list(lineages.map { chain in
                [.link(chain.map(\.shortTitle).joined(separator: " → "), .page(Site.evolutionPath(chain)))]
            }))
        }
        blocks.append(.heading(level: 2, text: "Matrix"))
        blocks.append(.paragraph([.text("Every instrument against every element; each element links to its page across all instruments.")]))
        blocks.append(ReportPieces.legend())
        blocks += MatrixReport.tables(ruleSet: ruleSet, headingLevel: 3)
        blocks.append(.heading(level: 2, text: "Research gaps"))
        blocks.append(.paragraph([.text("Codings marked unknown are honest gaps: the texts or reports at hand do not settle them. Each instrument's page says what is missing.")]))
        blocks.append(.list(ruleSet.instruments.map { instrument in
            let unknown = instrument.provisions.filter { $0.status == .unknown }
            let secondary = instrument.provisions.filter { $0.evidence == .secondary && $0.status != .unknown }
            return [ReportPieces.instrumentLink(instrument), .text(": \(unknown.count) unknown, \(secondary.count) resting on secondary sources only")]
        }))
        blocks.append(.heading(level: 2, text: "Data"))
        blocks.append(.list([
            [.link("treaties.json", .file("data/treaties.json")), .text(": the codebook and every instrument with all codings, in the Rules format (see the project README).")],
            [.link("matrix.csv", .file("data/matrix.csv")), .text(": one row per element, one status column per instrument (RFC 4180).")],
            [.link("concordance.csv", .file("data/\(ConcordanceReport.path).csv")), .text(": one row per element, one column of citations per instrument (RFC 4180).")],
            [.link("codings.csv", .file("data/codings.csv")), .text(": one row per instrument and element — status, evidence, reservation, citations, source addresses and note — the long form that R and pandas load directly (RFC 4180).")],
            [.link("datapackage.json", .file("data/datapackage.json")), .text(": a Frictionless Data Package describing every download, with the JSON Schemas of the Rules format beside it.")],
        ]))
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet))
        return Document(title: "TreatyDiff: international cybercrime law compared", path: "", blocks: blocks)
    }

    /// Each instrument with links to every comparison it takes part in, named by the other side.
    static func comparisonTable(ruleSet: RuleSet, comparisons: [[Side]]) -> Block {
        .table(Table(
            caption: "Comparisons by instrument",
            columns: ["Instrument", "Compared with"],
            rows: ruleSet.instruments.compactMap { instrument -> [Cell]? in
                var links: [Inline] = []
                for sides in comparisons {
                    guard let own = sides.firstIndex(where: { $0.members.contains(instrument) }) else { continue }
                    let others = sides.indices.filter { $0 != own }.map { sides[$0].shortTitle }.joined(separator: ", ")
                    let label = sides[own].members.count > 1 ? "\(others) (as \(sides[own].shortTitle))" : others
                    if !links.isEmpty { links.append(.text(" · ")) }
                    links.append(.link(label, .page(Site.comparisonPath(sides))))
                }
                return links.isEmpty ? nil : [Cell([ReportPieces.instrumentLink(instrument)]), Cell(links)]
            },
            layout: .stacked))
    }

    /// For each group, how many of its elements each instrument provides, is known not to provide,
    /// and leaves unknown.
    static func coverage(_ ruleSet: RuleSet) -> Chart {
        let groups = ruleSet.codebook.groups
        return Chart(
            caption: "Share of each group's elements that each instrument provides (mandatory or optional), does not provide, or leaves unknown",
            categories: groups.map(\.label),
            series: ruleSet.instruments.map(\.shortTitle),
            parts: Labels.coverageParts,
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
