/// Recognisers for the few shapes that Rules values take: ids, article numbers, citations, dates and
/// versions. Each reads the value's UTF-8 bytes once; only ASCII can ever match.
enum ValueSyntax {
    /// Lower-case kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`, like `data-protection`.
    static func isKebabCase(_ text: some StringProtocol) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard previous != UInt8(ascii: "-") else { return false }
            } else if !isLowerAlphanumeric(byte) {
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    /// The group part of an element id `group.name` (both kebab-case), or nil when the id is not of that form.
    static func elementGroup(of id: String) -> Substring? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, isKebabCase(parts[0]), isKebabCase(parts[1]) else { return nil }
        return parts[0]
    }

    /// An article number as printed: digits with an optional lower-case suffix, like `24` or `2bis`.
    static func isArticleNumber(_ text: some StringProtocol) -> Bool {
        let bytes = text.utf8
        let digits = bytes.prefix(while: isDigit).count
        return digits > 0 && bytes.dropFirst(digits).allSatisfy(isLowerLetter)
    }

    /// The article a pinpoint citation names (`18` in `18(1)(b)`), or nil when it is not a citation:
    /// an article number followed by any number of bracketed lower-case alphanumeric paragraphs.
    static func citedArticle(_ citation: String) -> Substring? {
        let end = citation.firstIndex(of: "(") ?? citation.endIndex
        let article = citation[..<end]
        guard isArticleNumber(article) else { return nil }
        var insideBrackets = false, empty = true
        for byte in citation[end...].utf8 {
            switch byte {
            case UInt8(ascii: "(") where !insideBrackets:
                insideBrackets = true
                empty = true
            case UInt8(ascii: ")") where insideBrackets && !empty:
                insideBrackets = false
            case _ where insideBrackets && isLowerAlphanumeric(byte):
                empty = false
            default:
                return nil
            }
        }
        return insideBrackets ? nil : article
    }

    /// A version `MAJOR.MINOR.PATCH` of decimal numbers.
    static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(isDigit) }
    }

    /// The numbers of an ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, without checking their ranges.
    static func dateParts(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.enumerated().allSatisfy({ $1.utf8.count == ($0 == 0 ? 4 : 2) && $1.utf8.allSatisfy(isDigit) }),
              let year = Int(parts[0]) else { return nil }
        return (year, parts.count > 1 ? Int(parts[1]) : nil, parts.count > 2 ? Int(parts[2]) : nil)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isLowerLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLowerLetter(byte)
    }
}
