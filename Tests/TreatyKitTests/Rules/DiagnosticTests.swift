import Foundation
import Testing
@testable import TreatyKit

/// Every diagnostic code, triggered on purpose, with its message, file and position checked.
@Suite struct DiagnosticTests {
    /// The one finding with `code`, failing the test unless there is exactly one.
    private func only(_ code: Diagnostic.Code, in result: RulesLoader.Result, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let matching = result.diagnostics.filter { $0.code == code }
        #expect(matching.count == 1, "expected one \(code.rawValue), got: \(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        return matching.first
    }

    /// The one-based line of the first occurrence of `needle`.
    private func line(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    private func sample(_ change: (inout [String: Any]) -> Void) -> String {
        var object = Fixtures.instrument()
        change(&object)
        return Fixtures.json(object)
    }

    private func check(_ code: Diagnostic.Code, text: String, name: String = "sample.json", path: String, lineOf needle: String?,
                       says message: String, severity: Diagnostic.Severity = .error, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = Fixtures.load(instruments: [(name, text)])
        guard let diagnostic = only(code, in: result, sourceLocation: sourceLocation) else { return }
        #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
        #expect(diagnostic.file == "Rules/instruments/\(name)", sourceLocation: sourceLocation)
        #expect(diagnostic.path == path, sourceLocation: sourceLocation)
        #expect(diagnostic.message.contains(message), "message was: \(diagnostic.message)", sourceLocation: sourceLocation)
        if let needle {
            #expect(diagnostic.location?.line == line(of: needle, in: text), "at \(String(describing: diagnostic.location))", sourceLocation: sourceLocation)
        }
        if severity == .error {
            #expect(result.ruleSet == nil, sourceLocation: sourceLocation)
        }
    }

    @Test func aValidInstrumentLoadsWithoutFindings() throws {
        let result = Fixtures.load(instruments: [("sample.json", Fixtures.json(Fixtures.instrument()))])
        #expect(result.diagnostics.isEmpty)
        let ruleSet = try #require(result.ruleSet)
        #expect(ruleSet.instruments.map(\.id) == ["sample"])
        #expect(ruleSet.instrument("sample")?.provision(for: "cooperation.extradition")?.articles == ["24(3)"])
    }

    @Test func printsInTheCompilerForm() {
        let diagnostic = Diagnostic(.error, .unknownKey, file: "Rules/instruments/x.json", location: TextPosition(line: 12, column: 5),
                                    path: "provisions[3]", message: "unknown key \"citaton\"; did you mean \"articles\"?")
        #expect(diagnostic.description == #"Rules/instruments/x.json:12:5: error: [rules.unknown-key] unknown key "citaton" at provisions[3]; did you mean "articles"?"#)
    }

    // MARK: Reading and syntax

    @Test func emptyFile() {
        check(.emptyFile, text: "  \n", path: "", lineOf: nil, says: "the file is empty")
    }

    @Test func byteOrderMarkIsAWarningAndTheFileStillLoads() {
        let result = Fixtures.load(instruments: [("sample.json", "\u{FEFF}" + Fixtures.json(Fixtures.instrument()))])
        let diagnostic = only(.byteOrderMark, in: result)
        #expect(diagnostic?.severity == .warning)
        #expect(diagnostic?.location == TextPosition(line: 1, column: 1))
        #expect(result.ruleSet != nil)
        #expect(result.diagnostics.fails(strict: true))
    }

    @Test func invalidUTF8() {
        let bytes = Array("{\n\"id\": \"".utf8) + [0xFF] + Array("\"}".utf8)
        let result = RulesLoader.load(codebook: .init(name: "Rules/codebook.json", bytes: Array(Fixtures.codebook.utf8)),
                                      instruments: [.init(name: "Rules/instruments/sample.json", bytes: bytes)])
        let diagnostic = only(.invalidUTF8, in: result)
        #expect(diagnostic?.location == TextPosition(line: 2, column: 8))
        #expect(diagnostic?.message.contains("save the file with UTF-8") == true)
    }

    @Test func malformedJSONCarriesLineAndColumn() {
        let result = Fixtures.load(instruments: [("sample.json", "{\n  \"id\": \"sample\"\n  \"title\": \"x\"\n}")])
        let diagnostic = only(.syntax, in: result)
        #expect(diagnostic?.location == TextPosition(line: 3, column: 3))
        #expect(diagnostic?.description.hasPrefix("Rules/instruments/sample.json:3:3: error: [rules.syntax] malformed JSON") == true)
    }

    @Test func tooDeep() {
        check(.tooDeep, text: "{\"a\": " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}",
              path: "", lineOf: nil, says: "nested more than")
    }

