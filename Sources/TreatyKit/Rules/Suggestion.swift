/// "Did you mean" suggestions by edit distance, with bounded cost: a Rules file under the size limit
/// may name thousands of unknown ids, each compared with thousands of candidates.
public enum Suggestion {
    /// The longest word (in UTF-8 bytes) compared by edit distance; a longer one gets only a prefix match.
    static let longestWord = 64
    /// At most this many candidates (the first, in the order given) are considered.
    static let mostCandidates = 2_000
    /// The most edits a suggestion may be away from the word.
    static let mostEdits = 5

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.utf8.map(lowercased)
        let considered = candidates.prefix(mostCandidates)
        var best: (distance: Int, candidate: String)?
        if lowered.count <= longestWord {
            let width = longestWord + mostEdits + 1
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
                lowered.withUnsafeBufferPointer { word in
                    for candidate in considered {
                        let length = candidate.utf8.count
                        var bound = min(mostEdits, max(2, min(word.count, length) / 3))
                        if let best { bound = min(bound, best.distance) }
                        guard abs(length - word.count) <= bound else { continue }
                        var copy = candidate
                        let found = copy.withUTF8 { other in
                            distance(word, other, atMost: bound, rows: rows)
                        }
                        guard let found else { continue }
                        if best == nil || (found, candidate) < (best!.distance, best!.candidate) {
                            best = (found, candidate)
                        }
                    }
                }
            }
        }
        if let best { return best.candidate }
        // A word that is the start of a candidate, or a candidate that is the start of the word.
        return considered.filter { candidate in
            !zip(lowered, candidate.utf8).contains { $0 != lowercased($1) }
        }.min()
    }

    /// `; did you mean "x"?`, or `otherwise` when nothing is close.
    static func phrase(for word: String, in candidates: [String], otherwise: String = "") -> String {
        guard let match = closest(to: word, in: candidates) else { return otherwise }
        return "; did you mean \"\(match)\"?"
    }

    /// An ASCII letter in lower case; any other byte as it is (ids are ASCII).
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Levenshtein distance between `word` (already in lower case) and `other` (compared in lower
    /// case), or nil as soon as it is sure to exceed `limit`: only the band of `limit` cells either
    /// side of the diagonal is computed, and a row whose every cell exceeds `limit` ends the work.
    /// `rows` holds two rows of `other.count + 1` cells.
    static func distance(_ word: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>, atMost limit: Int,
                         rows: UnsafeMutableBufferPointer<Int>) -> Int? {
        let (m, n) = (word.count, other.count)
        guard abs(m - n) <= limit, rows.count >= 2 * (n + 1) else { return nil }
        if m == 0 || n == 0 { return max(m, n) }
        let outside = limit + 1
        var previous = rows.baseAddress!, current = rows.baseAddress! + (n + 1)
        for j in 0...n { previous[j] = j <= limit ? j : outside }
        for i in 1...m {
            let low = max(1, i - limit), high = min(n, i + limit)
            current[0] = i <= limit ? i : outside
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            let byte = word[i - 1]
            var j = low
            while j <= high {
                let cost = byte == lowercased(other[j - 1]) ? 0 : 1
                let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, outside)
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
                j += 1
            }
            if high < n { current[high + 1] = outside }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[n] <= limit ? previous[n] : nil
    }

    /// Levenshtein distance between two words, ASCII letters compared in lower case.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = a.utf8.map(lowercased), b = Array(b.utf8)
        let limit = max(a.count, b.count)
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, atMost: limit, rows: rows) } }
        } ?? limit
    }
}
