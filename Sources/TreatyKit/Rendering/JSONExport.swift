/// The JSON forms of reports, pretty-printed with each object's keys in code-point order so output
/// is stable. The shapes are a public contract documented in the README.
public enum JSONExport {
    /// A list of objects with string values, such as `list --format json` prints.
    public static func encode(_ rows: [[String: String]]) -> String {
        JSONWriter.document { json in
            json.array(rows) { json, row in
                json.object { json in
                    for key in row.keys.sorted() {
                        json.field(key, row[key] ?? "")
                    }
                }
            }
        }
    }

    /// `check ELEMENT --format json`.
    public static func check(element: Codebook.Element, ruleSet: RuleSet) -> String {
        JSONWriter.document { json in
            json.object { json in
                json.key("element")
                write(element, to: &json)
                let coded = ruleSet.instruments.compactMap { instrument in instrument.provision(for: element.id).map { (instrument, $0) } }
                json.field("instruments", array: coded) { json, entry in
                    let (instrument, provision) = entry
                    json.object { json in
                        json.field("articles", provision.articles)
                        if let reference = provision.byReference { writeReference(reference, to: &json) }
                        json.field("declarable", provision.declarable)
                        json.field("evidence", provision.evidence.rawValue)
                        json.field("id", instrument.id)
                        json.field("note", provision.note)
                        json.field("reservable", provision.reservable)
                        json.field("shortTitle", instrument.shortTitle)
                        json.field("sources", provision.sources)
                        json.field("status", provision.status.rawValue)
                    }
                }
            }
        }
    }

    /// `show INSTRUMENT --format json`: the instrument as in its Rules file.
    public static func instrument(_ instrument: Instrument) -> String {
        JSONWriter.document { write(instrument, to: &$0) }
    }

    /// `compare … --format json`.
    public static func comparison(_ comparison: Comparison) -> String {
        let sides = comparison.sides
        return JSONWriter.document { json in
            json.object { json in
                json.key("provenance")
                write(comparison.provenance, to: &json)
                json.field("rows", array: comparison.rows) { json, row in
                    json.object { json in
                        json.field("codings", array: row.codings) { write($1, to: &$0) }
                        writeElementFields(row.element, to: &json)
                        json.field("verdicts", row.verdicts.map(\.rawValue))
                    }
                }
                json.field("sides", array: sides) { write($1, to: &$0) }
                json.field("summary") { json in
                    json.field("pairs", array: comparison.summary.pairs.enumerated()) { json, item in
                        let (index, pair) = item
                        json.object { json in
                            json.key("counts")
                            write(pair.counts, to: &json)
                            json.field("countsByGroup") { json in
                                for (group, counts) in pair.countsByGroup.sorted(by: { $0.group.id < $1.group.id }) {
                                    json.key(group.id)
                                    write(counts, to: &json)
                                }
                            }
                            json.field("known", pair.known)
                            json.field("left", sides[0].id)
                            if let overlap = pair.overlap {
                                json.key("overlap")
                                json.number((overlap * 1000).rounded() / 1000)
                            }
                            json.field("providedByBoth", pair.providedByBoth)
                            json.field("providedByEither", pair.providedByEither)
                            json.field("right", sides[index + 1].id)
                            json.field("unknown", pair.unknown)
                        }
                    }
                    json.field("known", array: comparison.summary.known) { $0.number($1) }
                    json.field("provided", array: comparison.summary.provided) { $0.number($1) }
                    json.field("unknowns", array: comparison.summary.unknowns) { $0.number($1) }
                }
            }
        }
    }

    /// `evolution ID --format json`.
    public static func evolution(_ evolution: Evolution) -> String {
        JSONWriter.document { json in
            json.object { json in
                json.key("provenance")
                write(evolution.provenance, to: &json)
                json.field("rows", array: evolution.rows) { json, row in
                    json.object { json in
                        json.field("changes", row.changes.map(\.rawValue))
                        writeElementFields(row.element, to: &json)
                        json.field("statuses", row.codings.map(\.status.rawValue))
                    }
                }
                json.field("versions", array: evolution.versions) { write(Side([$1]), to: &$0) }
            }
        }
    }

