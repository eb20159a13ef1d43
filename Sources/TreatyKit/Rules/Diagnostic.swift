/// One finding about the Rules data: what is wrong, where, and how to fix it.
public struct Diagnostic: Sendable, Equatable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var code: Code
    /// The file's path as the user named it (relative to the working directory when possible).
    public var file: String
    public var location: TextPosition?
    /// Where in the JSON, such as `provisions[3].articles[0]`; empty for the whole file.
    public var path: String
    /// What is wrong, and how to fix it.
    public var text: Message

    /// What is wrong and how to fix it, in one line.
    public var message: String {
        text.fix.map { "\(text.summary); \($0)" } ?? text.summary
    }

    public init(_ severity: Severity, _ code: Code, file: String, location: TextPosition?, path: String, message: Message) {
        self.severity = severity
        self.code = code
        self.file = file
        self.location = location
        self.path = path
        self.text = message
    }

    /// The compiler form: `file:line:col: error: [code] summary at path; fix`, with control
    /// characters in the file name, path and values escaped so that one finding is one line.
    public var description: String {
        var position = Escaping.terminal(file)
        if let location {
            position += ":\(location.line):\(location.column)"
        }
        let place = path.isEmpty ? "" : " at \(Escaping.terminal(path))"
        let fix = text.fix.map { "; " + Escaping.terminal($0) } ?? ""
        return "\(position): \(severity.rawValue): [\(code.rawValue)] \(Escaping.terminal(text.summary))\(place)\(fix)"
    }

    /// A finding's text in two parts, split where the source text (never a value interpolated into
    /// it) first has a `;`: what is wrong, then how to fix it. The place in the file goes between.
    public struct Message: Sendable, Equatable, ExpressibleByStringInterpolation {
        public var summary: String
        public var fix: String?

        public init(summary: String, fix: String?) {
            self.summary = summary
            self.fix = fix
        }

        public init(stringLiteral value: String) {
            var interpolation = StringInterpolation(literalCapacity: 0, interpolationCount: 0)
            interpolation.appendLiteral(value)
            self.init(stringInterpolation: interpolation)
        }

        public init(stringInterpolation: StringInterpolation) {
            summary = stringInterpolation.summary
            fix = stringInterpolation.fix
        }

        public struct StringInterpolation: StringInterpolationProtocol {
            var summary = ""
            var fix: String?

            public init(literalCapacity: Int, interpolationCount: Int) {}

            /// Source text: its first `;` (if the fix has not begun) starts the fix.
            public mutating func appendLiteral(_ literal: String) {
                guard fix == nil, let split = literal.firstIndex(of: ";") else {
                    append(literal)
                    return
                }
                summary += literal[..<split]
                fix = String(literal[literal.index(after: split)...].drop { $0 == " " })
            }

            /// A value: never split, whatever it holds.
            public mutating func appendInterpolation<T>(_ value: T) {
                append(String(describing: value))
            }

            mutating func append(_ text: String) {
                if fix != nil { fix! += text } else { summary += text }
            }
        }

        /// Source text appended to a message, such as a did-you-mean phrase that starts with `;`.
        public static func + (message: Message, text: String) -> Message {
            var interpolation = StringInterpolation(literalCapacity: 0, interpolationCount: 0)
            interpolation.summary = message.summary
            interpolation.fix = message.fix
            interpolation.appendLiteral(text)
            return Message(stringInterpolation: interpolation)
        }
    }

    /// Sorts by file, position, then code, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let left = (lhs.file, lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.code.rawValue, lhs.message)
        let right = (rhs.file, rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.code.rawValue, rhs.message)
        return left < right
    }

    /// Stable identifiers of every kind of finding.
    public enum Code: String, Sendable, CaseIterable {
        case missingFile = "rules.missing-file"
        case notAFile = "rules.not-a-file"
        case unreadableFile = "rules.unreadable-file"
        case fileTooLarge = "rules.file-too-large"
        case emptyFile = "rules.empty-file"
        case byteOrderMark = "rules.byte-order-mark"
        case invalidUTF8 = "rules.invalid-utf8"
        case syntax = "rules.syntax"
        case tooDeep = "rules.too-deep"
        case notAnObject = "rules.not-an-object"
        case unsupportedSchemaVersion = "rules.unsupported-schema-version"
        case unknownKey = "rules.unknown-key"
        case duplicateKey = "rules.duplicate-key"
        case missingKey = "rules.missing-key"
        case wrongType = "rules.wrong-type"
        case invalidValue = "rules.invalid-value"
        case invalidID = "rules.invalid-id"
        case idMismatch = "rules.id-mismatch"
        case duplicateID = "rules.duplicate-id"
        case unknownGroup = "rules.unknown-group"
        case unknownElement = "rules.unknown-element"
        case duplicateCoding = "rules.duplicate-coding"
        case missingCoding = "rules.missing-coding"
        case malformedCitation = "rules.malformed-citation"
        case unknownArticle = "rules.unknown-article"
        case missingCitation = "rules.missing-citation"
        case missingSources = "rules.missing-sources"
        case malformedURL = "rules.malformed-url"
        case malformedDate = "rules.malformed-date"
        case unknownReference = "rules.unknown-reference"
        case followsCycle = "rules.follows-cycle"
        case emptyNote = "rules.empty-note"
        case absentWithoutOfficialSource = "rules.absent-without-official-source"
        case insecureURL = "rules.insecure-url"
        case textTooLong = "rules.text-too-long"
        case absentWithCitations = "rules.absent-with-citations"
        case reservationNotCited = "rules.reservation-not-cited"
        case unlistedSource = "rules.unlisted-source"
        case missingTranslation = "rules.missing-translation"
        case staleTranslation = "rules.stale-translation"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error, or any at all when warnings count as errors.
    public func fails(strict: Bool) -> Bool {
        contains { $0.severity == .error || strict }
    }
}
