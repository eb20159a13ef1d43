#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the Rules in other languages (`translations/<language>/`: `codebook.json`,
/// `instruments/<id>.json`, `MANUAL.md`) and checks them against the English: every group, element,
/// instrument and note translated, no unknown id, and no note older than the English it renders.
/// Gaps and stale notes are warnings, so English reports never wait for a translation; `--strict`
/// makes them fail.
enum TranslationLoader {
    static let directory = "translations"
    static let codebookKeys = ["$schema", "schemaVersion", "language", "groups", "elements"]
    static let wordingKeys = ["id", "label", "description"]
    static let instrumentKeys = ["$schema", "schemaVersion", "language", "id", "title", "shortTitle", "notes"]
    static let noteKeys = ["element", "fingerprint", "note"]

    /// The translations found under `rules`, checked against `ruleSet`, with every finding.
    static func load(rules: URL, ruleSet: RuleSet) -> (translations: [Language: Translation], diagnostics: [Diagnostic]) {
        var translations: [Language: Translation] = [:]
        var diagnostics: [Diagnostic] = []
        for language in Language.allCases where language != .english {
            let folder = directory + "/" + language.rawValue
            let root = rules.appendingPathComponent(folder)
            guard FileStatus(path: root.path).isDirectory else { continue }
            var translation = Translation(language: language)
            var checker = Checker(language: language, ruleSet: ruleSet)

            if let file = RulesLoader.read(root.appendingPathComponent("codebook.json"), name: folder + "/codebook.json", diagnostics: &diagnostics),
               let node = RulesLoader.parse(file, diagnostics: &diagnostics) {
                let reader = FileReader(file: file.name)
                if let (groups, elements) = codebook(node, reader: reader, checker: &checker) {
                    translation.groups = groups
                    translation.elements = elements
                }
                diagnostics += reader.diagnostics
                checker.checkCodebook(translation, file: file.name, root: node)
            }

            let instrumentsFolder = root.appendingPathComponent("instruments")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: instrumentsFolder.path)) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            for name in names {
                let shown = folder + "/instruments/" + name
                guard let file = RulesLoader.read(instrumentsFolder.appendingPathComponent(name), name: shown, diagnostics: &diagnostics),
                      let node = RulesLoader.parse(file, diagnostics: &diagnostics) else { continue }
                let reader = FileReader(file: shown)
                if let (id, wording) = instrument(node, reader: reader, checker: &checker) {
                    checker.checkInstrument(id: id, wording: wording, file: shown, stem: RuleSet.stem(of: name), root: node)
                    translation.instruments[id] = wording
                }
                diagnostics += reader.diagnostics
            }
            checker.checkEveryInstrumentTranslated(translation, folder: folder)

