#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                output += entity.description
                runStart = index + 1
            }
            if runStart == 0 {
                output += String(decoding: bytes, as: UTF8.self)
            } else {
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            }
        }
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
        var url = url
        return url.withUTF8 { bytes -> String? in
            let https: [UInt8] = Array("https://".utf8), http: [UInt8] = Array("http://".utf8)
            func hasPrefix(_ prefix: [UInt8]) -> Bool {
                bytes.count >= prefix.count && (0..<prefix.count).allSatisfy { bytes[$0] | 0x20 == prefix[$0] | 0x20 }
            }
            guard hasPrefix(https) || hasPrefix(http) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x00...0x20, 0x7F:
                    return nil
                case 0x28, 0x29, 0x3C, 0x3E, 0x22, 0x27, 0x60, 0x5B, 0x5D, 0x5C, 0x7C:  // ( ) < > " ' ` [ ] \ |
                    result.append(contentsOf: Array("%\(String(byte, radix: 16, uppercase: true))".utf8))
                default:
                    if isUnicodeSpace(bytes, at: index) { return nil }
                    result.append(byte)
                }
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
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

    /// One RFC 4180 field: quoted when it holds a comma, quote or line break.
    public static func csv(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix("=") || field.hasPrefix("+") || field.hasPrefix("-") || field.hasPrefix("@")
        guard needsQuotes else { return field }
        let guarded = field.first.map { "=+-@".contains($0) } == true ? "'" + field : field
        return "\"" + guarded.replacing("\"", with: "\"\"") + "\""
    }
}
