/// The one place where text from Rules is made safe for each output format.
public enum Escaping {
    /// Text for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        var result = TextBuffer()
        appendHTML(text, to: &result)
        return result.text
    }

    /// Appends `text` to `output` escaped for HTML, copying runs without special characters whole.
    static func appendHTML(_ text: String, to output: inout TextBuffer) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let entity: StaticString
                switch bytes[index] {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                case 0x27: entity = "&#39;"
                default: continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output += entity
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Text for GitHub-flavoured Markdown, safe inside a table cell: every character that could start
    /// inline markup is backslash-escaped, so is a character that would start a block at the beginning
    /// of a line, and line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        var result = TextBuffer()
        appendMarkdown(text, to: &result)
        return result.text
    }

    /// Appends `text` to `output` escaped for Markdown, copying runs without special characters whole.
    static func appendMarkdown(_ text: String, to output: inout TextBuffer) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            var leadingDigits = false
            func flush(upTo end: Int) {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
            }
            while index < bytes.count {
                let byte = bytes[index]
                var replacement: StaticString?
                var width = 1
                switch byte {
                case 0x3C:  // < as an entity: GFM's autolinks swallow a backslash before it after a URL
                    replacement = "&lt;"
                case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3E, 0x7C, 0x26, 0x7E:  // \ ` * _ [ ] > | & ~
                    replacement = backslashed(byte)
                case 0x23, 0x2B, 0x2D, 0x3D:  // # + - = start a block only at the start
                    if index == 0 { replacement = backslashed(byte) }
                case 0x2E, 0x29:  // . or ) after leading digits would start an ordered list
                    if leadingDigits { replacement = backslashed(byte) }
                case 0x0A, 0x0D, 0x09, 0x0B, 0x0C:
                    replacement = " "
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:  // U+0085
                    replacement = " "; width = 2
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):  // U+2028, U+2029
                    replacement = " "; width = 3
                default:
                    break
                }
                leadingDigits = (index == 0 || leadingDigits) && (0x30...0x39).contains(byte)
                if let replacement {
                    flush(upTo: index)
                    output += replacement
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush(upTo: bytes.count)
        }
    }

    /// The length of the longest run of backticks in `text`, so a Markdown fence can be made longer.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0, current = 0
        for byte in text.utf8 {
            current = byte == 0x60 ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    /// Appends `text` as a Markdown code span when that is safe: no backtick, no `|` (which splits a
    /// table cell even inside a span), no control or line-separating character (a CR ends the line,
    /// and with it the span) and no `<` (GFM's autolinks can swallow the opening backtick after a URL
    /// in the text before it, leaving the span's content as Markdown). Any other text is escaped as
    /// ordinary Markdown text instead.
    static func appendMarkdownCode(_ text: String, to output: inout TextBuffer) {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x60, 0x7C, 0x3C, 0x2028, 0x2029: false
            default: true
            }
        }
        guard safe else {
            appendMarkdown(text, to: &output)
            return
        }
        output += "`"
        output += text
        output += "`"
    }

    /// Text for a terminal or a log line: control characters (C0, DEL, C1), line and paragraph
    /// separators and bidirectional controls are written as `\n`, `\r`, `\t` or `\u{…}`, so a
    /// value can neither start a new line nor send escape sequences.
    public static func terminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isTerminalControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isTerminalControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: true
        default: false
        }
    }

    /// The backslash-escaped form of an ASCII punctuation byte.
    private static func backslashed(_ byte: UInt8) -> StaticString {
        switch byte {
        case 0x5C: "\\\\"
        case 0x60: "\\`"
        case 0x2A: "\\*"
        case 0x5F: "\\_"
        case 0x5B: "\\["
        case 0x5D: "\\]"
        case 0x3C: "\\<"
        case 0x3E: "\\>"
        case 0x7C: "\\|"
        case 0x26: "\\&"
        case 0x7E: "\\~"
        case 0x23: "\\#"
        case 0x2B: "\\+"
        case 0x2D: "\\-"
        case 0x3D: "\\="
        case 0x2E: "\\."
        default: "\\)"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, nothing else.
    static func appendJSONString(_ string: String, to out: inout TextBuffer) {
        out += "\""
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case 0x08: out += "\\b"
                case 0x0C: out += "\\f"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
                }
                runStart = index + 1
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out += "\""
    }

    /// A URL for a Markdown link target or an HTML attribute, or nil unless it is http or https.
    /// Characters that could end a Markdown link or break out of an attribute are percent-encoded.
    public static func safeURL(_ url: String) -> String? {
        var copy = url
        let checked = copy.withUTF8 { bytes -> [UInt8]?? in
            func hasPrefix(_ prefix: StaticString) -> Bool {
                bytes.count >= prefix.utf8CodeUnitCount
                    && (0..<prefix.utf8CodeUnitCount).allSatisfy { bytes[$0] | 0x20 == prefix.utf8Start[$0] }
            }
            guard hasPrefix("https://") || hasPrefix("http://") else { return nil }
            var result: [UInt8]?
            for index in 0..<bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x00...0x20, 0x7F:
                    return nil
                case 0x28, 0x29, 0x3C, 0x3E, 0x22, 0x27, 0x60, 0x5B, 0x5D, 0x5C, 0x7C:  // ( ) < > " ' ` [ ] \ |
                    if result == nil { result = Array(bytes[..<index]) }
                    let hex = Array("0123456789ABCDEF".utf8)
                    result?.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                default:
                    if byte >= 0x80 && isUnicodeSpace(bytes, at: index) { return nil }
                    result?.append(byte)
                }
            }
            return .some(result)
        }
        // nil: refused; .some(nil): safe as it is; .some(bytes): percent-encoded.
        guard let checked else { return nil }
        return checked.map { String(decoding: $0, as: UTF8.self) } ?? url
    }

    /// Whether the UTF-8 sequence at `index` is a non-ASCII space or line separator (U+0085, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    private static func isUnicodeSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch (bytes[index], byte(1), byte(2)) {
        case (0xC2, 0x85?, _), (0xC2, 0xA0?, _), (0xE1, 0x9A?, 0x80?), (0xE3, 0x80?, 0x80?), (0xE2, 0x81?, 0x9F?):
            return true
        case (0xE2, 0x80?, let third?):
            return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
        default:
            return false
        }
    }

    /// One RFC 4180 field: quoted when it holds a comma, quote or line break (looked for in the
    /// Unicode scalars, so `"\r\n"` or a quote with a combining mark cannot hide one), and guarded
    /// with a leading `'` when a spreadsheet could read it as a formula.
    public static func csv(_ field: String) -> String {
        let scalars = field.unicodeScalars
        let guarded = startsFormula(scalars)
        let needsQuotes = guarded || scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        var result = String.UnicodeScalarView()
        result.append("\"")
        if guarded { result.append("'") }
        for scalar in scalars {
            if scalar == "\"" { result.append("\"") }
            result.append(scalar)
        }
        result.append("\"")
        return String(result)
    }

    /// Whether a spreadsheet could take a cell as a formula: it starts with a tab or carriage return,
    /// or its first visible character (after spaces and invisible format characters) is `=`, `+`, `-`
    /// or `@`, in ASCII or full width.
    private static func startsFormula(_ scalars: String.UnicodeScalarView) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        for scalar in scalars {
            switch scalar.value {
            case 0x3D, 0x2B, 0x2D, 0x40, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20:  // = + - @ and their full-width forms
                return true
            case 0x00...0x20, 0x7F...0xA0, 0xAD, 0x034F, 0x061C, 0x115F, 0x1160, 0x1680, 0x180E, 0x2000...0x200F,
                 0x2028...0x202F, 0x205F...0x206F, 0x3000, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0:
                continue  // spaces, controls and invisible characters
            default:
                return false
            }
        }
        return false
    }
}
