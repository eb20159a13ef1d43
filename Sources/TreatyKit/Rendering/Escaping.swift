import Foundation

/// The one place where text from Rules is made safe for each output format.
public enum Escaping {
    /// Text for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&#39;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text for GitHub-flavoured Markdown, safe inside a table cell: every character that could start
    /// inline markup is backslash-escaped, so is a character that would start a block at the beginning
    /// of a line, and line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~":
                result.append("\\")
                result.append(scalar)
            case "#", "+", "-", "=":
                if atStart { result.append("\\") }
                result.append(scalar)
            case ".", ")":
                if leadingDigits { result.append("\\") }
                result.append(scalar)
            case "\n", "\r", "\u{2028}", "\u{2029}", "\t", "\u{0B}", "\u{0C}", "\u{85}":
                result.append(" ")
            default:
                result.append(scalar)
            }
            leadingDigits = (atStart || leadingDigits) && ("0"..."9").contains(scalar)
            atStart = false
        }
        return String(result)
    }

    /// A URL for a Markdown link target or an HTML attribute, or nil unless it is http or https.
    public static func safeURL(_ url: String) -> String? {
        let lowered = url.prefix(8).lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
        var result = String.UnicodeScalarView()
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || (scalar.value > 0x7F && scalar.properties.isWhitespace) {
                return nil
            }
            switch scalar {
            case "(", ")", "<", ">", "\"", "'", "`", "[", "]", "\\", "|":
                result.append(contentsOf: ("%" + String(scalar.value, radix: 16, uppercase: true)).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
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
