/// Every instrument against every element: the matrix report and the site's heat map.
public enum MatrixReport {
    public static func document(ruleSet: RuleSet, path: String = "", in strings: Catalogue = .english) -> Document {
        var blocks: [Block] = [
            .paragraph([.text(strings[.matrixLead])]),
            ReportPieces.legend(.statuses, strings),
        ]
        blocks += tables(ruleSet: ruleSet, headingLevel: 2, strings)
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet), strings)
        return Document(title: strings[.matrixTitle], path: path, blocks: blocks, language: strings.language)
    }

    /// One heat-map table per group, each cell coloured by status and labelled with its symbol and word.
    static func tables(ruleSet: RuleSet, headingLevel: Int, _ strings: Catalogue) -> [Block] {
        ruleSet.codebook.groups.flatMap { group -> [Block] in
            let rows = ruleSet.codebook.elements(in: group).map { element -> [Cell] in
                [Cell([ReportPieces.elementLink(element)])] + ruleSet.instruments.map { instrument in
                    let provision = instrument.provision(for: element.id)
                    let status = provision?.status ?? .unknown
                    return Cell([ReportPieces.status(status, evidence: provision?.evidence ?? .text)], tone: "t-\(status.rawValue)")
                }
            }
            return [
                .heading(level: headingLevel, text: group.label, anchor: group.id),
                .table(Table(caption: strings[.matrixCaption, group.label], columns: [strings[.element]] + ruleSet.instruments.map(\.shortTitle), rows: rows, style: "heatmap", layout: .wide)),
            ]
        }
    }

    /// RFC 4180 CSV: a header row, then one row per element with one column per instrument.
    public static func csv(ruleSet: RuleSet) -> String {
        var lines = [(["element", "group", "label"] + ruleSet.instruments.map(\.id)).map(Escaping.csv).joined(separator: ",")]
        for element in ruleSet.codebook.elements {
            let statuses = ruleSet.instruments.map { $0.provision(for: element.id)?.status.rawValue ?? "" }
            lines.append(([element.id, element.group, element.label] + statuses).map(Escaping.csv).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
