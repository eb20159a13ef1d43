/// Turns parsed files into model values, checking their shape: keys, types, enumerations and the
/// schema version. Meaning (ids, references, citations) is checked afterwards by `RulesValidator`.
enum RulesDecoder {
    static let supportedSchemaVersion = 1

    static let codebookKeys = ["$schema", "schemaVersion", "version", "groups", "elements"]
    static let groupKeys = ["id", "label", "description"]
    static let elementKeys = ["id", "group", "label", "description", "formerIds"]
    static let elementRequiredKeys = ["id", "group", "label", "description"]
    static let instrumentKeys = [
        "$schema", "schemaVersion", "id", "title", "shortTitle", "kind", "body", "reference", "date", "status",
        "supplements", "follows", "entryIntoForce", "drawsOn", "sources", "articles", "provisions",
    ]
    static let instrumentOptionalKeys = ["$schema", "entryIntoForce", "drawsOn"]
    static let entryIntoForceKeys = ["ratifications", "article", "condition"]
    static let drawsOnKeys = ["instrument", "source", "note"]
    static let referenceKeys = ["instrument", "articles"]
    static let sourceKeys = ["title", "url", "language", "official", "publisher", "date"]
    static let requiredSourceKeys = ["title", "url", "language", "official"]
    static let articleKeys = ["number", "title", "part"]
    static let provisionKeys = [
        "element", "status", "articles", "evidence", "sources", "reservable", "declarable", "byReference", "note",
    ]
    static let provisionRequiredKeys = ["element", "status", "evidence", "note"]

    /// Checks `schemaVersion` first: a file from a newer format is refused before anything else is read.
    static func schemaVersionIsSupported(_ object: ObjectView, reader: FileReader) -> Bool {
        guard let version = reader.integer(object, "schemaVersion") else { return object["schemaVersion"] == nil }
        guard version == supportedSchemaVersion else {
            reader.report(.unsupportedSchemaVersion, at: object["schemaVersion"]?.location, path: "schemaVersion",
                          "schemaVersion \(version) is not supported; this treatydiff reads schemaVersion \(supportedSchemaVersion) (upgrade treatydiff, or write the file in version \(supportedSchemaVersion))")
            return false
        }
        return true
    }

    static func codebook(_ node: JSONNode, reader: FileReader) -> Codebook? {
        guard let root = reader.object(node, path: "", keys: codebookKeys, required: codebookKeys.filter { $0 != "$schema" }),
              schemaVersionIsSupported(root, reader: reader) else { return nil }
        let version = reader.string(root, "version")
        let groups = reader.objects(root, "groups")?.compactMap { item -> Codebook.Group? in
            guard let object = reader.object(item.node, path: item.path, keys: groupKeys, required: groupKeys),
                  let id = reader.string(object, "id"),
                  let label = reader.string(object, "label"),
                  let description = reader.string(object, "description") else { return nil }
            return Codebook.Group(id: id, label: label, description: description)
        }
        let elements = reader.objects(root, "elements")?.compactMap { item -> Codebook.Element? in
            guard let object = reader.object(item.node, path: item.path, keys: elementKeys, required: elementRequiredKeys),
                  let id = reader.string(object, "id"),
                  let group = reader.string(object, "group"),
                  let label = reader.string(object, "label"),
                  let description = reader.string(object, "description"),
                  let formerIDs = object["formerIds"] == nil ? [] : reader.strings(object, "formerIds") else { return nil }
            return Codebook.Element(id: id, group: group, label: label, description: description, formerIDs: formerIDs)
        }
        guard let version, let groups, let elements else { return nil }
        return Codebook(version: version, groups: groups, elements: elements)
    }

