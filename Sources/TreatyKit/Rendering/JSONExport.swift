#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON forms of reports: plain `Encodable` shapes, encoded with sorted keys so output is stable.
/// The shapes are a public contract documented in the README.
public enum JSONExport {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `check ELEMENT --format json`.
    public static func check(element: Codebook.Element, ruleSet: RuleSet) -> String {
        encode(CheckShape(
            element: ElementShape(element),
            instruments: ruleSet.instruments.compactMap { instrument in
                instrument.provision(for: element.id).map { CheckShape.Entry(instrument: instrument, provision: $0) }
            }))
    }

    /// `show INSTRUMENT --format json`: the instrument as in its Rules file.
    public static func instrument(_ instrument: Instrument) -> String {
        encode(InstrumentShape(instrument))
    }

    /// `compare … --format json`.
    public static func comparison(_ comparison: Comparison) -> String {
        encode(ComparisonShape(comparison))
    }

    /// `evolution ID --format json`.
    public static func evolution(_ evolution: Evolution) -> String {
        encode(EvolutionShape(evolution))
    }

    /// `matrix --format json`.
    public static func matrix(ruleSet: RuleSet) -> String {
        encode(MatrixShape(ruleSet))
    }

    /// The site's `data/treaties.json`: the codebook and every instrument, in full.
    public static func everything(ruleSet: RuleSet) -> String {
        encode(EverythingShape(
            schemaVersion: ruleSet.schemaVersion,
            codebook: CodebookShape(
                version: ruleSet.codebook.version,
                groups: ruleSet.codebook.groups.map { GroupShape(id: $0.id, label: $0.label, description: $0.description) },
                elements: ruleSet.codebook.elements.map(ElementShape.init)),
            instruments: ruleSet.instruments.map(InstrumentShape.init)))
    }
}

struct ElementShape: Encodable {
    var id, label, group, description: String

    init(_ element: Codebook.Element) {
        id = element.id
        label = element.label
        group = element.group
        description = element.description
    }
}

struct GroupShape: Encodable {
    var id, label, description: String
}

struct CodebookShape: Encodable {
    var version: String
    var groups: [GroupShape]
    var elements: [ElementShape]
}

struct CheckShape: Encodable {
    var element: ElementShape
    var instruments: [Entry]

    struct Entry: Encodable {
        var id, shortTitle, status: String
        var articles: [String]
        var evidence: String
        var sources: [String]
        var reservable: Bool
        var note: String

        init(instrument: Instrument, provision: Provision) {
            id = instrument.id
            shortTitle = instrument.shortTitle
            status = provision.status.rawValue
            articles = provision.articles
            evidence = provision.evidence.rawValue
            sources = provision.sources
            reservable = provision.reservable
            note = provision.note
        }
    }
}

struct ProvisionShape: Encodable {
    var element, status: String
    var articles: [String]
    var evidence: String
    var sources: [String]
    var reservable: Bool
    var note: String

    init(_ provision: Provision) {
        element = provision.element
        status = provision.status.rawValue
        articles = provision.articles
        evidence = provision.evidence.rawValue
        sources = provision.sources
        reservable = provision.reservable
        note = provision.note
    }
}

struct InstrumentShape: Encodable {
    struct Source: Encodable { var title, url, language: String; var official: Bool }
    struct Article: Encodable { var number, title: String; var part: String? }

    var id, title, shortTitle, kind, body: String
    var reference: String?
    var date, status: String
    var supplements, follows: String?
    var sources: [Source]
    var articles: [Article]
    var provisions: [ProvisionShape]

    init(_ instrument: Instrument) {
        id = instrument.id
        title = instrument.title
        shortTitle = instrument.shortTitle
        kind = instrument.kind.rawValue
        body = instrument.body
        reference = instrument.reference
        date = instrument.date
        status = instrument.status
        supplements = instrument.supplements
        follows = instrument.follows
        sources = instrument.sources.map { Source(title: $0.title, url: $0.url, language: $0.language, official: $0.official) }
        articles = instrument.articles.map { Article(number: $0.number, title: $0.title, part: $0.part) }
        provisions = instrument.provisions.map(ProvisionShape.init)
    }

    /// Keeps `null` values, so every key is always present.
    func encode(to encoder: Encoder) throws {
        enum Key: String, CodingKey {
            case id, title, shortTitle, kind, body, reference, date, status, supplements, follows, sources, articles, provisions
        }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(shortTitle, forKey: .shortTitle)
        try container.encode(kind, forKey: .kind)
        try container.encode(body, forKey: .body)
        try container.encode(reference, forKey: .reference)
        try container.encode(date, forKey: .date)
        try container.encode(status, forKey: .status)
        try container.encode(supplements, forKey: .supplements)
        try container.encode(follows, forKey: .follows)
        try container.encode(sources, forKey: .sources)
        try container.encode(articles, forKey: .articles)
        try container.encode(provisions, forKey: .provisions)
    }
}

