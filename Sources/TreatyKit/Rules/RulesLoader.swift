#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Loads a Rules directory (`codebook.json` and `instruments/*.json`) into a validated `RuleSet`.
///
/// Every problem in every file is collected as a `Diagnostic`; only a Rules directory that cannot
/// be read at all is thrown as an error.
public enum RulesLoader {
    /// The largest file read; anything bigger is refused before it is parsed.
    public static let maximumFileSize = 4 * 1024 * 1024

    /// What loading produced: a rule set when there were no errors, and every finding.
    public struct Result: Sendable {
        public var ruleSet: RuleSet?
        public var diagnostics: [Diagnostic]
    }

    /// A file's name (as shown in diagnostics) and its bytes.
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Why the Rules could not be read at all (as opposed to read and found wrong).
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var fix: String

        public var description: String {
            "cannot read \(path): \(reason); \(fix)"
        }
    }

    /// Reads `directory`, naming files in diagnostics as `displayPath/…`. The rule set names its files
    /// relative to the Rules directory (`codebook.json`, `instruments/x.json`), so reports are the
    /// same bytes however the directory was named.
    public static func load(directory: URL, displayPath: String) throws(ReadError) -> Result {
        let manager = FileManager.default
        let status = FileStatus(path: directory.path)
        guard status.exists else {
            throw ReadError(path: displayPath, reason: "no such directory", fix: "pass the Rules directory with --rules DIR")
        }
        guard status.isDirectory else {
            throw ReadError(path: displayPath, reason: "it is a file, not a directory", fix: "pass the Rules directory with --rules DIR")
        }
        var diagnostics: [Diagnostic] = []
        let codebookName = "codebook.json"
        let codebook = read(directory.appendingPathComponent("codebook.json"), name: codebookName, diagnostics: &diagnostics)
        let decodedCodebook = codebook.flatMap { decode(codebook: $0, diagnostics: &diagnostics) }

        var names: [String] = []
        let folder = directory.appendingPathComponent("instruments")
        if FileStatus(path: folder.path).exists {
            do {
                names = try manager.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            } catch {
                throw ReadError(path: displayPath + "/instruments", reason: "its contents cannot be listed", fix: "check the directory's permissions")
            }
        }
        // Each instrument file is read, parsed, decoded and checked on its own, on all cores; only
        // its decoded value and what cross-file checks need are kept, so memory stays small.
        let codebookValue = decodedCodebook?.value
        let processed = names.concurrentMap { name -> Processed in
            var diagnostics: [Diagnostic] = []
            guard let file = read(folder.appendingPathComponent(name), name: "instruments/" + name, diagnostics: &diagnostics) else {
                return Processed(file: nil, diagnostics: diagnostics)
            }
            return process(file, codebook: codebookValue)
        }
        var result = finish(codebook: decodedCodebook, diagnostics: diagnostics, instruments: processed)
        result.diagnostics = shown(result.diagnostics, under: displayPath)
        result.ruleSet?.manual = readManual(directory, diagnostics: &result.diagnostics, displayPath: displayPath)
        if let ruleSet = result.ruleSet {
            let (translations, found) = TranslationLoader.load(rules: directory, ruleSet: ruleSet)
            result.ruleSet?.translations = translations
            result.diagnostics = (result.diagnostics + shown(found, under: displayPath)).sorted()
            if result.diagnostics.contains(where: { $0.severity == .error }) { result.ruleSet = nil }
        }
        return result
    }

    /// Findings named as the user named the Rules directory (`--rules ./R` shows `./R/codebook.json`);
    /// inside the loader, files are named relative to the directory.
    private static func shown(_ diagnostics: [Diagnostic], under displayPath: String) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var shown = diagnostic
            shown.file = displayPath + "/" + diagnostic.file
            return shown
        }
    }

    /// The JSON Schemas of a Rules directory (`schema/*.schema.json`) by file name, read with the same
    /// limits as every Rules file; a schema that cannot be read as a regular file is left out.
    public static func schemas(in rules: URL) -> [(name: String, content: String)] {
        let directory = rules.appendingPathComponent("schema")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".schema.json") }.sorted().compactMap { name in
            guard case .bytes(let bytes) = FileContents.load(directory.appendingPathComponent(name).path, limit: maximumFileSize) else { return nil }
            return (name, String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The coding manual's file name in a Rules directory.
    public static let manualName = "MANUAL.md"

    /// The manual's text, read with the same limits as every Rules file, or nil when the Rules have
    /// none; a manual that cannot be read is a finding like any other file.
    private static func readManual(_ directory: URL, diagnostics: inout [Diagnostic], displayPath: String) -> String? {
        let url = directory.appendingPathComponent(manualName)
        guard FileStatus(path: url.path).exists else { return nil }
        var found: [Diagnostic] = []
        let file = read(url, name: manualName, diagnostics: &found)
        diagnostics += shown(found, under: displayPath)
        return file.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// Loads files already in memory; the instruments' ids must match their file names' stems.
    public static func load(codebook: File?, instruments: [File]) -> Result {
        var diagnostics: [Diagnostic] = []
        let decodedCodebook = codebook.flatMap { decode(codebook: $0, diagnostics: &diagnostics) }
        let codebookValue = decodedCodebook?.value
        return finish(codebook: decodedCodebook, diagnostics: diagnostics,
                      instruments: instruments.concurrentMap { process($0, codebook: codebookValue) })
    }

    /// One instrument file after parsing, decoding and its own checks.
    private struct Processed: Sendable {
        /// The decoded file, keeping only the top-level values that cross-file checks point at;
        /// nil when the file could not be read, parsed or decoded.
        var file: DecodedFile<Instrument>?
        var diagnostics: [Diagnostic]
    }

    private static func decode(codebook: File, diagnostics: inout [Diagnostic]) -> DecodedFile<Codebook>? {
        guard let node = parse(codebook, diagnostics: &diagnostics) else { return nil }
        let reader = FileReader(file: codebook.name)
        let value = RulesDecoder.codebook(node, reader: reader)
        diagnostics += reader.diagnostics
        guard let value else { return nil }
        let decoded = DecodedFile(value: value, file: codebook.name, stem: "codebook", root: node)
        diagnostics += RulesValidator.check(codebook: decoded)
        return decoded
    }

    private static func process(_ file: File, codebook: Codebook?) -> Processed {
        var diagnostics: [Diagnostic] = []
        guard let node = parse(file, diagnostics: &diagnostics) else { return Processed(file: nil, diagnostics: diagnostics) }
        let reader = FileReader(file: file.name)
        let value = RulesDecoder.instrument(node, reader: reader)
        diagnostics += reader.diagnostics
        guard let value else { return Processed(file: nil, diagnostics: diagnostics) }
        var decoded = DecodedFile(value: value, file: file.name, stem: RuleSet.stem(of: file.name), root: node)
        diagnostics += RulesValidator.check(instrument: decoded, codebook: codebook)
        decoded.root = node.keeping(RulesValidator.crossFileKeys(for: value))
        return Processed(file: decoded, diagnostics: diagnostics)
    }

    /// Runs the checks across files and assembles the rule set when nothing is wrong.
    private static func finish(codebook: DecodedFile<Codebook>?, diagnostics: [Diagnostic], instruments: [Processed]) -> Result {
        let decoded = instruments.compactMap(\.file)
        var diagnostics = diagnostics + instruments.flatMap(\.diagnostics) + RulesValidator.checkReferences(decoded)
        diagnostics.sort()
        let failed = codebook == nil || decoded.count < instruments.count || diagnostics.contains { $0.severity == .error }
        guard !failed, let codebook else {
            return Result(ruleSet: nil, diagnostics: diagnostics)
        }
        let ruleSet = RuleSet(
            codebook: codebook.value,
            instruments: decoded.map(\.value),
            files: [codebook.file] + decoded.map(\.file),
            schemaVersion: RulesDecoder.supportedSchemaVersion)
        return Result(ruleSet: ruleSet, diagnostics: diagnostics)
    }

    static func read(_ url: URL, name: String, diagnostics: inout [Diagnostic]) -> File? {
        func report(_ code: Diagnostic.Code, _ message: Diagnostic.Message) -> File? {
            diagnostics.append(Diagnostic(.error, code, file: name, location: nil, path: "", message: message))
            return nil
        }
        switch FileContents.load(url.path, limit: maximumFileSize) {
        case .bytes(let bytes):
            return File(name: name, bytes: bytes)
        case .missing:
            return report(.missingFile, "file not found; create it (see Rules/schema/ and the README)")
        case .danglingLink:
            return report(.missingFile, "this is a symbolic link to a file that does not exist; point it at a Rules file or remove it")
        case .linkLoop:
            return report(.notAFile, "this is a symbolic link that leads in a loop; point it at a Rules file or remove it")
        case .directory:
            return report(.notAFile, "this is a directory, not a file; remove it or rename it so it does not end in .json")
        case .special:
            return report(.notAFile, "this is a device, FIFO or socket, not a regular file; replace it with a Rules file or remove it")
        case .tooLarge:
            return report(.fileTooLarge, "file larger than the \(maximumFileSize) bytes a Rules file may have; split it or remove what does not belong")
        case .unreadable(let reason):
            return report(.unreadableFile, "the file cannot be read (\(reason)); check its permissions, or replace it with an ordinary Rules file")
        }
    }

    static func parse(_ file: File, diagnostics: inout [Diagnostic]) -> JSONNode? {
        func report(_ code: Diagnostic.Code, _ location: TextPosition?, _ message: Diagnostic.Message, severity: Diagnostic.Severity = .error) {
            diagnostics.append(Diagnostic(severity, code, file: file.name, location: location, path: "", message: message))
        }
        var bytes = file.bytes
        if bytes.count > maximumFileSize {
            report(.fileTooLarge, nil, "file of \(bytes.count) bytes is larger than the \(maximumFileSize) bytes a Rules file may have; split it or remove what does not belong")
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            report(.byteOrderMark, TextPosition(line: 1, column: 1), "the file starts with a byte-order mark; save it as UTF-8 without BOM", severity: .warning)
            bytes.removeFirst(3)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            report(.emptyFile, nil, "the file is empty; write a JSON object (see Rules/schema/)")
            return nil
        }
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes)
        } catch {
            var location = error.location
            if file.bytes.starts(with: [0xEF, 0xBB, 0xBF]), location.line == 1 { location.column += 3 }
            switch error.kind {
            case .invalidUTF8:
                report(.invalidUTF8, location, "invalid UTF-8; save the file with UTF-8 encoding")
            case .syntax(let message):
                report(.syntax, location, "malformed JSON: \(message)")
            case .tooDeep:
                report(.tooDeep, location, "JSON nested more than \(JSONParser.maximumDepth) levels deep; Rules files need only a few levels")
            }
            return nil
        }
        guard case .object = node.value else {
            report(.notAnObject, node.location, "the file holds \(node.typeName), but a Rules file must be a JSON object { … }")
            return nil
        }
        return node
    }
}
