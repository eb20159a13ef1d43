import Dispatch
import Synchronization

/// The published site: every page in HTML and Markdown, plus the data downloads.
///
/// Pages are rendered one at a time as `render(_:)` hands them out, so a large corpus never has the
/// whole site in memory. Writing them to disk is the caller's job.
public struct Site: Sendable {
    /// The file that marks a directory as a generated site, safe to replace.
    public static let marker = ".treatydiff-site"

    /// One page of the site, not yet rendered, named by the ids it shows so that every edition
    /// renders it from its own language's data.
    enum Page: Sendable {
        case index
        case instrument(String)
        case element(String)
        /// Each side's member ids.
        case comparison([[String]])
        case evolution([String])
        case method
        case concordance
    }

    /// The site in one language: its data and interface strings.
    struct Edition: Sendable {
        var language: Language
        var ruleSet: RuleSet
        var strings: Catalogue { .of(language) }
    }

    let ruleSet: RuleSet
    let basePath: String
    let comparisons: [[Side]]
    let lineages: [[Instrument]]
    let pages: [Page]
    /// English, then every language the Rules are translated into.
    let editions: [Edition]
    /// The Rules format's JSON Schemas, copied into `data/` beside the downloads.
    let schemas: [(name: String, content: String)]

    /// Plans the whole site. `basePath` is the URL path the site is served under (such as
    /// `/treatydiff/`); only the 404 page, which is served at any address, needs it. `comparisons`
    /// replaces the default set of compared sides (every pair, and each instrument with its protocols
    /// against every instrument of another body).
    /// `schemas` are copied into `data/` (see `RulesLoader.schemas(in:)`). Every page is
    /// published in English at the root and in each language the Rules are translated into under
    /// its own folder (`fr/`); the data downloads are shared.
    public init(ruleSet: RuleSet, basePath: String = "/", comparisons: [[Side]]? = nil, schemas: [(name: String, content: String)] = []) {
        self.ruleSet = ruleSet
        self.schemas = schemas
        self.basePath = basePath
        self.comparisons = comparisons ?? Self.comparisons(ruleSet)
        lineages = Self.lineages(ruleSet)
        pages = [.index] + ruleSet.instruments.map { Page.instrument($0.id) } + ruleSet.codebook.elements.map { Page.element($0.id) }
            + self.comparisons.map { Page.comparison($0.map { $0.members.map(\.id) }) } + lineages.map { Page.evolution($0.map(\.id)) }
            + [.concordance] + (ruleSet.manual == nil ? [] : [.method])
        editions = Language.allCases.filter { $0 == .english || ruleSet.translations[$0] != nil }
            .map { Edition(language: $0, ruleSet: ruleSet.translated(to: $0)) }
    }

    /// How many files `render(_:)` hands out.
    public var fileCount: Int {
        // Every page in two formats in every edition, then the other files.
        pages.count * 2 * editions.count + downloads.count
    }

    /// Every file's path relative to the site's root, sorted: what `render(_:)` hands out.
    public var paths: [String] {
        var files: [String] = []
        for edition in editions {
            for path in pages.map(Self.path) {
                let names = path.isEmpty ? ["index.html", "README.md"] : [path + ".html", path + ".md"]
                files += names.map { edition.language.sitePrefix + $0 }
            }
        }
        return (files + downloads.map(\.path)).sorted()
    }

    /// The files besides the pages, each with what renders it: the data downloads with the Rules'
    /// JSON Schemas, the 404 page and the marker.
    private var downloads: [(path: String, content: @Sendable () -> String)] {
        let ruleSet = ruleSet, schemas = schemas, basePath = basePath
        let files: [(path: String, content: @Sendable () -> String)] = [
            ("data/treaties.json", { JSONExport.everything(ruleSet: ruleSet) }),
            ("data/matrix.csv", { MatrixReport.csv(ruleSet: ruleSet) }),
            ("data/\(ConcordanceReport.path).csv", { ConcordanceReport.csv(ruleSet: ruleSet) }),
            ("data/codings.csv", { DataPackage.codingsCSV(ruleSet: ruleSet) }),
            ("data/datapackage.json", { DataPackage.descriptor(ruleSet: ruleSet, schemas: schemas.map(\.name)) }),
            ("404.html", { Self.notFound(basePath: basePath) }),
            (Self.marker, { [self] in manifest }),
        ]
        return files + schemas.map { schema in ("data/" + schema.name, { schema.content }) }
    }

    /// A page's path in the site, without extension; empty for the index.
    static func path(_ page: Page) -> String {
        switch page {
        case .index: ""
        case .instrument(let id): "instruments/" + id
        case .element(let id): "elements/" + id
        case .comparison(let sides): "compare/" + sides.map { $0.joined(separator: "+") }.joined(separator: "--")
        case .evolution(let chain): "evolution/" + (chain.last ?? "")
        case .method: MethodReport.path
        case .concordance: ConcordanceReport.path
        }
    }

    /// The marker's first line; the lines after it name every file the run wrote.
    public static let manifestHeading = "This directory was generated by `treatydiff site`; it is replaced whole on each run. The files it wrote:"

    /// The marker file's content: what the site is and the manifest of its files, so a later run
    /// replaces only a directory whose every file it vouches for.
    var manifest: String {
        Self.manifestHeading + "\n" + paths.filter { $0 != Self.marker }.map { $0 + "\n" }.joined()
    }

