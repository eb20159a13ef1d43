import Foundation

/// The one place where text from Rules is made safe for each output format.
public enum Escaping {
    /// Text for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        var result = ""
        appendHTML(text, to: &result)
        return result
    }

    /// Appends `text` to `output` escaped for HTML, copying runs without special characters whole.
    public static func appendHTML(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let entity: String?
            switch utf8[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: entity = nil
            }
            if let entity {
                output += text[runStart..<index]
                output += entity
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[runStart..<utf8.endIndex]
    }

    /// Text for GitHub-flavoured Markdown, safe inside a table cell: every character that could start
    /// inline markup is backslash-escaped, so is a character that would start a block at the beginning
    /// of a line, and line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        let utf8 = text.utf8
        var output = ""
        var runStart = utf8.startIndex
        var index = runStart
        var position = 0
        var leadingDigits = false
        while index != utf8.endIndex {
            let byte = utf8[index]
            var replacement: String?
            var width = 1
            switch byte {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x26, 0x7E:  // \ ` * _ [ ] < > | & ~
                replacement = "\\" + String(UnicodeScalar(byte))
            case 0x23, 0x2B, 0x2D, 0x3D:  // # + - = start a block only at the start
                if position == 0 { replacement = "\\" + String(UnicodeScalar(byte)) }
            case 0x2E, 0x29:  // . or ) after leading digits would start an ordered list
                if leadingDigits { replacement = "\\" + String(UnicodeScalar(byte)) }
            case 0x0A, 0x0D, 0x09, 0x0B, 0x0C:
                replacement = " "
            case 0xC2 where utf8.index(after: index) != utf8.endIndex && utf8[utf8.index(after: index)] == 0x85:
                replacement = " "; width = 2
            case 0xE2:
                var next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x80 {
                    next = utf8.index(after: next)
                    if next != utf8.endIndex, utf8[next] == 0xA8 || utf8[next] == 0xA9 { replacement = " "; width = 3 }
                }
            default:
                break
            }
            leadingDigits = (position == 0 || leadingDigits) && (0x30...0x39).contains(byte)
            position += 1
            if let replacement {
                output += text[runStart..<index]
                output += replacement
                index = utf8.index(index, offsetBy: width)
                runStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        output += text[runStart..<utf8.endIndex]
        return output
    }

    /// A URL for a Markdown link target or an HTML attribute, or nil unless it is http or https.
    public static func safeURL(_ url: String) -> String? {
        let lowered = url.prefix(8).lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        var result = ""
        var runStart = url.utf8.startIndex
        var index = runStart
        while index != url.utf8.endIndex {
            let byte = url.utf8[index]
            switch byte {
            case 0x00...0x20, 0x7F:
                return nil
            case 0x28, 0x29, 0x3C, 0x3E, 0x22, 0x27, 0x60, 0x5B, 0x5D, 0x5C, 0x7C:  // ( ) < > " ' ` [ ] \ |
                result += url[runStart..<index]
                result += "%" + String(byte, radix: 16, uppercase: true)
                runStart = url.utf8.index(after: index)
            default:
                break
            }
            index = url.utf8.index(after: index)
        }
        if url.unicodeScalars.contains(where: { $0.value > 0x7F && $0.properties.isWhitespace }) { return nil }
        result += url[runStart..<url.utf8.endIndex]
        return result
    }

    /// One RFC 4180 field: quoted when it holds a comma, quote or line break.
    public static func csv(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix("=") || field.hasPrefix("+") || field.hasPrefix("-") || field.hasPrefix("@")
        guard needsQuotes else { return field }
        let guarded = field.first.map { "=+-@".contains($0) } == true ? "'" + field : field
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