    /// `matrix --format json`.
    public static func matrix(ruleSet: RuleSet) -> String {
        let byID = ruleSet.instruments.sorted { $0.id < $1.id }
        return JSONWriter.document { json in
            json.object { json in
                writeInstrumentList(ruleSet, to: &json)
                json.field("rows", array: ruleSet.codebook.elements) { json, element in
                    json.object { json in
                        writeElementFields(element, to: &json)
                        json.field("statuses") { json in
                            for instrument in byID {
                                json.field(instrument.id, instrument.provision(for: element.id)?.status.rawValue ?? "unknown")
                            }
                        }
                    }
                }
            }
        }
    }

    /// `concordance --format json`: for each element, each instrument's status and citations.
    public static func concordance(ruleSet: RuleSet, elements: [Codebook.Element] = []) -> String {
        let selected = elements.isEmpty ? ruleSet.codebook.elements : elements
        let byID = ruleSet.instruments.sorted { $0.id < $1.id }
        return JSONWriter.document { json in
            json.object { json in
                writeInstrumentList(ruleSet, to: &json)
                json.key("provenance")
                write(Provenance(ruleSet: ruleSet), to: &json)
                json.field("rows", array: selected) { json, element in
                    json.object { json in
                        json.field("cells") { json in
                            for instrument in byID {
                                guard let provision = instrument.provision(for: element.id) else { continue }
                                json.field(instrument.id, object: { json in
                                    json.field("articles", provision.articles)
                                    if let reference = provision.byReference { writeReference(reference, to: &json) }
                                    json.field("evidence", provision.evidence.rawValue)
                                    json.field("status", provision.status.rawValue)
                                })
                            }
                        }
                        writeElementFields(element, to: &json)
                    }
                }
            }
        }
    }

    /// The site's `data/treaties.json`: the codebook and every instrument, in full.
    public static func everything(ruleSet: RuleSet) -> String {
        JSONWriter.document { json in
            json.object { json in
                json.field("codebook") { json in
                    json.field("elements", array: ruleSet.codebook.elements) { write($1, to: &$0) }
                    json.field("groups", array: ruleSet.codebook.groups) { json, group in
                        json.object { json in
                            json.field("description", group.description)
                            json.field("id", group.id)
                            json.field("label", group.label)
                        }
                    }
                    json.field("version", ruleSet.codebook.version)
                }
                json.field("instruments", array: ruleSet.instruments) { write($1, to: &$0) }
                json.field("schemaVersion", ruleSet.schemaVersion)
            }
        }
    }

    // MARK: The pieces several forms share

    private static func write(_ element: Codebook.Element, to json: inout JSONWriter) {
        json.object { json in
            json.field("description", element.description)
            json.field("formerIds", element.formerIDs)
            json.field("group", element.group)
            json.field("id", element.id)
            json.field("label", element.label)
        }
    }

    /// The `instruments` member of the matrix and the concordance: each instrument's date, id and short title.
    private static func writeInstrumentList(_ ruleSet: RuleSet, to json: inout JSONWriter) {
        json.field("instruments", array: ruleSet.instruments) { json, instrument in
            json.object { json in
                json.field("date", instrument.date)
                json.field("id", instrument.id)
                json.field("shortTitle", instrument.shortTitle)
            }
        }
    }

    /// A comparison, evolution or matrix row's `element`, `group` and `label`.
    private static func writeElementFields(_ element: Codebook.Element, to json: inout JSONWriter) {
        json.field("element", element.id)
        json.field("group", element.group)
        json.field("label", element.label)
    }