    static func instrument(_ node: JSONNode, reader: FileReader) -> Instrument? {
        guard let root = reader.object(node, path: "", keys: instrumentKeys, required: instrumentKeys.filter { !instrumentOptionalKeys.contains($0) }),
              schemaVersionIsSupported(root, reader: reader) else { return nil }
        let id = reader.string(root, "id")
        let title = reader.string(root, "title")
        let shortTitle = reader.string(root, "shortTitle")
        let kind = reader.value(root, "kind", as: Instrument.Kind.self)
        let body = reader.string(root, "body")
        let reference = reader.nullableString(root, "reference")
        let date = reader.string(root, "date")
        let status = reader.string(root, "status")
        let supplements = reader.nullableString(root, "supplements")
        let follows = reader.nullableString(root, "follows")
        let entryIntoForce = root["entryIntoForce"] == nil ? .some(nil) : self.entryIntoForce(root, reader: reader)
        let drawsOn = root["drawsOn"] == nil ? [] : reader.objects(root, "drawsOn")?.compactMap { item -> Instrument.DrawsOn? in
            guard let object = reader.object(item.node, path: item.path, keys: drawsOnKeys, required: drawsOnKeys),
                  let instrument = reader.string(object, "instrument"),
                  let source = reader.string(object, "source"),
                  let note = reader.string(object, "note") else { return nil }
            return Instrument.DrawsOn(instrument: instrument, source: source, note: note)
        }
        let sources = reader.objects(root, "sources")?.compactMap { item -> Instrument.Source? in
            guard let object = reader.object(item.node, path: item.path, keys: sourceKeys, required: requiredSourceKeys),
                  let title = reader.string(object, "title"),
                  let url = reader.string(object, "url"),
                  let language = reader.string(object, "language"),
                  let official = reader.bool(object, "official") else { return nil }
            let publisher = object["publisher"] == nil ? nil : reader.string(object, "publisher")
            let date = object["date"] == nil ? nil : reader.string(object, "date")
            return Instrument.Source(title: title, url: url, language: language, official: official, publisher: publisher, date: date)
        }
        let articles = reader.objects(root, "articles")?.compactMap { item -> Instrument.Article? in
            guard let object = reader.object(item.node, path: item.path, keys: articleKeys, required: articleKeys),
                  let number = reader.string(object, "number"),
                  let title = reader.string(object, "title"),
                  let part = reader.nullableString(object, "part") else { return nil }
            return Instrument.Article(number: number, title: title, part: part)
        }
        let provisions = reader.objects(root, "provisions")?.compactMap { item in
            provision(item.node, path: item.path, reader: reader)
        }
        guard let id, let title, let shortTitle, let kind, let body, let reference, let date, let status,
              let supplements, let follows, let entryIntoForce, let drawsOn, let sources, let articles,
              let provisions else { return nil }
        return Instrument(
            id: id, title: title, shortTitle: shortTitle, kind: kind, body: body, reference: reference, date: date,
            status: status, supplements: supplements, follows: follows, entryIntoForce: entryIntoForce,
            drawsOn: drawsOn, sources: sources, articles: articles, provisions: provisions)
    }

    /// The `entryIntoForce` object or null; the outer optional is nil when it is malformed.
    private static func entryIntoForce(_ root: ObjectView, reader: FileReader) -> Instrument.EntryIntoForce?? {
        guard let node = root["entryIntoForce"] else { return nil }
        if case .null = node.value { return .some(nil) }
        guard let object = reader.object(node, path: "entryIntoForce", keys: entryIntoForceKeys, required: ["ratifications"]),
              let ratifications = reader.integer(object, "ratifications") else { return nil }
        func optional(_ key: String) -> String?? {
            object[key] == nil ? .some(nil) : reader.string(object, key).map { .some($0) }
        }
        guard let article = optional("article"), let condition = optional("condition") else { return nil }
        return .some(Instrument.EntryIntoForce(ratifications: ratifications, article: article, condition: condition))
    }

    private static func provision(_ node: JSONNode, path: String, reader: FileReader) -> Provision? {
        guard let object = reader.object(node, path: path, keys: provisionKeys, required: provisionRequiredKeys) else { return nil }
        let element = reader.string(object, "element")
        let status = reader.value(object, "status", as: Status.self)
        let evidence = reader.value(object, "evidence", as: Evidence.self)
        let note = reader.string(object, "note")
        let articles = object["articles"] == nil ? [] : reader.strings(object, "articles")
        let sources = object["sources"] == nil ? [] : reader.strings(object, "sources")
        let reservable = object["reservable"] == nil ? false : reader.bool(object, "reservable")
        let declarable = object["declarable"] == nil ? false : reader.bool(object, "declarable")
        let byReference: Provision.Reference?? = object["byReference"].map { node in
            guard let reference = reader.object(node, path: FileReader.join(path, "byReference"), keys: referenceKeys, required: referenceKeys),
                  let instrument = reader.string(reference, "instrument"),
                  let articles = reader.strings(reference, "articles") else { return nil }
            return .some(Provision.Reference(instrument: instrument, articles: articles))
        } ?? .some(nil)
        guard let element, let status, let evidence, let note, let articles, let sources, let reservable,
              let declarable, let byReference else { return nil }
        return Provision(
            element: element, status: status, articles: articles, evidence: evidence, sources: sources,
            reservable: reservable, declarable: declarable, byReference: byReference, note: note)
    }
}
