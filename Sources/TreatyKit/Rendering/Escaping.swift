import Foundation

/// The one place where text from Rules is made safe for each output format.
public enum Escaping {
    /// Text for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text for GitHub-flavoured Markdown, safe inside a table cell: every character that could start
    /// inline markup is backslash-escaped, so is a character that would start a block at the beginning
    /// of a line, and line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atStart = true
        var leadingDigits = false
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~":
                result.append("\\")
                result.append(character)
            case "#", "+", "-", "=":
                if atStart { result.append("\\") }
                result.append(character)
            case ".", ")":
                if leadingDigits { result.append("\\") }
                result.append(character)
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\t":
                result.append(" ")
            default:
                result.append(character)
            }
            leadingDigits = (atStart || leadingDigits) && character.isASCII && character.isNumber
            atStart = false
        }
        return result
    }

    /// A URL for a Markdown link target or an HTML attribute, or nil unless it is http or https.
    public static func safeURL(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        guard !url.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }) else { return nil }
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "(", ")", "<", ">", "\"", "'", "`", "[", "]", "\\", "|":
                result += "%" + String(scalar.value, radix: 16, uppercase: true)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
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
