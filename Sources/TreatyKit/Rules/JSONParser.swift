/// A strict RFC 8259 JSON parser that records the line and column of every value.
///
/// Foundation's `JSONSerialization` reports neither, and a reader fixing a long file needs both.
/// Nesting is limited so hostile input cannot exhaust the stack.
struct JSONParser {
    /// Why a file could not be parsed, and where.
    struct Failure: Error, Equatable {
        enum Kind: Equatable {
            case invalidUTF8
            case syntax(String)
            case tooDeep
        }
        var kind: Kind
        var location: TextPosition
    }

    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    /// Parses a whole document; `bytes` must not start with a byte-order mark.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw Failure(kind: .invalidUTF8, location: location(ofOffset: bad, in: bytes))
        }
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw parser.failure("unexpected text after the end of the JSON value")
        }
        return node
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The line and byte column of a byte offset.
    static func location(ofOffset target: Int, in bytes: [UInt8]) -> TextPosition {
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.prefix(target).enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return TextPosition(line: line, column: target - lineStart + 1)
    }

    /// Columns count bytes, as compilers' do.
    private var here: TextPosition {
        TextPosition(line: line, column: offset - lineStart + 1)
    }

    private func failure(_ message: String) -> Failure {
        Failure(kind: .syntax(message), location: here)
    }

    private var current: UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0D:
                offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(Failure) -> JSONNode {
        let start = here
        guard let byte = current else {
            throw failure("the file ends where a value was expected; it may be truncated")
        }
        switch byte {
        case UInt8(ascii: "{"):
            return JSONNode(value: try parseObject(), location: start)
        case UInt8(ascii: "["):
            return JSONNode(value: try parseArray(), location: start)
        case UInt8(ascii: "\""):
            return JSONNode(value: .string(try parseString()), location: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(value: .bool(true), location: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(value: .bool(false), location: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(value: .null, location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: try parseNumber(), location: start)
        default:
            throw failure("unexpected character \(Self.describe(byte)) where a value was expected")
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth {
            throw Failure(kind: .tooDeep, location: here)
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONNode.Value {
        try enter()
        offset += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyLocation = here
            guard current == UInt8(ascii: "\"") else {
                throw current == nil
                    ? failure("the file ends inside an object; it may be truncated")
                    : failure("expected a key in double quotes, found \(Self.describe(current!))")
            }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw failure("expected ':' after the key \"\(key)\"")
            }
            offset += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    throw failure("trailing comma before '}'; remove it")
                }
            case UInt8(ascii: "}"):
                offset += 1
                depth -= 1
                return .object(members)
            case nil:
                throw failure("the file ends inside an object; it may be truncated")
            default:
                throw failure("expected ',' or '}' after the value of \"\(key)\"; a comma may be missing")
            }
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONNode.Value {
        try enter()
        offset += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    throw failure("trailing comma before ']'; remove it")
                }
            case UInt8(ascii: "]"):
                offset += 1
                depth -= 1
                return .array(items)
            case nil:
                throw failure("the file ends inside an array; it may be truncated")
            default:
                throw failure("expected ',' or ']' in an array; a comma may be missing")
            }
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        offset += 1
        let start = offset
        // Fast path: no escapes, so the string is a slice of the (already validated) bytes.
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
            offset += 1
        }
        if current == UInt8(ascii: "\"") {
            offset += 1
            return String(decoding: bytes[start..<(offset - 1)], as: UTF8.self)
        }
        var buffer = Array(bytes[start..<offset])
        while true {
            guard let byte = current else {
                throw failure("the file ends inside a string; a closing '\"' is missing")
            }
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                buffer.append(contentsOf: Array(String(try parseEscape()).utf8))
            case 0x00..<0x20:
                throw failure(byte == 0x0A
                    ? "a line break inside a string; close the string or write \\n"
                    : "a control character inside a string; escape it")
            default:
                buffer.append(byte)
                offset += 1
            }
        }
    }

    private mutating func parseEscape() throws(Failure) -> Unicode.Scalar {
        guard let byte = current else {
            throw failure("the file ends inside an escape sequence")
        }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw failure("a lone UTF-16 surrogate \\u\(String(high, radix: 16)) in a string")
                }
                offset += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw failure("an invalid UTF-16 surrogate pair in a string")
                }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw failure("a lone UTF-16 surrogate \\u\(String(high, radix: 16)) in a string")
            }
            return scalar
        default:
            offset -= 1
            throw failure("an invalid escape \\\(Self.describe(byte).trimmingQuotes) in a string")
        }
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else {
                throw failure("\\u must be followed by four hexadecimal digits")
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A number: `.integer` when written as an integer literal (no fraction, no exponent) that fits.
    private mutating func parseNumber() throws(Failure) -> JSONNode.Value {
        let start = offset
        func digits(_ parser: inout JSONParser) -> Int {
            let first = parser.offset
            while let byte = parser.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                parser.offset += 1
            }
            return parser.offset - first
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else if digits(&self) == 0 {
            throw failure("a number needs digits")
        }
        let integerEnd = offset
        if current == UInt8(ascii: ".") {
            offset += 1
            if digits(&self) == 0 { throw failure("a number needs digits after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            if digits(&self) == 0 { throw failure("a number needs digits in its exponent") }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if integerEnd == offset, let integer = Int(text) { return .integer(integer) }
        return .number(Double(text) ?? .infinity)
    }

    private mutating func expectWord(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected else {
            throw failure("unexpected text where a value was expected; strings need double quotes")
        }
        offset += expected.count
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}

private extension String {
    var trimmingQuotes: String {
        filter { $0 != "'" }
    }
}

/// Finds the first byte that breaks UTF-8, so the error can point at it.
enum UTF8Validation {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0x00..<0x80:
                index += 1
                continue
            case 0xC2..<0xE0: length = 2; minimum = 0x80
            case 0xE0..<0xF0: length = 3; minimum = 0x800
            case 0xF0..<0xF5: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for continuation in bytes[(index + 1)..<(index + length)] {
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800..<0xE000).contains(scalar) {
                return index
            }
            index += length
        }
        return nil
    }
}