    /// The files a marker's content vouches for, or nil when it holds no manifest (a marker written
    /// before manifests were kept).
    public static func vouchedFiles(inMarker content: String) -> Set<String>? {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == manifestHeading else { return nil }
        return Set(lines.dropFirst().filter { !$0.isEmpty })
    }

    /// The directories the site's files lie in, relative to its root.
    public var directories: [String] {
        var folders = ["instruments", "elements"]
        if !comparisons.isEmpty { folders.append("compare") }
        if !lineages.isEmpty { folders.append("evolution") }
        return ["data"] + editions.flatMap { edition in
            (edition.language == .english ? [] : [String(edition.language.sitePrefix.dropLast())])
                + folders.map { edition.language.sitePrefix + $0 }
        }
    }

    /// Renders every file and hands each one, with its relative path, to `body`.
    ///
    /// Pages are rendered on all cores, so `body` is called concurrently and in no fixed order; each
    /// file's content is the same whatever the order. After the first error no further file is handed
    /// out, and that error is rethrown.
    public func render<E: Error>(_ body: @Sendable (_ path: String, _ content: [UInt8]) throws(E) -> Void) throws(E) {
        let html = HTMLWriter(links: .site), markdown = MarkdownWriter(links: .site)
        // The downloads come first: the largest single files, started while the pages are rendered.
        let downloads = downloads
        let failure = Mutex<E?>(nil)
        DispatchQueue.concurrentPerform(iterations: downloads.count + pages.count * editions.count) { index in
            guard failure.withLock({ $0 == nil }) else { return }
            do throws(E) {
                if index < downloads.count {
                    let file = downloads[index]
                    try body(file.path, Array(file.content().utf8))
                    return
                }
                let edition = editions[(index - downloads.count) / pages.count]
                var document = document(for: pages[(index - downloads.count) % pages.count], in: edition)
                document.twins = editions.map(\.language).filter { $0 != edition.language }
                let path = edition.language.sitePrefix + document.path
                try body(document.path.isEmpty ? path + "index.html" : path + ".html", html.bytes(document))
                try body(document.path.isEmpty ? path + "README.md" : path + ".md", markdown.bytes(document))
            } catch {
                failure.withLock { first in first = first ?? error }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// Every file, rendered and sorted by path: convenient for small corpora and tests.
    public var files: [(path: String, content: String)] {
        let files = Mutex<[(path: String, content: String)]>([])
        render { path, content in files.withLock { $0.append((path, String(decoding: content, as: UTF8.self))) } }
        return files.withLock { $0 }.sorted { $0.path < $1.path }
    }

    private func document(for page: Page, in edition: Edition) -> Document {
        let ruleSet = edition.ruleSet, strings = edition.strings
        func instruments(_ ids: [String]) -> [Instrument] { ids.compactMap(ruleSet.instrument) }
        switch page {
        case .index:
            return SiteIndex.document(ruleSet: ruleSet, comparisons: comparisons.map { $0.map { Side(instruments($0.members.map(\.id))) } },
                                      lineages: lineages.map { instruments($0.map(\.id)) }, in: strings)
        case .instrument(let id):
            return InstrumentReport.document(instrument: instruments([id])[0], ruleSet: ruleSet, in: strings)
        case .element(let id):
            return ElementReport.document(element: ruleSet.codebook.element(id)!, ruleSet: ruleSet, in: strings)
        case .comparison(let sides):
            let comparison = Comparison(ruleSet: ruleSet, sides: sides.map { Side(instruments($0)) })
            return ComparisonReport.document(comparison, path: Self.path(page), in: strings)
        case .evolution(let chain):
            return EvolutionReport.document(Evolution(ruleSet: ruleSet, versions: instruments(chain)), path: Self.path(page), in: strings)
        case .method:
            return MethodReport.document(manual: ruleSet.manual ?? "", in: strings)
        case .concordance:
            return ConcordanceReport.document(ruleSet: ruleSet, path: ConcordanceReport.path, in: strings)
        }
    }

    /// The site's default comparisons: every pair of instruments, then each instrument with its
    /// protocols against every instrument of another body.
    public static func comparisons(_ ruleSet: RuleSet) -> [[Side]] {
        let instruments = ruleSet.instruments
        var result: [[Side]] = []
        for (index, left) in instruments.enumerated() {
            for right in instruments[(index + 1)...] {
                result.append([Side([left]), Side([right])])
            }
        }
        for base in instruments {
            let protocols = instruments.filter { $0.supplements == base.id }
            guard !protocols.isEmpty else { continue }
            let family = Side([base] + protocols)
            for other in instruments where other.body != base.body {
                result.append([family, Side([other])])
            }
        }
        return result
    }

    /// Each maximal `follows` chain, from its oldest text.
    static func lineages(_ ruleSet: RuleSet) -> [[Instrument]] {
        ruleSet.instruments
            .filter { root in root.follows.flatMap(ruleSet.instrument) == nil && ruleSet.instruments.contains { $0.follows == root.id } }
            .map { Evolution.lineage(through: $0.id, in: ruleSet) }
            .filter { $0.count >= 2 }
    }

    static func comparisonPath(_ sides: [Side]) -> String {
        path(.comparison(sides.map { $0.members.map(\.id) }))
    }

    static func evolutionPath(_ chain: [Instrument]) -> String {
        path(.evolution(chain.map(\.id)))
    }

    private static func notFound(basePath: String) -> String {
        let document = Document(title: "Page not found", path: "", blocks: [
            .paragraph([.text("There is no page at this address. Start again from the TreatyDiff index.")]),
        ])
        return HTMLWriter(links: .rooted(at: basePath)).write(document)
    }
}