    private static func write(_ provision: Provision, to json: inout JSONWriter) {
        json.object { json in
            json.field("articles", provision.articles)
            if let reference = provision.byReference { writeReference(reference, to: &json) }
            json.field("declarable", provision.declarable)
            json.field("element", provision.element)
            json.field("evidence", provision.evidence.rawValue)
            json.field("note", provision.note)
            json.field("reservable", provision.reservable)
            json.field("sources", provision.sources)
            json.field("status", provision.status.rawValue)
        }
    }

    /// The `byReference` field, as in a Rules file.
    private static func writeReference(_ reference: Provision.Reference, to json: inout JSONWriter) {
        json.field("byReference", object: { json in
            json.field("articles", reference.articles)
            json.field("instrument", reference.instrument)
        })
    }

    /// An instrument as in its Rules file, with `null` kept so every key is always present.
    private static func write(_ instrument: Instrument, to json: inout JSONWriter) {
        json.object { json in
            json.field("articles", array: instrument.articles) { json, article in
                json.object { json in
                    json.field("number", article.number)
                    if let part = article.part { json.field("part", part) }
                    json.field("title", article.title)
                }
            }
            json.field("body", instrument.body)
            json.field("date", instrument.date)
            json.field("drawsOn", array: instrument.drawsOn) { json, relation in
                json.object { json in
                    json.field("instrument", relation.instrument)
                    json.field("note", relation.note)
                    json.field("source", relation.source)
                }
            }
            if let entry = instrument.entryIntoForce {
                json.field("entryIntoForce", object: { json in
                    if let article = entry.article { json.field("article", article) }
                    if let condition = entry.condition { json.field("condition", condition) }
                    json.field("ratifications", entry.ratifications)
                })
            } else {
                json.field("entryIntoForce", nil as String?)
            }
            json.field("follows", instrument.follows)
            json.field("id", instrument.id)
            json.field("kind", instrument.kind.rawValue)
            json.field("provisions", array: instrument.provisions) { write($1, to: &$0) }
            json.field("reference", instrument.reference)
            json.field("shortTitle", instrument.shortTitle)
            json.field("sources", array: instrument.sources) { json, source in
                json.object { json in
                    if let date = source.date { json.field("date", date) }
                    json.field("language", source.language)
                    json.field("official", source.official)
                    if let publisher = source.publisher { json.field("publisher", publisher) }
                    json.field("title", source.title)
                    json.field("url", source.url)
                }
            }
            json.field("status", instrument.status)
            json.field("supplements", instrument.supplements)
            json.field("title", instrument.title)
        }
    }

    private static func write(_ side: Side, to json: inout JSONWriter) {
        json.object { json in
            json.field("id", side.id)
            json.field("members", array: side.members) { json, member in
                json.object { json in
                    json.field("date", member.date)
                    json.field("id", member.id)
                    if let source = member.officialSource { json.field("officialSource", source.url) }
                    if let reference = member.reference { json.field("reference", reference) }
                    json.field("shortTitle", member.shortTitle)
                    json.field("status", member.status)
                    json.field("title", member.title)
                }
            }
            json.field("shortTitle", side.shortTitle)
        }
    }

    private static func write(_ coding: Coding, to json: inout JSONWriter) {
        json.object { json in
            json.field("declarable", coding.declarable)
            json.field("entries", array: coding.entries) { json, entry in
                json.object { json in
                    json.field("instrument", entry.instrument)
                    json.key("provision")
                    write(entry.provision, to: &json)
                }
            }
            json.field("evidence", coding.evidence.rawValue)
            json.field("reservable", coding.reservable)
            json.field("status", coding.status.rawValue)
        }
    }

    /// Verdict counts with every verdict present, zero or not.
    private static func write(_ counts: [Verdict: Int], to json: inout JSONWriter) {
        json.object { json in
            for verdict in Verdict.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
                json.field(verdict.rawValue, counts[verdict] ?? 0)
            }
        }
    }

    private static func write(_ provenance: Provenance, to json: inout JSONWriter) {
        json.object { json in
            json.field("codebookVersion", provenance.codebookVersion)
            json.field("files", provenance.files)
            json.field("schemaVersion", provenance.schemaVersion)
        }
    }
}
