/// The interface strings of one language: headings, legends, status and verdict names, summaries,
/// captions and footers. Each language's entries are in its own file (`Catalogue+English.swift`,
/// `Catalogue+French.swift`); data (labels, titles, notes) comes from the Rules instead.
public struct Catalogue: Sendable {
    public let language: Language
    private let entries: [Phrase: String]

    public static let english = Catalogue(language: .english, entries: englishEntries)
    public static let french = Catalogue(language: .french, entries: frenchEntries)

    /// The catalogue of `language`.
    public static func of(_ language: Language) -> Catalogue {
        switch language {
        case .english: english
        case .french: french
        }
    }

    /// The entries of `language`, for tests that compare catalogues.
    static func entries(of language: Language) -> [Phrase: String] {
        of(language).entries
    }

    /// The phrase with `{0}`, `{1}`… replaced by `arguments`, in one pass so that an argument is
    /// never read for placeholders itself; English where an entry is missing (a test makes sure none
    /// is). The language's typography is applied to the phrase, not to the arguments, which are data.
    subscript(_ phrase: Phrase, _ arguments: String...) -> String {
        let template = entries[phrase] ?? Catalogue.englishEntries[phrase] ?? phrase.rawValue
        return (language == .french ? Typography.french(template) : template).filling(arguments)
    }

    // MARK: Words for values

    /// The word for a status, such as "mandatory".
    public func status(_ status: Status) -> String {
        switch status {
        case .mandatory: self[.statusMandatory]
        case .optional: self[.statusOptional]
        case .absent: self[.statusAbsent]
        case .notApplicable: self[.statusNotApplicable]
        case .unknown: self[.statusUnknown]
        }
    }

    /// What a status symbol means, for legends.
    func meaning(_ status: Status) -> String {
        switch status {
        case .mandatory: self[.meaningMandatory]
        case .optional: self[.meaningOptional]
        case .absent: self[.meaningAbsent]
        case .notApplicable: self[.meaningNotApplicable]
        case .unknown: self[.meaningUnknown]
        }
    }

    /// The words for a verdict, such as "left stronger".
    public func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .same: self[.verdictSame]
        case .leftStronger: self[.verdictLeftStronger]
        case .rightStronger: self[.verdictRightStronger]
        case .onlyLeft: self[.verdictOnlyLeft]
        case .onlyRight: self[.verdictOnlyRight]
        case .neither: self[.verdictNeither]
        case .unknown: self[.verdictUnknown]
        }
    }

    /// A verdict with the sides named, for comparisons of three or more sides where "left" and
    /// "right" would not say which.
    public func verdict(_ verdict: Verdict, left: String, right: String) -> String {
        switch verdict {
        case .same, .neither, .unknown: self.verdict(verdict)
        case .leftStronger: self[.verdictNamedStronger, left]
        case .rightStronger: self[.verdictNamedStronger, right]
        case .onlyLeft: self[.verdictOnlyNamed, left]
        case .onlyRight: self[.verdictOnlyNamed, right]
        }
    }

    /// The word for a change along a lineage, such as "strengthened".
    public func change(_ change: Change) -> String {
        switch change {
        case .added: self[.changeAdded]
        case .dropped: self[.changeDropped]
        case .strengthened: self[.changeStrengthened]
        case .weakened: self[.changeWeakened]
        case .unchanged: self[.changeUnchanged]
        case .unknown: self[.changeUnknown]
        }
    }

    /// The word for an evidence level, such as "text".
    public func evidence(_ evidence: Evidence) -> String {
        evidence == .text ? self[.evidenceText] : self[.evidenceSecondary]
    }

    /// The word for an instrument's kind, such as "convention".
    public func kind(_ kind: Instrument.Kind) -> String {
        switch kind {
        case .convention: self[.kindConvention]
        case .protocol: self[.kindProtocol]
        case .draft: self[.kindDraft]
        }
    }

    // MARK: Numbers and dates

    /// "3 elements", "1 element": `noun` holds the singular and the plural, separated by `|`.
    func count(_ number: Int, _ noun: Phrase) -> String {
        let forms = self[noun].split(separator: "|", maxSplits: 1).map(String.init)
        let singular = language == .french ? number <= 1 : number == 1
        return "\(number) " + (singular || forms.count < 2 ? forms[0] : forms[1])
    }

    /// "3 elements" in the language, for the command line's own listings.
    public func elementCount(_ number: Int) -> String {
        count(number, .nounElement)
    }

    /// A share as a whole percentage: "30%" in English, "30 %" in French.
    public func percent(_ value: Double) -> String {
        self[.percent, "\(Int((value * 100).rounded()))"]
    }

    /// "3 of 10 (30%)", or "none" for zero, so a count is never shown as a bare 0%.
    func share(_ count: Int, of total: Int) -> String {
        guard count > 0, total > 0 else { return self[.shareNone] }
        return self[.shareOf, "\(count)", "\(total)", percent(Double(count) / Double(total))]
    }

    /// An ISO date of one, two or three parts as the language writes it: unchanged in English,
    /// « 23 novembre 2001 », « mai 2017 » or « 2017 » in French.
    public func date(_ iso: String) -> String {
        guard language == .french, let (year, month, day) = ValueSyntax.dateParts(iso) else { return iso }
        guard let month, (1...12).contains(month) else { return "\(year)" }
        let name = self[.months].split(separator: "|").map(String.init)[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day == 1 ? "1er" : "\(day)") \(name) \(year)"
    }
}

