import Foundation

/// Whether Markdown would yield raw HTML: under cmark-gfm when it is installed (it replaces raw HTML
/// with a comment unless told otherwise), else a conservative pure-Swift scan.
enum MarkdownCheck {
    static let cmark = "/usr/bin/cmark-gfm"

    /// The HTML-like tags in `markdown` that a CommonMark renderer would pass through raw; the
    /// writer's own `<br>` is allowed.
    static func rawHTML(in markdown: String) -> [String] {
        if FileManager.default.isExecutableFile(atPath: cmark), let html = render(markdown) {
            return html.contains("raw HTML omitted") ? ["raw HTML omitted"] : []
        }
        return scan(markdown)
    }

    private static func render(_ markdown: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cmark)
        process.arguments = ["--extension", "table", "--extension", "strikethrough", "--extension", "autolink"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(markdown.replacing("<br>", with: "").utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Every unescaped `<` outside a code span that is followed by a letter, `/`, `!` or `?`.
    static func scan(_ markdown: String) -> [String] {
        var found: [String] = []
        for line in markdown.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let scalars = Array(line.unicodeScalars)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\" {
                    index += 2
                    continue
                }
                if scalar == "`" {
                    var run = 0
                    while index + run < scalars.count && scalars[index + run] == "`" { run += 1 }
                    if let close = closing(run, in: scalars, after: index + run) {
                        index = close + run
                    } else {
                        index += run
                    }
                    continue
                }
                if scalar == "<", index + 1 < scalars.count {
                    let next = scalars[index + 1]
                    let tag = String(String.UnicodeScalarView(scalars[index...].prefix(4)))
                    if (next.properties.isAlphabetic || next == "/" || next == "!" || next == "?") && tag != "<br>" {
                        found.append(String(String.UnicodeScalarView(scalars[index...].prefix(20))))
                    }
                }
                index += 1
            }
        }
        return found
    }

    /// Where a run of exactly `length` backticks starts after `start`, if any.
    private static func closing(_ length: Int, in scalars: [Unicode.Scalar], after start: Int) -> Int? {
        var index = start
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            var run = 0
            while index + run < scalars.count && scalars[index + run] == "`" { run += 1 }
            if run == length { return index }
            index += run
        }
        return nil
    }
}
