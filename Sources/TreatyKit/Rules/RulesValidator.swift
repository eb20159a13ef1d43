/// A decoded file with what is needed to point at its values.
struct DecodedFile<Value: Sendable>: Sendable {
    var value: Value
    /// The path as it is shown in diagnostics.
    var file: String
    /// The file name without `.json`.
    var stem: String
    /// The parsed file, to find where a value stood when a check fails.
    var root: JSONNode
}

/// Checks the meaning of decoded Rules: ids, references between files, citations, URLs and dates.
struct RulesValidator {
    private var diagnostics: [Diagnostic] = []

    /// Every finding about the codebook on its own.
    static func check(codebook: DecodedFile<Codebook>) -> [Diagnostic] {
        var validator = RulesValidator()
        validator.check(codebook)
        return validator.diagnostics
    }

    /// Every finding about one instrument on its own and against the codebook.
    static func check(instrument: DecodedFile<Instrument>, codebook: Codebook?) -> [Diagnostic] {
        var validator = RulesValidator()
        validator.check(instrument, codebook: codebook)
        return validator.diagnostics
    }

    /// The top-level keys that the checks across files point at; `provisions` too where a coding
    /// applies another instrument's articles.
    static func crossFileKeys(for instrument: Instrument) -> [String] {
        let keys = ["id", "supplements", "follows", "drawsOn"]
        return instrument.provisions.contains { $0.byReference != nil } ? keys + ["provisions"] : keys
    }

    /// Every finding across instruments: duplicate ids, references and `follows` cycles.
    static func checkReferences(_ instruments: [DecodedFile<Instrument>]) -> [Diagnostic] {
        var validator = RulesValidator()
        validator.checkReferences(instruments)
        return validator.diagnostics
    }

    static let longestNote = 1_200
    /// The longest `status` or entry-into-force condition: they are shown in table cells and headings.
    static let longestStatus = 160

    private mutating func report<V>(_ severity: Diagnostic.Severity, _ code: Diagnostic.Code, in file: DecodedFile<V>, path: String, _ message: Diagnostic.Message) {
        diagnostics.append(Diagnostic(severity, code, file: file.file, location: file.root.node(at: path)?.location, path: path, message: message))
    }

    private mutating func report<V>(_ code: Diagnostic.Code, in file: DecodedFile<V>, path: String, _ message: Diagnostic.Message) {
        report(.error, code, in: file, path: path, message)
    }

    private mutating func check(_ file: DecodedFile<Codebook>) {
        let codebook = file.value
        if !ValueSyntax.isVersion(codebook.version) {
            report(.invalidValue, in: file, path: "version", "codebook version \"\(codebook.version)\" is not of the form MAJOR.MINOR.PATCH; write it like \"1.0.0\"")
        }
        var groupIDs: Set<String> = []
        for (index, group) in codebook.groups.enumerated() {
            let path = "groups[\(index)].id"
            if !ValueSyntax.isKebabCase(group.id) {
                report(.invalidID, in: file, path: path, "group id \"\(group.id)\" is not lower-case kebab-case; use letters, digits and single hyphens, like \"data-protection\"")
            }
            if !groupIDs.insert(group.id).inserted {
                report(.duplicateID, in: file, path: path, "group id \"\(group.id)\" is used twice; give each group its own id")
            }
        }
        var elementIDs: Set<String> = []
        for (index, element) in codebook.elements.enumerated() {
            let path = "elements[\(index)]"
            if let group = ValueSyntax.elementGroup(of: element.id) {
                if group != element.group {
                    report(.invalidID, in: file, path: path + ".id", "element id \"\(element.id)\" does not start with its group \"\(element.group)\"; write it as \"\(element.group).\(element.id.split(separator: ".").last ?? "")\"")
                }
            } else {
                report(.invalidID, in: file, path: path + ".id", "element id \"\(element.id)\" is not of the form group.name in lower-case kebab-case; write it like \"offence.illegal-access\"")
            }
            if !groupIDs.contains(element.group) {
                report(.unknownGroup, in: file, path: path + ".group", "unknown group \"\(element.group)\"" + Suggestion.phrase(for: element.group, in: codebook.groups.map(\.id), otherwise: "; add it to groups or use an existing group"))
            }
            if !elementIDs.insert(element.id).inserted {
                report(.duplicateID, in: file, path: path + ".id", "element id \"\(element.id)\" is used twice; give each element its own id")
            }
        }
        var formerIDs: Set<String> = []
        for (index, element) in codebook.elements.enumerated() {
            for (formerIndex, former) in element.formerIDs.enumerated() {
                let path = "elements[\(index)].formerIds[\(formerIndex)]"
                if ValueSyntax.elementGroup(of: former) == nil {
                    report(.invalidID, in: file, path: path, "former id \"\(former)\" is not of the form group.name in lower-case kebab-case; write the id exactly as it was published")
                } else if elementIDs.contains(former) {
                    report(.duplicateID, in: file, path: path, "former id \"\(former)\" is the id of a current element; an id can stand for one element only, so remove it from formerIds")
                } else if !formerIDs.insert(former).inserted {
                    report(.duplicateID, in: file, path: path, "former id \"\(former)\" is claimed by two elements; keep it on the element that replaced it")
                }
            }
        }
    }

