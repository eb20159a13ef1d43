/// The concordance: for each element, the pinpoint citations in every instrument — the article
/// crosswalk analysts otherwise build by hand (Budapest 24(3) · UNTOC 16(4) · UNCAC 44(5) · UN 37(5)).
public enum ConcordanceReport {
    /// The page's path in the site, and the stem of its CSV download.
    public static let path = "concordance"

    /// The concordance of `elements` (every element when empty), one table per group.
    public static func document(ruleSet: RuleSet, elements: [Codebook.Element] = [], path: String = "", in strings: Catalogue = .english) -> Document {
        let selected = elements.isEmpty ? ruleSet.codebook.elements : elements
        var blocks: [Block] = [
            .paragraph([.text(strings[.concordanceLead])]),
            ReportPieces.legend(.statuses, strings),
        ]
        for group in ruleSet.codebook.groups {
            let rows = selected.filter { $0.group == group.id }.map { element -> [Cell] in
                [Cell([ReportPieces.elementLink(element)])] + ruleSet.instruments.map { instrument in
                    guard let provision = instrument.provision(for: element.id) else { return Cell(strings[.notCoded]) }
                    return Cell(cell(provision, of: instrument, strings), tone: "t-\(provision.status.rawValue)")
                }
            }
            guard !rows.isEmpty else { continue }
            blocks.append(.heading(level: 2, text: group.label, anchor: group.id))
            blocks.append(.table(Table(
                caption: strings[.concordanceCaption, group.label],
                columns: [strings[.element]] + ruleSet.instruments.map(\.shortTitle),
                rows: rows,
                layout: .wide)))
        }
        blocks += ReportPieces.provenance(Provenance(ruleSet: ruleSet), strings)
        return Document(title: strings[.concordanceTitle], path: path, blocks: blocks, language: strings.language)
    }

    /// The status symbol, then the citations linked to the official text, or the reason there are none.
    static func cell(_ provision: Provision, of instrument: Instrument, _ strings: Catalogue) -> [Inline] {
        let status = ReportPieces.status(provision.status, evidence: provision.evidence)
        guard provision.status.provides else { return [status] }
        let cited = ReportPieces.citations([Coding(provision, of: instrument).entries[0]], labelMembers: false, strings)
        return cited.isEmpty ? [status, .text(" " + strings[.noArticleCited])] : [status, .text(" ")] + cited
    }

    /// The text of one CSV cell: the citations, or the status where there are none.
    static func csvCell(_ provision: Provision?) -> String {
        let strings = Catalogue.english
        guard let provision else { return strings[.notCoded] }
        guard provision.status.provides else { return strings.status(provision.status) }
        guard !provision.articles.isEmpty else { return strings.status(provision.status) + " (" + strings[.noArticleCited] + ")" }
        var text = provision.articles.joined(separator: "; ")
        if let reference = provision.byReference {
            text += " (" + strings.via(reference) + ")"
        }
        return text
    }

    /// RFC 4180 CSV: one row per element, one column of citations per instrument.
    public static func csv(ruleSet: RuleSet, elements: [Codebook.Element] = []) -> String {
        let selected = elements.isEmpty ? ruleSet.codebook.elements : elements
        var lines = [(["element", "group", "label"] + ruleSet.instruments.map(\.id)).map(Escaping.csv).joined(separator: ",")]
        for element in selected {
            let cells = ruleSet.instruments.map { csvCell($0.provision(for: element.id)) }
            lines.append(([element.id, element.group, element.label] + cells).map(Escaping.csv).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
