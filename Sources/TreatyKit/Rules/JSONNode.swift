/// A parsed JSON value that remembers where in its file it stood.
struct JSONNode: Sendable {
    var value: Value
    var location: TextPosition

    enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
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

    /// The JSON type's name as a reader would say it.
    var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
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
