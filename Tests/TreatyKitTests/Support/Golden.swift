import Foundation
import Testing

/// Compares output with a stored golden file; `TREATYDIFF_RECORD=1` re-records it (and the test then
/// fails, so a recording is never mistaken for a pass).
enum Golden {
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Fixtures.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TREATYDIFF_RECORD"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run the tests again without TREATYDIFF_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run with TREATYDIFF_RECORD=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("\(name) differs from its golden file:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// A readable line diff: `-` expected, `+` actual.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, let line, _): lines.append("-\(offset + 1): \(line)")
            case .insert(let offset, let line, _): lines.append("+\(offset + 1): \(line)")
            }
        }
        return lines.prefix(60).joined(separator: "\n")
    }
}
