import Foundation
import Testing
@testable import TreatyKit

/// Seeded random damage to valid files: the loader must never crash, and every input must either
/// load or explain itself with at least one error.
@Suite struct MutationTests {
    /// A small deterministic generator (SplitMix64), so failures can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let keys = RulesDecoder.instrumentKeys + RulesDecoder.provisionKeys + RulesDecoder.articleKeys + RulesDecoder.sourceKeys

    /// One mutation of a byte string: truncation, byte flips, deleted or duplicated keys, swapped types.
    static func mutate(_ text: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = text
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
        case 1:
            for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        case 2, 3:
            let key = "\"" + keys.randomElement(using: &random)! + "\""
            let source = String(decoding: bytes, as: UTF8.self)
            guard let range = source.range(of: key) else { break }
            let lineEnd = source[range.lowerBound...].firstIndex(of: "\n") ?? source.endIndex
            let line = String(source[range.lowerBound..<lineEnd])
            let replaced = source.replacingCharacters(in: range.lowerBound..<lineEnd, with: Int.random(in: 0...1, using: &random) == 0 ? "" : line + "\n" + line)
            bytes = Array(replaced.utf8)
        case 4:
            let swaps = [("\"text\"", "42"), ("true", "\"true\""), ("[", "{"), ("\"mandatory\"", "null"), ("\"2(1)\"", "[2]"), (": \"", ": [\"")]
            let (from, to) = swaps.randomElement(using: &random)!
            let source = String(decoding: bytes, as: UTF8.self)
            if let range = source.range(of: from) {
                bytes = Array(source.replacingCharacters(in: range, with: to).utf8)
            }
        case 5:
            let position = Int.random(in: 0...bytes.count, using: &random)
            bytes.insert(contentsOf: Array([",", "}", "]", "\"", "\\", "\u{0}", "{"].randomElement(using: &random)!.utf8), at: position)
        default:
            if bytes.count > 2 {
                let start = Int.random(in: 0..<bytes.count, using: &random)
                let end = min(bytes.count, start + Int.random(in: 1...40, using: &random))
                bytes.removeSubrange(start..<end)
            }
        }
        return bytes
    }

    @Test func tenThousandMutationsNeverCrashTheLoader() throws {
        let instrument = Array(Fixtures.json(Fixtures.instrument()).utf8)
        let codebook = Array(Fixtures.codebook.utf8)
        var random = Generator(state: 20_011_123)
        var loaded = 0, rejected = 0
        for round in 0..<10_000 {
            let mutateCodebook = round % 10 == 0
            let result = RulesLoader.load(
                codebook: .init(name: "Rules/codebook.json", bytes: mutateCodebook ? Self.mutate(codebook, &random) : codebook),
                instruments: [.init(name: "Rules/instruments/sample.json", bytes: mutateCodebook ? instrument : Self.mutate(instrument, &random))])
            if result.ruleSet != nil {
                loaded += 1
            } else {
                rejected += 1
                #expect(result.diagnostics.contains { $0.severity == .error }, "round \(round) was rejected without an error")
            }
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.message.isEmpty && !diagnostic.file.isEmpty)
            }
        }
        #expect(loaded + rejected == 10_000)
        #expect(rejected > 5_000, "the mutations should mostly break the file")
    }
}
