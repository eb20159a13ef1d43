import Foundation
import Testing
@testable import TreatyKit

/// Did-you-mean suggestions: the same answers as a plain edit distance, at a bounded cost.
@Suite struct SuggestionTests {
    /// The textbook Levenshtein distance, to check the banded one against.
    private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func theBandedDistanceAgreesWithTheTextbookOneWithinItsLimit() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<3_000 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            let limit = Int.random(in: 0...6, using: &generator)
            let expected = reference(a, b)
            let found = withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
                a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in Suggestion.distance(a, b, atMost: limit, rows: rows) } }
            }
            #expect(found == (expected <= limit ? expected : nil), "\(a) \(b) \(limit)")
        }
    }

    @Test func suggestionsStillFindTyposAndPrefixes() {
        #expect(Suggestion.closest(to: "compaer", in: ["compare", "check", "site"]) == "compare")
        #expect(Suggestion.closest(to: "Offence.Ilegal-Access", in: ["offence.illegal-access"]) == "offence.illegal-access")
        #expect(Suggestion.closest(to: "coop", in: ["offence", "cooperation"]) == "cooperation")
        #expect(Suggestion.closest(to: "zzzzzzzz", in: ["offence", "cooperation"]) == nil)
        #expect(Suggestion.closest(to: String(repeating: "x", count: 300), in: ["offence"]) == nil)
    }

    @Test func thousandsOfUnknownIdsAgainstAThousandCandidatesValidateQuickly() {
        // Before the cost was bounded this took minutes, even in a release build.
        let elements = (0..<1_000).map { "offence.element-\($0)-" + String(repeating: "a", count: 40) }
        let unknown = (0..<50).map { "offence.unknown-\($0)-" + String(repeating: "b", count: 40) }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for word in unknown {
                _ = Suggestion.closest(to: word, in: elements)
            }
            _ = Suggestion.closest(to: String(repeating: "g", count: 200), in: (0..<1_000).map { "g\($0)" + String(repeating: "h", count: 190) })
        }
        #expect(elapsed < .seconds(20), "50 look-ups among 1,000 candidates took \(elapsed)")
    }
}

/// A small deterministic generator (SplitMix64), so randomised tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
