/// Reads the values of one parsed file into model types, collecting a diagnostic for every problem
/// instead of stopping at the first. Paths are spelled out only when a problem is reported.
final class FileReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func report(_ code: Diagnostic.Code, at location: TextPosition?, path: String, _ message: Diagnostic.Message) {
        diagnostics.append(Diagnostic(.error, code, file: file, location: location, path: path, message: message))
    }

    /// An object's members by key, after reporting unknown, duplicated and missing keys.
    func object(_ node: JSONNode, path: String, keys: [String], required: [String]) -> ObjectView? {
        guard case .object(let members) = node.value else {
            report(.wrongType, at: node.location, path: path, "expected an object, found \(node.typeName); write { … } with the keys \(keys.filter { $0 != "$schema" }.map { "\"\($0)\"" }.joined(separator: ", "))")
            return nil
        }
        // Objects have a handful of keys, so linear scans beat hashing here.
        var accepted: [JSONNode.Member] = []
        accepted.reserveCapacity(members.count)
        for member in members {
            if !keys.contains(member.key) {
                report(.unknownKey, at: member.keyLocation, path: path.isEmpty ? "top level" : path,
                       "unknown key \"\(member.key)\"" + Suggestion.phrase(for: member.key, in: keys, otherwise: "; remove it or correct its spelling"))
            } else if accepted.contains(where: { $0.key == member.key }) {
                report(.duplicateKey, at: member.keyLocation, path: Self.join(path, member.key), "key \"\(member.key)\" appears twice; keep one of them")
            } else {
                accepted.append(member)
            }
        }
        for key in required where !accepted.contains(where: { $0.key == key }) {
            report(.missingKey, at: node.location, path: path.isEmpty ? "top level" : path, "missing key \"\(key)\"; add it (see Rules/schema/)")
        }
        return ObjectView(path: path, location: node.location, members: accepted)
    }

    func string(_ object: ObjectView, _ key: String) -> String? {
        guard let node = object[key] else { return nil }
        guard case .string(let value) = node.value else {
            report(.wrongType, at: node.location, path: Self.join(object.path, key), "expected a string, found \(node.typeName); put the value in double quotes")
            return nil
        }
        return value
    }

    /// A string that may be `null`; the outer optional is nil when the key is missing or mistyped.
    func nullableString(_ object: ObjectView, _ key: String) -> String?? {
        guard let node = object[key] else { return nil }
        if case .null = node.value { return .some(nil) }
        return string(object, key).map { .some($0) }
    }

    func bool(_ object: ObjectView, _ key: String) -> Bool? {
        guard let node = object[key] else { return nil }
        guard case .bool(let value) = node.value else {
            report(.wrongType, at: node.location, path: Self.join(object.path, key), "expected true or false, found \(node.typeName); write true or false without quotes")
            return nil
        }
        return value
    }

    func integer(_ object: ObjectView, _ key: String) -> Int? {
        guard let node = object[key] else { return nil }
        guard case .integer(let value) = node.value, abs(value) < 1_000_000_000 else {
            let found = if case .number = node.value { "a number with a fraction or exponent" } else { node.typeName }
            report(.wrongType, at: node.location, path: Self.join(object.path, key), "expected a whole number, found \(found); write an integer such as 1")
            return nil
        }
        return value
    }

    /// The items of an array of objects, each with its path.
    func objects(_ object: ObjectView, _ key: String) -> [(node: JSONNode, path: String)]? {
        array(object, key).map { items in
            let path = Self.join(object.path, key)
            return items.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
        }
    }

    /// The items of an array.
    func array(_ object: ObjectView, _ key: String) -> [JSONNode]? {
        guard let node = object[key] else { return nil }
        guard case .array(let items) = node.value else {
            report(.wrongType, at: node.location, path: Self.join(object.path, key), "expected an array, found \(node.typeName); write [ … ]")
            return nil
        }
        return items
    }

    /// An array of strings; items of another type are reported and dropped.
    func strings(_ object: ObjectView, _ key: String) -> [String]? {
        array(object, key).map { items in
            items.enumerated().compactMap { index, item in
                guard case .string(let value) = item.value else {
                    report(.wrongType, at: item.location, path: "\(Self.join(object.path, key))[\(index)]", "expected a string, found \(item.typeName); put the value in double quotes")
                    return nil
                }
                return value
            }
        }
    }

    /// A string that must be one of an enumeration's raw values.
    func value<T: RawRepresentable & CaseIterable>(_ object: ObjectView, _ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let raw = string(object, key) else { return nil }
        if let value = T(rawValue: raw) { return value }
        let allowed = T.allCases.map(\.rawValue)
        report(.invalidValue, at: object[key]?.location, path: Self.join(object.path, key),
               "invalid value \"\(raw)\"" + Suggestion.phrase(for: raw, in: allowed, otherwise: ";") + " allowed values are \(allowed.joined(separator: ", "))")
        return nil
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}

/// An object's known members, each key once, with its path in the file.
struct ObjectView {
    var path: String
    var location: TextPosition
    var members: [JSONNode.Member]

    /// The value of `key`, if the object has it.
    subscript(key: String) -> JSONNode? {
        members.first { $0.key == key }?.value
    }
}
