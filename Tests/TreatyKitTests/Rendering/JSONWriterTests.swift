import Foundation
import Testing
@testable import TreatyKit

/// The JSON writer keeps the layout of Foundation's encoder, so the published JSON did not change
/// when it replaced it.
@Suite struct JSONWriterTests {
    struct Sample: Encodable {
        var alpha: String
        var bravo: [String]
        var charlie: [String: Int]
        var delta: Bool
        var echo: Double
        var foxtrot: [Int]
        var golf: String?

        func encode(to encoder: Encoder) throws {
            enum Key: String, CodingKey { case alpha, bravo, charlie, delta, echo, foxtrot, golf }
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(alpha, forKey: .alpha)
            try container.encode(bravo, forKey: .bravo)
            try container.encode(charlie, forKey: .charlie)
            try container.encode(delta, forKey: .delta)
            try container.encode(echo, forKey: .echo)
            try container.encode(foxtrot, forKey: .foxtrot)
            try container.encode(golf, forKey: .golf)
        }
    }

    @Test(arguments: [
        "plain", "quote \" and backslash \\", "line\nbreak\ttab\rreturn", "slash / stays", "control \u{01}\u{1F}\u{08}\u{0C}",
        "ünïcödé — “quotes” \u{2028}", "<script>alert(1)</script>", "",
    ])
    func matchesFoundationsLayout(text: String) throws {
        let sample = Sample(alpha: text, bravo: [text, "second"], charlie: ["b": 2, "a": 1], delta: true, echo: 0.667, foxtrot: [], golf: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(sample), as: UTF8.self) + "\n"
        let written = JSONWriter.document { json in
            json.object { json in
                json.field("alpha", sample.alpha)
                json.field("bravo", sample.bravo)
                json.field("charlie") { json in
                    json.field("a", 1)
                    json.field("b", 2)
                }
                json.field("delta", sample.delta)
                json.key("echo")
                json.number(sample.echo)
                json.field("foxtrot", array: sample.foxtrot) { $0.number($1) }
                json.field("golf", sample.golf)
            }
        }
        #expect(written == expected)
    }

    @Test func wholeNumbersHaveNoFraction() {
        let written = JSONWriter.document { json in
            json.array([1.0, 0.5, -3.0]) { $0.number($1) }
        }
        #expect(written == "[\n  1,\n  0.5,\n  -3\n]\n")
    }

    @Test func emptyContainersKeepABlankLine() {
        let written = JSONWriter.document { json in
            json.object { json in
                json.field("empty", array: [String]()) { $0.string($1) }
                json.field("none") { _ in }
            }
        }
        #expect(written == "{\n  \"empty\" : [\n\n  ],\n  \"none\" : {\n\n  }\n}\n")
    }
}