    private mutating func check(_ file: DecodedFile<Instrument>, codebook: Codebook?) {
        let instrument = file.value
        if !ValueSyntax.isKebabCase(instrument.id) {
            report(.invalidID, in: file, path: "id", "id \"\(instrument.id)\" is not lower-case kebab-case; use letters, digits and single hyphens, like \"budapest-convention\"")
        } else if instrument.id != file.stem {
            report(.idMismatch, in: file, path: "id", "id \"\(instrument.id)\" does not match the file name \"\(file.stem).json\"; rename the file or change the id")
        }
        for (path, text) in [("status", instrument.status), ("entryIntoForce.condition", instrument.entryIntoForce?.condition ?? "")]
            where text.count > Self.longestStatus {
            report(.warning, .textTooLong, in: file, path: path, "\(text.count) characters; keep it to a short phrase of at most \(Self.longestStatus) characters (it heads comparisons and fills a table cell), and put the detail in the titles of \"sources\"")
        }
        if !Self.isValidDate(instrument.date) {
            report(.malformedDate, in: file, path: "date", "date \"\(instrument.date)\" is not an ISO date; write YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)")
        }
        for (index, source) in instrument.sources.enumerated() {
            checkURL(source.url, in: file, path: "sources[\(index)].url")
        }
        checkArticles(file)
        checkEntryIntoForce(file)
        checkDrawsOnSources(file)
        checkProvisions(file, codebook: codebook)
    }

    private mutating func checkEntryIntoForce(_ file: DecodedFile<Instrument>) {
        guard let entry = file.value.entryIntoForce else { return }
        if entry.ratifications < 1 {
            report(.invalidValue, in: file, path: "entryIntoForce.ratifications", "entry into force after \(entry.ratifications) ratifications; write how many the text requires, at least 1")
        }
        if let article = entry.article {
            checkCitation(article, in: file, path: "entryIntoForce.article", articles: Set(file.value.articles.map(\.number)), table: "the article table")
        } else if entry.condition == nil {
            report(.missingCitation, in: file, path: "entryIntoForce", "entry into force names no article; cite it in \"article\", or, where the final provisions are not numbered, say in \"condition\" where the rule stands")
        }
    }

