/// A parsed JSON value that remembers where in its file it stood.
struct JSONNode: Sendable {
    var value: Value
    var location: TextPosition

    enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// A number written as an integer literal, such as `1` (never `1.0` or `1e0`).
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// One key of an object, in file order.
    struct Member: Sendable {
        var key: String
        var keyLocation: TextPosition
        var value: JSONNode
    }

    /// The value at a path such as `provisions[3].articles[0]` (keys joined by dots, array indices
    /// in brackets), or nil when there is none. Keys are taken to hold no `.` or `[`.
    func node(at path: String) -> JSONNode? {
        var node = self
        for component in path.split(separator: ".") {
            let parts = component.split(separator: "[")
            guard let key = parts.first else { return nil }
            if !component.hasPrefix("[") {
                guard case .object(let members) = node.value, let member = members.first(where: { $0.key == key }) else { return nil }
                node = member.value
            }
            for part in parts.dropFirst(component.hasPrefix("[") ? 0 : 1) {
                guard case .array(let items) = node.value, part.hasSuffix("]"), let index = Int(part.dropLast()),
                      items.indices.contains(index) else { return nil }
                node = items[index]
            }
        }
        return node
    }

    /// An object with only the members named in `keys` (their values and places unchanged).
    func keeping(_ keys: [String]) -> JSONNode {
        guard case .object(let members) = value else { return self }
        return JSONNode(value: .object(members.filter { keys.contains($0.key) }), location: location)
    }

    /// The JSON type's name as a reader would say it.
    var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .integer: "a number"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// A one-based line and column in a file.
public struct TextPosition: Sendable, Equatable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