struct CodingShape: Encodable {
    struct Entry: Encodable {
        var instrument: String
        var provision: ProvisionShape
    }

    var status, evidence: String
    var reservable: Bool
    var entries: [Entry]

    init(_ coding: Coding) {
        status = coding.status.rawValue
        evidence = coding.evidence.rawValue
        reservable = coding.reservable
        entries = coding.entries.map { Entry(instrument: $0.instrument, provision: ProvisionShape($0.provision)) }
    }
}

struct SideShape: Encodable {
    struct Member: Encodable {
        var id, shortTitle, title, date, status: String
        var reference: String?
        var officialSource: String?
    }

    var id, shortTitle: String
    var members: [Member]

    init(_ side: Side) {
        id = side.id
        shortTitle = side.shortTitle
        members = side.members.map {
            Member(id: $0.id, shortTitle: $0.shortTitle, title: $0.title, date: $0.date, status: $0.status, reference: $0.reference, officialSource: $0.officialSource?.url)
        }
    }
}

struct ProvenanceShape: Encodable {
    var files: [String]
    var schemaVersion: Int
    var codebookVersion: String

    init(_ provenance: Provenance) {
        files = provenance.files
        schemaVersion = provenance.schemaVersion
        codebookVersion = provenance.codebookVersion
    }
}

/// Verdict counts with every verdict present, zero or not.
struct VerdictCounts: Encodable {
    var counts: [Verdict: Int]

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, counts[$0] ?? 0) }))
    }
}

struct ComparisonShape: Encodable {
    struct Pair: Encodable {
        var left, right: String
        var counts: VerdictCounts
        var countsByGroup: [String: VerdictCounts]
        var providedByBoth, providedByEither: Int
        var overlap: Double?
    }

    struct Summary: Encodable {
        var pairs: [Pair]
        var unknowns: [Int]
        var provided: [Int]
    }

    struct Row: Encodable {
        var element, group, label: String
        var codings: [CodingShape]
        var verdicts: [String]
    }

    var sides: [SideShape]
    var summary: Summary
    var rows: [Row]
    var provenance: ProvenanceShape

    init(_ comparison: Comparison) {
        sides = comparison.sides.map(SideShape.init)
        summary = Summary(
            pairs: comparison.summary.pairs.enumerated().map { index, pair in
                Pair(
                    left: comparison.sides[0].id, right: comparison.sides[index + 1].id,
                    counts: VerdictCounts(counts: pair.counts),
                    countsByGroup: Dictionary(uniqueKeysWithValues: pair.countsByGroup.map { ($0.group.id, VerdictCounts(counts: $0.counts)) }),
                    providedByBoth: pair.providedByBoth, providedByEither: pair.providedByEither,
                    overlap: pair.overlap.map { ($0 * 1000).rounded() / 1000 })
            },
            unknowns: comparison.summary.unknowns,
            provided: comparison.summary.provided)
        rows = comparison.rows.map {
            Row(element: $0.element.id, group: $0.element.group, label: $0.element.label, codings: $0.codings.map(CodingShape.init), verdicts: $0.verdicts.map(\.rawValue))
        }
        provenance = ProvenanceShape(comparison.provenance)
    }
}

struct EvolutionShape: Encodable {
    struct Row: Encodable {
        var element, group, label: String
        var statuses: [String]
        var changes: [String]
    }

    var versions: [SideShape]
    var rows: [Row]
    var provenance: ProvenanceShape

    init(_ evolution: Evolution) {
        versions = evolution.versions.map { SideShape(Side([$0])) }
        rows = evolution.rows.map {
            Row(element: $0.element.id, group: $0.element.group, label: $0.element.label, statuses: $0.codings.map(\.status.rawValue), changes: $0.changes.map(\.rawValue))
        }
        provenance = ProvenanceShape(evolution.provenance)
    }
}

struct MatrixShape: Encodable {
    struct Column: Encodable { var id, shortTitle, date: String }
    struct Row: Encodable {
        var element, group, label: String
        var statuses: [String: String]
    }

    var instruments: [Column]
    var rows: [Row]

    init(_ ruleSet: RuleSet) {
        instruments = ruleSet.instruments.map { Column(id: $0.id, shortTitle: $0.shortTitle, date: $0.date) }
        rows = ruleSet.codebook.elements.map { element in
            Row(element: element.id, group: element.group, label: element.label, statuses: Dictionary(uniqueKeysWithValues: ruleSet.instruments.map {
                ($0.id, $0.provision(for: element.id)?.status.rawValue ?? "unknown")
            }))
        }
    }
}

struct EverythingShape: Encodable {
    var schemaVersion: Int
    var codebook: CodebookShape
    var instruments: [InstrumentShape]
}
