/// Pieces that several reports share: how a coding, its citations and the data's provenance are shown.
enum ReportPieces {
    /// A status, marked † when it rests on secondary sources (an unknown needs no mark).
    static func status(_ status: Status, evidence: Evidence) -> Inline {
        .status(status, secondary: evidence == .secondary && status != .unknown)
    }

    /// Status (with the secondary mark), then the citations, linked to the official source.
    static func codingCell(_ coding: Coding, labelMembers: Bool, _ strings: Catalogue) -> [Inline] {
        var inlines: [Inline] = [status(coding.status, evidence: coding.evidence)]
        let cited = citations(coding.decisiveEntries, labelMembers: labelMembers, strings)
        if !cited.isEmpty {
            inlines += [.lineBreak] + cited
        }
        if coding.reservable {
            inlines += [.lineBreak, .emphasis(strings[.reservable])]
        }
        if coding.declarable {
            inlines += [.lineBreak, .emphasis(strings[.declarable])]
        }
        return inlines
    }

    /// `Art. 24(3), 24(4)` per member, as one link to the member's official source, with the member
    /// named when asked.
    static func citations(_ entries: [Coding.Entry], labelMembers: Bool, _ strings: Catalogue, linked: Bool = true) -> [Inline] {
        var inlines: [Inline] = []
        for entry in entries where !entry.provision.articles.isEmpty {
            if !inlines.isEmpty { inlines.append(.text(strings[.listSeparator])) }
            let cited = strings[.article, entry.provision.articles.joined(separator: ", ")]
            inlines.append(linked ? entry.sourceURL.map { .link(cited, .external($0)) } ?? .text(cited) : .text(cited))
            if let reference = entry.provision.byReference {
                inlines.append(.text(" " + strings.via(reference)))
            }
            if labelMembers {
                inlines.append(.text(" (\(entry.shortTitle))"))
            }
        }
        return inlines
    }

    /// The secondary sources a coding relies on, each linked under its name in the instrument's
    /// source list (publisher, title, date), or under its web site's name when it is not listed.
    static func sourceLinks(_ urls: [String], of instrument: Instrument?, _ strings: Catalogue = .english) -> [Inline] {
        var inlines: [Inline] = []
        for (index, url) in urls.enumerated() {
            if index > 0 { inlines.append(.text(strings[.listSeparator])) }
            inlines.append(.link(instrument?.source(at: url)?.name ?? host(of: url), .external(url)))
        }
        return inlines
    }

    /// `example.org` for `https://www.example.org/a/b`.
    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return String(host)
    }

    /// The evidence level, with `text` linked to the official text it was read in, then the
    /// secondary sources, if any.
    static func evidenceCell(_ provision: Provision, of instrument: Instrument, _ strings: Catalogue) -> [Inline] {
        let evidence = strings.evidence(provision.evidence)
        var inlines: [Inline] = [
            provision.evidence == .text ? instrument.officialSource.map { .link(evidence, .external($0.url)) } ?? .text(evidence) : .text(evidence),
        ]
        if !provision.sources.isEmpty {
            inlines += [.text(strings[.colonSeparator])] + sourceLinks(provision.sources, of: instrument, strings)
        }
        return inlines
    }

    static func legend(_ scope: Labels.LegendScope = .statuses, _ strings: Catalogue) -> Block {
        .paragraph(Labels.legend(scope, in: strings))
    }

    static func provenance(_ provenance: Provenance, _ strings: Catalogue) -> [Block] {
        let method: [Block] = provenance.manualFile.map { file in [
            .paragraph([.text(strings[.methodLead]), .link(strings[.methodLink], .page(MethodReport.path)),
                        .text(" ("), .code("Rules/" + file), .text(").")]),
        ] } ?? []
        return [
            .heading(level: 2, text: strings[.provenance]),
            .paragraph([
                .text(strings[.provenanceText, "\(provenance.schemaVersion)", provenance.codebookVersion]),
            ] + provenance.files.enumerated().flatMap { index, file -> [Inline] in
                (index > 0 ? [.text(", ")] : []) + [.code(file)]
            } + [.text(".")]),
        ] + method
    }

    /// "in force after 40 ratifications (Art. 65(1))", or that the threshold is not established.
    static func entryIntoForce(_ instrument: Instrument, _ strings: Catalogue, withCondition: Bool = true) -> String {
        guard let entry = instrument.entryIntoForce else { return strings[.thresholdNotEstablished] }
        let condition = withCondition ? entry.condition.map { ", \($0)" } ?? "" : ""
        let article = entry.article.map { " (" + strings[.article, $0] + ")" } ?? ""
        return strings[.thresholdAfter, strings.count(entry.ratifications, .nounRatification)] + condition + article
    }

    /// "Title (reference; date; status; entry into force)", as the head of a comparison or evolution
    /// names an instrument.
    static func instrumentDescription(_ instrument: Instrument, _ strings: Catalogue) -> [Inline] {
        let threshold = instrument.entryIntoForce.map { _ in strings[.entersIntoForce, entryIntoForce(instrument, strings, withCondition: false)] }
        let facts = [instrument.reference, strings.date(instrument.date), instrument.status, threshold].compactMap { $0 }.joined(separator: "; ")
        return [instrumentLink(instrument), .text(" — \(instrument.title) (\(facts))")]
    }

    /// A link to an instrument's page in the site (plain text in a standalone report).
    static func instrumentLink(_ instrument: Instrument) -> Inline {
        .link(instrument.shortTitle, .page("instruments/\(instrument.id)"))
    }

    static func elementLink(_ element: Codebook.Element) -> Inline {
        .link(element.label, .page("elements/\(element.id)"))
    }

    /// A list of the official sources of the given instruments.
    static func officialSources(_ instruments: [Instrument], _ strings: Catalogue) -> Block {
        .list(instruments.map { instrument in
            var inlines: [Inline] = [.strong(instrument.shortTitle), .text(strings[.colonSeparator])]
            let sources = instrument.sources.filter(\.official)
            if sources.isEmpty {
                inlines.append(.text(strings[.noOfficialText]))
            }
            for (index, source) in sources.enumerated() {
                if index > 0 { inlines.append(.text(" · ")) }
                inlines.append(.link(source.name, .external(source.url)))
            }
            return inlines
        }, style: "refs")
    }
}
