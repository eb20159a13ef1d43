/// A growing UTF-8 buffer that the writers append to: cheaper per append than `String`, which
/// the finished text becomes once, at the end.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// The finished text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func += (buffer: inout TextBuffer, text: String) {
        var text = text
        text.withUTF8 { buffer.bytes.append(contentsOf: $0) }
    }

    static func += (buffer: inout TextBuffer, text: StaticString) {
        text.withUTF8Buffer { buffer.bytes.append(contentsOf: $0) }
    }

    /// Appends raw bytes, which must be whole UTF-8 sequences.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes.append(contentsOf: bytes)
    }
}
