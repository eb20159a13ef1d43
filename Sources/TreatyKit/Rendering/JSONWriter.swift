/// Writes pretty-printed JSON as it goes, in the layout of Foundation's `JSONEncoder` with
/// `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` but without building any tree.
///
/// Callers write each object's keys in code-point order; that order is what makes the output
/// stable, and the golden files hold it.
struct JSONWriter {
    private var out = TextBuffer()
    private var depth = 0
    /// Whether nothing has been written yet in the innermost open object or array.
    private var first = true
    /// Whether a key has just been written, so the value follows on the same line.
    private var afterKey = false

    /// The document written by `body`, followed by a line break.
    static func document(_ body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        body(&writer)
        writer.out += "\n"
        return writer.out.text
    }

    // MARK: Values

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array<S: Sequence>(_ items: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        open("[")
        for item in items {
            body(&self, item)
        }
        close("]")
    }

    mutating func string(_ value: String) {
        beginValue()
        Escaping.appendJSONString(value, to: &out)
    }

    /// A string, or `null` when there is none.
    mutating func string(_ value: String?) {
        guard let value else {
            beginValue()
            out += "null"
            return
        }
        string(value)
    }

    mutating func number(_ value: Int) {
        beginValue()
        out += String(value)
    }

    /// A number, written without a fraction when it is whole.
    mutating func number(_ value: Double) {
        beginValue()
        out += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        out += value ? "true" : "false"
    }

    mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    // MARK: Object members

    /// Starts a member; the next value written is its value.
    mutating func key(_ key: String) {
        beginValue()
        Escaping.appendJSONString(key, to: &out)
        out += " : "
        afterKey = true
    }

    mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    /// A member whose value may be `null`.
    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        string(value)
    }

    mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        number(value)
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    mutating func field(_ key: String, _ values: [String]) {
        self.key(key)
        strings(values)
    }

    /// A member whose value is an object.
    mutating func field(_ key: String, object body: (inout JSONWriter) -> Void) {
        self.key(key)
        object(body)
    }

    /// A member whose value is an array.
    mutating func field<S: Sequence>(_ key: String, array items: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        self.key(key)
        array(items, body)
    }

    // MARK: Layout

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if !first { out += "," }
        out += "\n"
        for _ in 0..<depth {
            out += "  "
        }
        first = false
    }

    private mutating func open(_ bracket: StaticString) {
        beginValue()
        out += bracket
        depth += 1
        first = true
    }

    private mutating func close(_ bracket: StaticString) {
        // An empty container keeps one blank line inside, as Foundation writes it.
        out += first ? "\n\n" : "\n"
        depth -= 1
        for _ in 0..<depth {
            out += "  "
        }
        out += bracket
        first = false
    }
}