    private mutating func checkDrawsOnSources(_ file: DecodedFile<Instrument>) {
        let listed = Set(file.value.sources.map(\.url))
        for (index, relation) in file.value.drawsOn.enumerated() {
            let path = "drawsOn[\(index)]"
            checkURL(relation.source, in: file, path: path + ".source")
            if !listed.contains(relation.source) {
                report(.unlistedSource, in: file, path: path + ".source", "the source of a drawing relation is not in this instrument's \"sources\"; add it there with its title, so readers see who says so")
            }
            if relation.note.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                report(.warning, .emptyNote, in: file, path: path + ".note", "empty note; say in one sentence what the source says about the relation")
            }
        }
    }

    /// Reports a citation that is not pinpoint or names an article missing from `articles`.
    private mutating func checkCitation(_ citation: String, in file: DecodedFile<Instrument>, path: String, articles: Set<String>, table: String) {
        guard let article = ValueSyntax.citedArticle(citation) else {
            report(.malformedCitation, in: file, path: path, "citation \"\(citation)\" is not a pinpoint citation; write the article number with paragraphs in brackets, like \"24(3)\" or \"18(1)(b)\"")
            return
        }
        let number = String(article)
        if !articles.contains(number) {
            report(.unknownArticle, in: file, path: path, "citation \"\(citation)\" names article \(number), which is not in \(table); add article \(number) to \"articles\" there or correct the citation")
        }
    }

    private mutating func checkArticles(_ file: DecodedFile<Instrument>) {
        var numbers: Set<String> = []
        for (index, article) in file.value.articles.enumerated() {
            let path = "articles[\(index)].number"
            if !ValueSyntax.isArticleNumber(article.number) {
                report(.invalidValue, in: file, path: path, "article number \"\(article.number)\" is not a number as printed; write digits with an optional lower-case suffix, like \"24\" or \"2bis\"")
            }
            if !numbers.insert(article.number).inserted {
                report(.duplicateID, in: file, path: path, "article \(article.number) is listed twice; keep one row per article")
            }
        }
    }

    private mutating func checkProvisions(_ file: DecodedFile<Instrument>, codebook: Codebook?) {
        let instrument = file.value
        let articleNumbers = Set(instrument.articles.map(\.number))
        let hasOfficialSource = instrument.officialSource != nil
        let listedSources = Set(instrument.sources.map(\.url))
        var coded: Set<String> = []
        for (index, provision) in instrument.provisions.enumerated() {
            let path = "provisions[\(index)]"
            if let codebook {
                if codebook.element(provision.element) == nil {
                    let message: Diagnostic.Message = if let renamed = codebook.element(formerlyCalled: provision.element) {
                        "element \"\(provision.element)\" was renamed; write \"\(renamed.id)\" (see Rules/CHANGELOG.md)"
                    } else {
                        "unknown element \"\(provision.element)\"" + Suggestion.phrase(for: provision.element, in: codebook.elements.map(\.id), otherwise: "; use an element id from Rules/codebook.json")
                    }
                    report(.unknownElement, in: file, path: path + ".element", message)
                } else if !coded.insert(provision.element).inserted {
                    report(.duplicateCoding, in: file, path: path + ".element", "element \"\(provision.element)\" is coded twice; merge the two codings into one")
                }
            }
            for (citationIndex, citation) in provision.articles.enumerated() {
                checkCitation(citation, in: file, path: "\(path).articles[\(citationIndex)]", articles: articleNumbers, table: "the article table")
            }
            if provision.status == .absent && !provision.articles.isEmpty {
                report(.warning, .absentWithCitations, in: file, path: path + ".articles", "an absent coding cites articles; an absent coding cites nothing, so move what these articles do into the note or recode the element")
            }
            if provision.reservable && !provision.articles.contains(where: { $0.contains("(") }) {
                report(.warning, .reservationNotCited, in: file, path: path + ".articles", "a reservable coding cites no paragraph; cite the paragraph that permits the reservation, like \"4(2)\" or \"23(3)\"")
            }
            if provision.status.provides && provision.evidence == .text && provision.articles.isEmpty {
                report(.missingCitation, in: file, path: path + ".articles", "a \(provision.status.rawValue) coding read in the text cites no article; cite the article and paragraph, like \"24(3)\"")
            }
            if provision.evidence == .secondary && provision.sources.isEmpty {
                report(.missingSources, in: file, path: path + ".sources", "secondary evidence without sources; list the URLs of the reports this coding relies on")
            }
            for (sourceIndex, url) in provision.sources.enumerated() {
                checkURL(url, in: file, path: "\(path).sources[\(sourceIndex)]")
                if !listedSources.contains(url) {
                    report(.warning, .unlistedSource, in: file, path: "\(path).sources[\(sourceIndex)]", "this source is not in the instrument's \"sources\"; list it there with its title (and publisher and date), so reports can name it")
                }
            }
            if provision.note.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                report(.warning, .emptyNote, in: file, path: path + ".note", "empty note; say in one to three sentences what the instrument does on this element")
            } else if provision.note.utf8.count > Self.longestNote, case let length = provision.note.count, length > Self.longestNote {
                report(.warning, .textTooLong, in: file, path: path + ".note", "note of \(length) characters; keep notes to one to three sentences (at most \(Self.longestNote) characters)")
            }
            if provision.status == .absent && provision.evidence == .text && !hasOfficialSource {
                report(.warning, .absentWithoutOfficialSource, in: file, path: path + ".status", "absent is claimed from the text, but the instrument lists no official source; add the official text to \"sources\" or mark the evidence secondary")
            }
        }
        if let codebook {
            for element in codebook.elements where !coded.contains(element.id) {
                report(.missingCoding, in: file, path: "provisions", "element \"\(element.id)\" is not coded; add a provision for it (status \"unknown\" if it is not established)")
            }
        }
    }

    private mutating func checkURL<V>(_ url: String, in file: DecodedFile<V>, path: String) {
        guard let scheme = Self.webScheme(of: url) else {
            report(.malformedURL, in: file, path: path, "\"\(url.prefix(80))\" is not an http or https URL; write a full address such as https://www.coe.int/…")
            return
        }
        if scheme == "http" {
            report(.warning, .insecureURL, in: file, path: path, "\"\(url)\" is not https; use the https address where the site offers one")
        }
    }

    private mutating func checkReferences(_ files: [DecodedFile<Instrument>]) {
        let ids = files.map(\.value.id)
        var seen: Set<String> = []
        for file in files {
            let instrument = file.value
            if !seen.insert(instrument.id).inserted {
                report(.duplicateID, in: file, path: "id", "instrument id \"\(instrument.id)\" is used by another file too; give each instrument its own id")
            }
            for (index, relation) in instrument.drawsOn.enumerated() where relation.instrument == instrument.id || !ids.contains(relation.instrument) {
                let message: Diagnostic.Message = relation.instrument == instrument.id
                    ? "an instrument cannot draw on itself; name the earlier instrument"
                    : "drawsOn names \"\(relation.instrument)\", which is not an instrument in Rules/instruments" + Suggestion.phrase(for: relation.instrument, in: ids, otherwise: "; add that instrument or remove the entry")
                report(.unknownReference, in: file, path: "drawsOn[\(index)].instrument", message)
            }
            for (index, provision) in instrument.provisions.enumerated() {
                guard let reference = provision.byReference else { continue }
                let path = "provisions[\(index)].byReference"
                guard reference.instrument != instrument.id, let target = files.first(where: { $0.value.id == reference.instrument }) else {
                    let message: Diagnostic.Message = reference.instrument == instrument.id
                        ? "a coding cannot apply its own instrument by reference; cite the article in \"articles\" and remove byReference"
                        : "byReference names \"\(reference.instrument)\", which is not an instrument in Rules/instruments" + Suggestion.phrase(for: reference.instrument, in: ids, otherwise: "; name the instrument whose articles are applied")
                    report(.unknownReference, in: file, path: path + ".instrument", message)
                    continue
                }
                if reference.articles.isEmpty {
                    report(.missingCitation, in: file, path: path + ".articles", "byReference cites no article; list the articles of \(reference.instrument) that are applied, like \"24\"")
                }
                let numbers = Set(target.value.articles.map(\.number))
                for (articleIndex, citation) in reference.articles.enumerated() {
                    checkCitation(citation, in: file, path: "\(path).articles[\(articleIndex)]", articles: numbers, table: "the article table of \(reference.instrument)")
                }
            }
            for (key, target) in [("supplements", instrument.supplements), ("follows", instrument.follows)] {
                guard let target else { continue }
                if target == instrument.id && key == "supplements" {
                    report(.invalidValue, in: file, path: key, "an instrument cannot supplement itself; name the instrument this one adds to, or null")
                } else if !ids.contains(target) {
                    report(.unknownReference, in: file, path: key, "\(key) names \"\(target)\", which is not an instrument in Rules/instruments" + Suggestion.phrase(for: target, in: ids, otherwise: "; add that instrument or set \(key) to null"))
                }
            }
        }
        let follows = Dictionary(files.map { ($0.value.id, $0.value.follows) }, uniquingKeysWith: { first, _ in first })
        for file in files {
            var chain = [file.value.id]
            var next = follows[file.value.id] ?? nil
            while let current = next, !chain.contains(current) {
                chain.append(current)
                next = follows[current] ?? nil
            }
            // Report each cycle once, at its member with the smallest id.
            if let current = next, current == file.value.id, file.value.id == chain.min() {
                report(.followsCycle, in: file, path: "follows", "\"follows\" forms a cycle: \((chain + [current]).joined(separator: " → ")); a lineage must run from older to newer texts, so set one of them to null")
            }
        }
    }

    /// `http` or `https` for an absolute web address with a host and no spaces or control characters; else nil.
    static func webScheme(of url: String) -> String? {
        let bytes = url.utf8
        let spaceOrControl = bytes.contains { $0 <= 0x20 || $0 == 0x7F }
            || (!url.utf8.allSatisfy { $0 < 0x80 } && url.unicodeScalars.contains { $0.properties.isWhitespace })
        guard !spaceOrControl else { return nil }
        func hasPrefix(_ prefix: String) -> Bool {
            bytes.count >= prefix.utf8.count && zip(bytes, prefix.utf8).allSatisfy { $0 | 0x20 == $1 }
        }
        let scheme = hasPrefix("https://") ? "https" : hasPrefix("http://") ? "http" : nil
        guard let scheme else { return nil }
        let authority = url.utf8.dropFirst(scheme.utf8.count + 3).prefix { !"/?#".utf8.contains($0) }
        let afterUser = authority.lastIndex(of: UInt8(ascii: "@")).map { authority[authority.index(after: $0)...] } ?? authority[...]
        let host = Substring(afterUser.prefix { $0 != UInt8(ascii: ":") })
        let hostCharacters = host.unicodeScalars.allSatisfy {
            switch $0 {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "[", "]": true
            case _ where $0.isASCII: false
            default: Character($0).isLetter || Character($0).isNumber
            }
        }
        guard !host.isEmpty, hostCharacters else { return nil }
        return scheme
    }

    static func isValidDate(_ date: String) -> Bool {
        guard let (year, month, day) = ValueSyntax.dateParts(date) else { return false }
        guard let month else { return true }
        guard (1...12).contains(month) else { return false }
        guard let day else { return true }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