private extension String {
    /// The template with each `{n}` replaced by `arguments[n]`, read left to right once; a `{n}` with
    /// no argument stays as it is.
    func filling(_ arguments: [String]) -> String {
        var result = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index) {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}

/// The keys of the catalogues. Entries may hold `{0}`, `{1}`… for values filled in at use, and
/// nouns hold their singular and plural as `singular|plural`.
enum Phrase: String, Sendable, CaseIterable {
    // Statuses, verdicts, changes and other values.
    case statusMandatory, statusOptional, statusAbsent, statusNotApplicable, statusUnknown
    case meaningMandatory, meaningOptional, meaningAbsent, meaningNotApplicable, meaningUnknown
    case verdictSame, verdictLeftStronger, verdictRightStronger, verdictOnlyLeft, verdictOnlyRight, verdictNeither, verdictUnknown
    case verdictNamedStronger, verdictOnlyNamed, verdictAgainst
    case changeAdded, changeDropped, changeStrengthened, changeWeakened, changeUnchanged, changeUnknown
    case evidenceText, evidenceSecondary
    case kindConvention, kindProtocol, kindDraft
    // Marks and legends.
    case legend, secondaryMeaning, secondaryTitle, reservable, reservableMeaning, declarable, declarableMeaning
    case via, viaMark, viaMeaning, verdictNote, changeNote
    // Numbers, dates and nouns.
    case percent, shareOf, shareNone, months, statusCount, colonSeparator, listSeparator
    case nounElement, nounInstrument, nounRatification, nounUnknownCoding, nounKnown
    // Pieces shared by reports.
    case article, notCoded, noArticleCited, provenance, provenanceText, methodLead, methodLink
    case thresholdNotEstablished, thresholdAfter, entersIntoForce, noOfficialText, officialSources, official
    case element, instrument, sources, researchGaps, summary, sourcesLead
    // Writers.
    case siteName, languageName, scrollCue, chartTableSummary, chartNoElements, chartGroup
    case coverageProvided, coverageNotProvided, coverageUnknown
    // The comparison report.
    case comparisonTitle, comparedWith, versus, noDifferencesInGroup, verdict, differencesInDetail, noElementDiffers, noElementKnownToDiffer
    case aspect, status, articles, note, reservation, noneCited, noReservation, mayReserve
    case summaryNoneKnown, summaryAllKnown, summarySomeKnown, summaryOverlap, summaryStatuses, summaryOnly, summaryFurther
    case researchGapsCounts, gapsNone, gapsLead
    // The evolution report.
    case evolutionTitle, evolutionLead, changes, changeThen
    // The instrument report.
    case title, id, kind, body, reference, noneEstablished, date, entryIntoForce, supplements, follows, drawsOn, source
    case codings, codingsSummary, statusAndArticles, evidence, articleTable, noArticleNumbers, articlesOf, articleTitle, part
    // The element report.
    case group, whatCounts, inEachInstrument, elementTitle, firstAppearance, firstNone, firstNoneUnknown, firstProvidedBy
    case firstThen, firstOlderUnknown
    // The matrix and the concordance.
    case matrixTitle, matrixLead, matrixCaption, concordanceTitle, concordanceLead, concordanceCaption
    // The method page.
    case methodTitle, methodCaption
    // The site's index.
    case indexTitle, indexLead, instruments, instrumentsCaption, unknownCodings, officialSource, countOf, noneAvailable
    case coverageHeading, coverageCaption, comparisons, comparisonsLead, comparisonsCaption, comparedWithColumn, asSide
    case concordance, concordanceLink, evolutionHeading, matrix, matrixIndexLead, gapsIndexLead, gapsIndexItem, data
    case dataTreaties, dataMatrix, dataConcordance, dataCodings, dataPackage
}