            let manual = root.appendingPathComponent(RulesLoader.manualName)
            if FileStatus(path: manual.path).exists,
               let file = RulesLoader.read(manual, name: folder + "/" + RulesLoader.manualName, diagnostics: &diagnostics) {
                translation.manual = String(decoding: file.bytes, as: UTF8.self)
            }
            diagnostics += checker.diagnostics
            translations[language] = translation
        }
        return (translations, diagnostics)
    }

    // MARK: Decoding

    private static func header(_ root: ObjectView, reader: FileReader, checker: inout Checker) -> Bool {
        guard RulesDecoder.schemaVersionIsSupported(root, reader: reader) else { return false }
        if let language = reader.string(root, "language"), language != checker.language.rawValue {
            reader.report(.invalidValue, at: root["language"]?.location, path: "language",
                          "language \"\(language)\" does not match the folder \(directory)/\(checker.language.rawValue); write \"\(checker.language.rawValue)\" or move the file")
        }
        return true
    }

    private static func codebook(_ node: JSONNode, reader: FileReader, checker: inout Checker)
        -> (groups: [String: Translation.Wording], elements: [String: Translation.Wording])? {
        guard let root = reader.object(node, path: "", keys: codebookKeys, required: codebookKeys.filter { $0 != "$schema" }),
              header(root, reader: reader, checker: &checker) else { return nil }
        func wordings(_ key: String) -> [String: Translation.Wording] {
            var result: [String: Translation.Wording] = [:]
            for item in reader.objects(root, key) ?? [] {
                guard let object = reader.object(item.node, path: item.path, keys: wordingKeys, required: wordingKeys),
                      let id = reader.string(object, "id"), let label = reader.string(object, "label"),
                      let description = reader.string(object, "description") else { continue }
                if result[id] != nil {
                    reader.report(.duplicateID, at: object["id"]?.location, path: item.path + ".id", "\"\(id)\" is translated twice; keep one entry")
                }
                result[id] = Translation.Wording(label: label, description: description)
            }
            return result
        }
        return (wordings("groups"), wordings("elements"))
    }

    private static func instrument(_ node: JSONNode, reader: FileReader, checker: inout Checker) -> (String, Translation.InstrumentWording)? {
        guard let root = reader.object(node, path: "", keys: instrumentKeys, required: instrumentKeys.filter { $0 != "$schema" }),
              header(root, reader: reader, checker: &checker),
              let id = reader.string(root, "id"), let title = reader.string(root, "title"),
              let shortTitle = reader.string(root, "shortTitle") else { return nil }
        var notes: [String: Translation.Note] = [:]
        for item in reader.objects(root, "notes") ?? [] {
            guard let object = reader.object(item.node, path: item.path, keys: noteKeys, required: noteKeys),
                  let element = reader.string(object, "element"), let fingerprint = reader.string(object, "fingerprint"),
                  let note = reader.string(object, "note") else { continue }
            if notes[element] != nil {
                reader.report(.duplicateCoding, at: object["element"]?.location, path: item.path + ".element", "element \"\(element)\" has two notes; keep one")
            }
            notes[element] = Translation.Note(fingerprint: fingerprint, text: note)
        }
        return (id, Translation.InstrumentWording(title: title, shortTitle: shortTitle, notes: notes))
    }

    // MARK: Checks against the English

    /// Compares a translation with the English rule set, collecting warnings.
    struct Checker {
        let language: Language
        let ruleSet: RuleSet
        var diagnostics: [Diagnostic] = []

        private mutating func warn(_ code: Diagnostic.Code, file: String, root: JSONNode?, path: String, _ message: Diagnostic.Message) {
            diagnostics.append(Diagnostic(.warning, code, file: file, location: root?.node(at: path)?.location ?? root?.location, path: path, message: message))
        }

        mutating func checkCodebook(_ translation: Translation, file: String, root: JSONNode) {
            let groupIDs = ruleSet.codebook.groups.map(\.id), elementIDs = ruleSet.codebook.elements.map(\.id)
            for id in groupIDs where translation.groups[id] == nil {
                warn(.missingTranslation, file: file, root: root, path: "groups", "group \"\(id)\" has no \(language.rawValue) label; add it to groups")
            }
            for id in elementIDs where translation.elements[id] == nil {
                warn(.missingTranslation, file: file, root: root, path: "elements", "element \"\(id)\" has no \(language.rawValue) label; add it to elements")
            }
            for (key, known, code) in [("groups", groupIDs, Diagnostic.Code.unknownGroup), ("elements", elementIDs, .unknownElement)] {
                guard case .array(let items)? = root.node(at: key)?.value else { continue }
                for (index, item) in items.enumerated() {
                    guard case .string(let id)? = item.node(at: "id")?.value, !known.contains(id) else { continue }
                    warn(code, file: file, root: root, path: "\(key)[\(index)].id", "\"\(id)\" is not in Rules/codebook.json" + Suggestion.phrase(for: id, in: known, otherwise: "; remove the entry"))
                }
            }
        }

        mutating func checkInstrument(id: String, wording: Translation.InstrumentWording, file: String, stem: String, root: JSONNode) {
            if id != stem {
                warn(.idMismatch, file: file, root: root, path: "id", "id \"\(id)\" does not match the file name \"\(stem).json\"; rename the file or change the id")
            }
            guard let instrument = ruleSet.instrument(id) else {
                warn(.unknownReference, file: file, root: root, path: "id", "\"\(id)\" is not an instrument in Rules/instruments" + Suggestion.phrase(for: id, in: ruleSet.instruments.map(\.id), otherwise: "; remove this file or add the instrument"))
                return
            }
            guard case .array(let items)? = root.node(at: "notes")?.value else { return }
            var noted: Set<String> = []
            for (index, item) in items.enumerated() {
                guard case .string(let element)? = item.node(at: "element")?.value else { continue }
                noted.insert(element)
                guard let provision = instrument.provision(for: element) else {
                    warn(.unknownElement, file: file, root: root, path: "notes[\(index)].element", "\(instrument.id) codes no element \"\(element)\"" + Suggestion.phrase(for: element, in: instrument.provisions.map(\.element), otherwise: "; remove the note"))
                    continue
                }
                if case .string(let fingerprint)? = item.node(at: "fingerprint")?.value, fingerprint != Translation.fingerprint(of: provision.note) {
                    warn(.staleTranslation, file: file, root: root, path: "notes[\(index)].fingerprint", "the English note of \(element) has changed since this note was written; bring the note in step, then set fingerprint to \"\(Translation.fingerprint(of: provision.note))\"")
                }
            }
            for provision in instrument.provisions where !noted.contains(provision.element) {
                warn(.missingTranslation, file: file, root: root, path: "notes", "\(element(provision.element)) of \(instrument.id) has no \(language.rawValue) note; add one with fingerprint \"\(Translation.fingerprint(of: provision.note))\"")
            }
        }

        private func element(_ id: String) -> String { "element \"\(id)\"" }

        mutating func checkEveryInstrumentTranslated(_ translation: Translation, folder: String) {
            for instrument in ruleSet.instruments where translation.instruments[instrument.id] == nil {
                diagnostics.append(Diagnostic(.warning, .missingTranslation, file: "\(folder)/instruments/\(instrument.id).json", location: nil, path: "",
                                              message: "\(instrument.id) has no \(language.rawValue) translation; write this file with its title, short title and a note for every coding"))
            }
        }
    }
}