    @Test func notAnObject() {
        check(.notAnObject, text: "[1, 2]", path: "", lineOf: "[", says: "must be a JSON object")
    }

    @Test func fileTooLarge() {
        let huge = "{\"note\": \"" + String(repeating: "x", count: RulesLoader.maximumFileSize) + "\"}"
        check(.fileTooLarge, text: huge, path: "", lineOf: nil, says: "larger than")
    }

    // MARK: Shape

    @Test func unsupportedSchemaVersion() {
        check(.unsupportedSchemaVersion, text: sample { $0["schemaVersion"] = 2 }, path: "schemaVersion",
              lineOf: "\"schemaVersion\"", says: "schemaVersion 2 is not supported")
    }

    @Test func unknownKeyWithSuggestion() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["articels"] = ["2"] } }
        check(.unknownKey, text: text, path: "provisions[0]", lineOf: "\"articels\"", says: #"unknown key "articels"; did you mean "articles"?"#)
    }

    @Test func duplicateKey() {
        let text = Fixtures.json(Fixtures.instrument()).replacingOccurrences(of: "\"body\" : \"Council of Europe\",", with: "\"body\" : \"Council of Europe\",\n  \"body\" : \"Twice\",")
        check(.duplicateKey, text: text, path: "body", lineOf: "\"body\" : \"Twice\"", says: "appears twice")
    }

    @Test func missingKey() {
        check(.missingKey, text: sample { $0["title"] = nil }, path: "top level", lineOf: "{", says: #"missing key "title""#)
    }

    @Test func wrongType() {
        check(.wrongType, text: sample { $0["date"] = 2001 }, path: "date", lineOf: "\"date\"", says: "expected a string, found a number")
    }

    @Test func invalidValueWithSuggestion() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["status"] = "mandatry" } }
        check(.invalidValue, text: text, path: "provisions[0].status", lineOf: "\"mandatry\"", says: #"did you mean "mandatory"?"#)
    }

    // MARK: Meaning

    @Test func invalidID() {
        check(.invalidID, text: sample { $0["id"] = "Sample_1" }, path: "id", lineOf: "\"Sample_1\"", says: "not lower-case kebab-case")
    }

    @Test func idMismatch() {
        check(.idMismatch, text: sample { $0["id"] = "other" }, path: "id", lineOf: "\"other\"", says: "does not match the file name \"sample.json\"")
    }

    @Test func duplicateArticleNumber() {
        let text = sample { $0["articles"] = [["number": "2", "title": "A", "part": NSNull()], ["number": "2", "title": "B", "part": NSNull()], ["number": "24", "title": "C", "part": NSNull()]] }
        check(.duplicateID, text: text, path: "articles[1].number", lineOf: nil, says: "article 2 is listed twice")
    }

    @Test func unknownElementWithSuggestion() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["element"] = "offence.ilegal-access" } }
        let result = Fixtures.load(instruments: [("sample.json", text)])
        let diagnostic = only(.unknownElement, in: result)
        #expect(diagnostic?.message.contains(#"did you mean "offence.illegal-access"?"#) == true)
        #expect(diagnostic?.location?.line == line(of: "\"offence.ilegal-access\"", in: text))
        #expect(only(.missingCoding, in: result)?.message.contains("offence.illegal-access") == true)
    }

    @Test func duplicateCoding() {
        let text = sample { object in Fixtures.editProvision(&object, 1) { $0["element"] = "offence.illegal-access" } }
        check(.duplicateCoding, text: text, path: "provisions[1].element", lineOf: nil, says: "coded twice")
    }

    @Test func missingCoding() {
        let text = sample { object in object["provisions"] = [(object["provisions"] as! [[String: Any]])[0]] }
        check(.missingCoding, text: text, path: "provisions", lineOf: "\"provisions\"", says: #"element "cooperation.extradition" is not coded"#)
    }

    @Test func malformedCitation() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["articles"] = ["Art. 2"] } }
        check(.malformedCitation, text: text, path: "provisions[0].articles[0]", lineOf: "\"Art. 2\"", says: "not a pinpoint citation")
    }

    @Test func unknownArticle() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["articles"] = ["9(1)"] } }
        check(.unknownArticle, text: text, path: "provisions[0].articles[0]", lineOf: "\"9(1)\"", says: "names article 9, which is not in the article table")
    }

    @Test func missingCitation() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["articles"] = [String]() } }
        check(.missingCitation, text: text, path: "provisions[0].articles", lineOf: nil, says: "cites no article")
    }

    @Test func aCodingSourceMissingFromTheInstrumentsListIsAWarning() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["evidence"] = "secondary"; $0["sources"] = ["https://example.org/unlisted"] } }
        check(.unlistedSource, text: text, path: "provisions[0].sources[0]", lineOf: "unlisted", says: "list it there with its title", severity: .warning)
    }

    @Test func secondaryEvidenceMayLackArticlesButNotSources() {
        let withSources = sample { object in Fixtures.editProvision(&object, 0) { $0["articles"] = [String](); $0["evidence"] = "secondary"; $0["sources"] = ["https://example.org/sample"] } }
        #expect(Fixtures.load(instruments: [("sample.json", withSources)]).diagnostics.isEmpty)
        let without = sample { object in Fixtures.editProvision(&object, 0) { $0["evidence"] = "secondary" } }
        check(.missingSources, text: without, path: "provisions[0].sources", lineOf: nil, says: "secondary evidence without sources")
    }

    @Test func malformedURLRejectsOtherSchemes() {
        let text = sample { $0["sources"] = [["title": "x", "url": "javascript:alert(1)", "language": "en", "official": true]] }
        check(.malformedURL, text: text, path: "sources[0].url", lineOf: "javascript:", says: "is not an http or https URL")
    }

    @Test func insecureURLIsAWarning() {
        let text = sample { $0["sources"] = [["title": "x", "url": "http://example.org/x", "language": "en", "official": true]] }
        check(.insecureURL, text: text, path: "sources[0].url", lineOf: "\"url\"", says: "is not https", severity: .warning)
    }

    @Test(arguments: ["2001-13-01", "2001-02-29", "23.11.2001", "2001-1-1", ""])
    func malformedDate(date: String) {
        check(.malformedDate, text: sample { $0["date"] = date }, path: "date", lineOf: "\"date\"", says: "is not an ISO date")
    }

    @Test(arguments: ["2000-02-29", "2017-05", "2017"])
    func acceptsPartialAndLeapDates(date: String) {
        #expect(RulesValidator.isValidDate(date))
    }

    @Test func unknownReference() {
        check(.unknownReference, text: sample { $0["supplements"] = "budapest" }, path: "supplements", lineOf: "\"budapest\"", says: "not an instrument in Rules/instruments")
    }

    @Test func followsCycleIsReportedOnce() {
        var a = Fixtures.instrument(id: "a"), b = Fixtures.instrument(id: "b")
        a["follows"] = "b"
        b["follows"] = "a"
        let result = Fixtures.load(instruments: [("a.json", Fixtures.json(a)), ("b.json", Fixtures.json(b))])
        let diagnostic = only(.followsCycle, in: result)
        #expect(diagnostic?.file == "Rules/instruments/a.json")
        #expect(diagnostic?.message.contains("a → b → a") == true)
    }

    @Test func selfFollowIsACycle() {
        check(.followsCycle, text: sample { $0["follows"] = "sample" }, path: "follows", lineOf: "\"follows\"", says: "sample → sample")
    }

    @Test func emptyNoteIsAWarning() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["note"] = " " } }
        check(.emptyNote, text: text, path: "provisions[0].note", lineOf: nil, says: "empty note", severity: .warning)
    }

    @Test func overlongNoteIsAWarning() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["note"] = String(repeating: "Long. ", count: 400) } }
        check(.textTooLong, text: text, path: "provisions[0].note", lineOf: nil, says: "keep notes to one to three sentences", severity: .warning)
    }

    @Test func absentFromTheTextWithoutAnOfficialSourceIsAWarning() {
        let text = sample { object in
            object["sources"] = [["title": "Mirror", "url": "https://example.org/m", "language": "en", "official": false]]
            Fixtures.editProvision(&object, 1) { $0["status"] = "absent"; $0["articles"] = [String]() }
        }
        check(.absentWithoutOfficialSource, text: text, path: "provisions[1].status", lineOf: nil, says: "lists no official source", severity: .warning)
    }

    @Test func anOverlongStatusIsAWarning() {
        let text = sample { $0["status"] = String(repeating: "in force, ", count: 20) }
        check(.textTooLong, text: text, path: "status", lineOf: "\"in force, in force", says: "keep it to a short phrase", severity: .warning)
    }

    @Test func absentWithCitationsIsAWarning() {
        let text = sample { object in Fixtures.editProvision(&object, 1) { $0["status"] = "absent" } }
        check(.absentWithCitations, text: text, path: "provisions[1].articles", lineOf: nil, says: "an absent coding cites nothing", severity: .warning)
    }

    @Test func reservableWithoutAParagraphIsAWarning() {
        let text = sample { object in Fixtures.editProvision(&object, 0) { $0["reservable"] = true; $0["articles"] = ["2"] } }
        check(.reservationNotCited, text: text, path: "provisions[0].articles", lineOf: nil, says: "cite the paragraph that permits the reservation", severity: .warning)
        let cited = sample { object in Fixtures.editProvision(&object, 0) { $0["reservable"] = true; $0["declarable"] = true } }
        #expect(Fixtures.load(instruments: [("sample.json", cited)]).diagnostics.isEmpty)
    }

    @Test func byReferenceMustNameAnInstrumentAndArticlesInItsTable() throws {
        let base = Fixtures.instrument(id: "base")
        func protocolApplying(_ reference: [String: Any]) -> String {
            var object = Fixtures.instrument(id: "addition")
            Fixtures.editProvision(&object, 1) { $0["byReference"] = reference }
            return Fixtures.json(object)
        }
        let good = Fixtures.load(instruments: [("base.json", Fixtures.json(base)), ("addition.json", protocolApplying(["instrument": "base", "articles": ["24(1)"]]))])
        #expect(good.diagnostics.isEmpty)
        let reference = try #require(good.ruleSet?.instrument("addition")?.provision(for: "cooperation.extradition")?.byReference)
        #expect(reference == Provision.Reference(instrument: "base", articles: ["24(1)"], shortTitle: "Sample"))

        let unknown = protocolApplying(["instrument": "bsae", "articles": ["24"]])
        let missing = Fixtures.load(instruments: [("base.json", Fixtures.json(base)), ("addition.json", unknown)])
        let diagnostic = only(.unknownReference, in: missing)
        #expect(diagnostic?.path == "provisions[1].byReference.instrument")
        #expect(diagnostic?.message.contains(#"did you mean "base"?"#) == true)
        #expect(diagnostic?.location?.line == line(of: "\"bsae\"", in: unknown))

        let wrongArticle = Fixtures.load(instruments: [("base.json", Fixtures.json(base)), ("addition.json", protocolApplying(["instrument": "base", "articles": ["99"]]))])
        #expect(only(.unknownArticle, in: wrongArticle)?.message.contains("not in the article table of base") == true)
    }

    @Test func drawsOnNeedsAListedSourceAndAKnownInstrument() {
        var later = Fixtures.instrument(id: "later")
        later["drawsOn"] = [["instrument": "sample", "source": "https://example.org/report", "note": "The drafters say so."]]
        let unlisted = Fixtures.load(instruments: [("sample.json", Fixtures.json(Fixtures.instrument())), ("later.json", Fixtures.json(later))])
        #expect(only(.unlistedSource, in: unlisted)?.path == "drawsOn[0].source")

        later["sources"] = [["title": "Official", "url": "https://example.org/report", "language": "en", "official": true]]
        later["drawsOn"] = [["instrument": "nothing", "source": "https://example.org/report", "note": "The drafters say so."]]
        let unknown = Fixtures.load(instruments: [("sample.json", Fixtures.json(Fixtures.instrument())), ("later.json", Fixtures.json(later))])
        #expect(only(.unknownReference, in: unknown)?.path == "drawsOn[0].instrument")

        later["drawsOn"] = [["instrument": "sample", "note": "No source."]]
        let sourceless = Fixtures.load(instruments: [("later.json", Fixtures.json(later))])
        #expect(only(.missingKey, in: sourceless)?.message.contains("missing key \"source\"") == true)
    }

    @Test func entryIntoForceCitesAnArticleInTheTable() throws {
        let good = Fixtures.load { $0["entryIntoForce"] = ["ratifications": 5, "article": "24(3)", "condition": "three of them members"] }
        #expect(good.diagnostics.isEmpty)
        #expect(good.ruleSet?.instrument("sample")?.entryIntoForce == Instrument.EntryIntoForce(ratifications: 5, article: "24(3)", condition: "three of them members"))
        let text = sample { $0["entryIntoForce"] = ["ratifications": 0, "article": "36(3)"] }
        check(.unknownArticle, text: text, path: "entryIntoForce.article", lineOf: "\"36(3)\"", says: "names article 36")
    }

    @Test func aRenamedElementIdPointsToItsNewId() {
        let codebook = Fixtures.codebook.replacingOccurrences(
            of: #""label": "Extradition", "description": "Extradition.""#,
            with: #""label": "Extradition", "description": "Extradition.", "formerIds": ["cooperation.surrender"]"#)
        var object = Fixtures.instrument()
        Fixtures.editProvision(&object, 1) { $0["element"] = "cooperation.surrender" }
        let result = Fixtures.load(codebook: codebook, instruments: [("sample.json", Fixtures.json(object))])
        let diagnostic = result.diagnostics.first { $0.code == .unknownElement }
        #expect(diagnostic?.message == #"element "cooperation.surrender" was renamed; write "cooperation.extradition" (see Rules/CHANGELOG.md)"#)
    }

    // MARK: The codebook

    private func checkCodebook(_ code: Diagnostic.Code, _ text: String, says message: String) {
        let result = Fixtures.load(codebook: text, instruments: [])
        let diagnostic = only(code, in: result)
        #expect(diagnostic?.file == "Rules/codebook.json")
        #expect(diagnostic?.message.contains(message) == true, "message was: \(diagnostic?.message ?? "")")
        #expect(diagnostic?.location != nil)
    }

    @Test func codebookUnknownGroup() {
        checkCodebook(.unknownGroup, Fixtures.codebook.replacingOccurrences(of: #""group": "cooperation""#, with: #""group": "coperation""#),
                      says: #"did you mean "cooperation"?"#)
    }

    @Test func codebookDuplicateElement() {
        checkCodebook(.duplicateID, Fixtures.codebook.replacingOccurrences(of: "cooperation.extradition", with: "offence.illegal-access")
            .replacingOccurrences(of: #""group": "cooperation""#, with: #""group": "offence""#), says: "is used twice")
    }

    @Test func codebookElementMustStartWithItsGroup() {
        checkCodebook(.invalidID, Fixtures.codebook.replacingOccurrences(of: #""id": "cooperation.extradition""#, with: #""id": "offence.extradition""#),
                      says: "does not start with its group")
    }

    @Test func codebookVersionMustBeSemantic() {
        checkCodebook(.invalidValue, Fixtures.codebook.replacingOccurrences(of: "\"1.0.0\"", with: "\"one\""), says: "MAJOR.MINOR.PATCH")
    }

    @Test func codebookFormerIdsMustBeFreeAndWellFormed() {
        let taken = Fixtures.codebook.replacingOccurrences(
            of: #""description": "Extradition.""#, with: #""description": "Extradition.", "formerIds": ["offence.illegal-access"]"#)
        checkCodebook(.duplicateID, taken, says: "is the id of a current element")
        let malformed = Fixtures.codebook.replacingOccurrences(
            of: #""description": "Extradition.""#, with: #""description": "Extradition.", "formerIds": ["Extradition"]"#)
        checkCodebook(.invalidID, malformed, says: "former id \"Extradition\" is not of the form group.name")
    }

    // MARK: Translations

    /// A copy of the everything fixture, with its French translation, that a test may change.
    private func translatedCopy() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-translations-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.everything, to: copy)
        return copy
    }

    @Test func aStaleOrMissingFrenchNoteIsAWarning() throws {
        let copy = try translatedCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let clean = try RulesLoader.load(directory: copy, displayPath: "R")
        #expect(clean.diagnostics.isEmpty, "\(clean.diagnostics.map(\.description))")
        #expect(clean.ruleSet?.translations[.french]?.instruments.count == 4)

        // The English note changes: its French note is stale.
        let english = copy.appendingPathComponent("instruments/alpha-convention.json")
        let text = try String(contentsOf: english, encoding: .utf8)
        try text.replacingOccurrences(of: "Fixture coding: mandatory on offence.illegal-access.", with: "A revised note.")
            .write(to: english, atomically: true, encoding: .utf8)
        // A French note is removed and another names an element the instrument does not code.
        let french = copy.appendingPathComponent("translations/fr/instruments/alpha-protocol.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: french)) as? [String: Any])
        var notes = try #require(object["notes"] as? [[String: Any]])
        notes.removeFirst()
        notes[0]["element"] = "offence.spma"
        object["notes"] = notes
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: french)

        let result = try RulesLoader.load(directory: copy, displayPath: "R")
        let stale = try #require(result.diagnostics.first { $0.code == .staleTranslation })
        #expect(stale.severity == .warning)
        #expect(stale.file == "R/translations/fr/instruments/alpha-convention.json")
        #expect(stale.message.description.contains("offence.illegal-access has changed") && stale.message.description.contains(Translation.fingerprint(of: "A revised note.")))
        let missing = result.diagnostics.filter { $0.code == .missingTranslation }
        #expect(missing.map(\.file) == ["R/translations/fr/instruments/alpha-protocol.json", "R/translations/fr/instruments/alpha-protocol.json"])
        #expect(missing.contains { $0.message.description.contains("\"offence.illegal-access\" of alpha-protocol has no fr note") })
        let unknown = try #require(result.diagnostics.first { $0.code == .unknownElement })
        #expect(unknown.severity == .warning && unknown.message.description.contains(#"did you mean "offence.spam"?"#))
        // Warnings only: English reports still load, and the stale note is shown in English.
        let ruleSet = try #require(result.ruleSet)
        let translated = ruleSet.translated(to: .french)
        #expect(translated.instrument("alpha-convention")?.provision(for: "offence.illegal-access")?.note == "A revised note.")
        #expect(translated.instrument("alpha-convention")?.provision(for: "offence.spam")?.note == "Codage de test\u{00A0}: absent pour offence.spam.")
        #expect(translated.instrument("alpha-convention")?.shortTitle == "Convention Alpha")
        #expect(result.diagnostics.fails(strict: true) && !result.diagnostics.fails(strict: false))
    }

    @Test func aTranslationInTheWrongLanguageOrForNoInstrumentIsReported() throws {
        let copy = try translatedCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let folder = copy.appendingPathComponent("translations/fr/instruments")
        let text = try String(contentsOf: folder.appendingPathComponent("beta-draft.json"), encoding: .utf8)
        try text.replacingOccurrences(of: #""language": "fr""#, with: #""language": "de""#)
            .write(to: folder.appendingPathComponent("beta-draft.json"), atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: #""id": "beta-draft""#, with: #""id": "delta-draft""#)
            .write(to: folder.appendingPathComponent("delta-draft.json"), atomically: true, encoding: .utf8)
        let result = try RulesLoader.load(directory: copy, displayPath: "R")
        #expect(result.diagnostics.contains { $0.code == .invalidValue && $0.message.description.contains(#"language "de" does not match"#) })
        #expect(result.diagnostics.contains { $0.code == .unknownReference && $0.file.hasSuffix("delta-draft.json") })
        #expect(result.ruleSet == nil)
    }

    // MARK: Files on disk

    @Test func directoryProblems() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-diagnostics-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("instruments/folder.json"), withIntermediateDirectories: true)
        try Data("not rules".utf8).write(to: directory.appendingPathComponent("instruments/README.txt"))
        let result = try RulesLoader.load(directory: directory, displayPath: "R")
        #expect(only(.missingFile, in: result)?.file == "R/codebook.json")
        #expect(only(.notAFile, in: result)?.file == "R/instruments/folder.json")
        #expect(result.diagnostics.count == 2)
    }

    @Test func aMissingRulesDirectoryIsAReadError() {
        #expect(throws: RulesLoader.ReadError.self) {
            _ = try RulesLoader.load(directory: URL(fileURLWithPath: "/nonexistent/rules"), displayPath: "/nonexistent/rules")
        }
    }

    @Test func specialAndUnreadableFilesAreFindings() {
        // Covered end to end by HostileRulesTests; the codes are .notAFile and .unreadableFile.
        #expect(Diagnostic.Code.unreadableFile.rawValue == "rules.unreadable-file")
    }

    @Test func everyCodeHasATestHere() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        for code in Diagnostic.Code.allCases {
            #expect(source.contains(".\(code)"), "no test names Diagnostic.Code.\(code)")
        }
    }
}
