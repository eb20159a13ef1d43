/// The spacing rules of a language's typography, applied to the interface strings and the translated
/// data of that language (never to text in another language).
enum Typography {
    /// French: a no-break space (U+00A0) before `:` and inside « », a narrow no-break space (U+202F)
    /// before `;`, `!`, `?` and `%`. An ordinary space there becomes the no-break one; `;` `:` `!` `?`
    /// directly after a letter get one when a space or the end follows (so `https://` is left alone);
    /// `»` always gets one; `%` only where a space stood. Applying
    /// it twice changes nothing.
    static func french(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ";:!?«»%".unicodeScalars.contains($0) }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        // A piece of text that opens with the mark (": " after a name set in bold) follows a word.
        if scalars.count > 1, scalars[1] == " ", let first = scalars.first, ";:!?".unicodeScalars.contains(first) {
            out.append(first == ":" ? "\u{00A0}" : "\u{202F}")
        }
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let previous = out.last
            switch scalar {
            case ";", "!", "?", ":":
                let space: Unicode.Scalar = scalar == ":" ? "\u{00A0}" : "\u{202F}"
                let followedBySpace = next == nil || next == " " || next == "\u{00A0}" || next == "\n"
                if previous == " " {
                    out.removeLast()
                    out.append(space)
                } else if let previous, followedBySpace,
                          previous.properties.isAlphabetic || "0123456789)»…".unicodeScalars.contains(previous) {
                    out.append(space)
                }
                out.append(scalar)
            case "%" where previous == " ":
                out.removeLast()
                out.append("\u{202F}")
                out.append(scalar)
            case " " where previous == "«":
                out.append("\u{00A0}")
            case "»":
                if previous == " " {
                    out.removeLast()
                    out.append("\u{00A0}")
                } else if previous != "\u{00A0}" {
                    out.append("\u{00A0}")
                }
                out.append(scalar)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension Language {
    /// The colon that ends a term, as the language sets it: `Titre :` in French.
    var colon: String {
        self == .french ? "\u{00A0}:" : ":"
    }
}
