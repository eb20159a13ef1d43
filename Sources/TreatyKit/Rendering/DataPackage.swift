/// The site's tidy downloads: `data/codings.csv` (one row per instrument and element) and a
/// Frictionless Data Package, `data/datapackage.json`, describing every file under `data/`.
public enum DataPackage {
    /// One column of `codings.csv`: its name, its Table Schema type and description, and its value.
    struct Column: Sendable {
        var name: String
        var type: String
        var description: String
        var constraints: [String] = []
        var value: @Sendable (Instrument, Provision, Codebook.Element) -> String
    }

    /// The columns of `codings.csv`, in order. A new coding field becomes one more entry here.
    static let columns: [Column] = [
        Column(name: "instrument", type: "string", description: "The instrument's id, as in Rules/instruments/<id>.json.") { instrument, _, _ in instrument.id },
        Column(name: "element", type: "string", description: "The codebook element's id.") { _, provision, _ in provision.element },
        Column(name: "group", type: "string", description: "The id of the codebook group the element belongs to.") { _, _, element in element.group },
        Column(name: "status", type: "string", description: "What the instrument obliges: mandatory, optional, absent, not-applicable, or unknown (a research gap, never an absence).",
               constraints: Status.allCases.map(\.rawValue)) { _, provision, _ in provision.status.rawValue },
        Column(name: "evidence", type: "string", description: "How the coding was established: text (read in an authentic or official text) or secondary (official summaries, depositary records or reliable reports).",
               constraints: Evidence.allCases.map(\.rawValue)) { _, provision, _ in provision.evidence.rawValue },
        Column(name: "reservable", type: "boolean", description: "Whether the instrument expressly permits a reservation to the provision.") { _, provision, _ in provision.reservable ? "true" : "false" },
        Column(name: "declarable", type: "boolean", description: "Whether a party may narrow the provision by declaration or by choosing an optional element.") { _, provision, _ in provision.declarable ? "true" : "false" },
        Column(name: "by_reference", type: "string", description: "Where the coding exists only because the instrument applies another instrument's articles: that instrument's id, a colon, and the articles, separated by \"; \" (budapest-convention: 24(3)); empty otherwise.") { _, provision, _ in
            provision.byReference.map { "\($0.instrument): \($0.articles.joined(separator: "; "))" } ?? ""
        },
        Column(name: "citations", type: "string", description: "Pinpoint citations such as 24(3), separated by \"; \".") { _, provision, _ in provision.articles.joined(separator: "; ") },
        Column(name: "source_urls", type: "string", description: "The secondary sources the coding relies on, separated by spaces.") { _, provision, _ in provision.sources.joined(separator: " ") },
        Column(name: "note", type: "string", description: "What the instrument does on the element, in one to three sentences.") { _, provision, _ in provision.note },
    ]

    /// RFC 4180 CSV in long form: a header row, then one row per instrument and coded element,
    /// instruments in canonical order and elements in codebook order.
    public static func codingsCSV(ruleSet: RuleSet) -> String {
        var lines = [columns.map { Escaping.csv($0.name) }.joined(separator: ",")]
        for instrument in ruleSet.instruments {
            for element in ruleSet.codebook.elements {
                guard let provision = instrument.provision(for: element.id) else { continue }
                lines.append(columns.map { Escaping.csv($0.value(instrument, provision, element)) }.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The Data Package descriptor: every download, with a Table Schema for each CSV file and the
    /// JSON Schemas (copied beside it as `schemas`) for the Rules format.
    public static func descriptor(ruleSet: RuleSet, schemas: [String]) -> String {
        JSONWriter.document { json in
            json.object { json in
                json.field("description", "The codings of TreatyDiff: how each international cybercrime instrument treats each element of the codebook, with citations and the evidence for each claim. Unknown codings are research gaps, not absences.")
                json.field("name", "treatydiff")
                json.field("profile", "data-package")
                json.field("resources", array: 0..<(4 + schemas.count)) { (json: inout JSONWriter, index: Int) in
                    switch index {
                    case 0: codingsResource(&json)
                    case 1: matrixResource(&json, ruleSet: ruleSet)
                    case 2: concordanceResource(&json, ruleSet: ruleSet)
                    case 3:
                        json.object { json in
                            json.field("description", "The codebook and every instrument with all codings, in the Rules format: each instrument follows instrument.schema.json and the codebook codebook.schema.json (schemaVersion \(ruleSet.schemaVersion)).")
                            json.field("encoding", "utf-8")
                            json.field("format", "json")
                            json.field("mediatype", "application/json")
                            json.field("name", "treaties")
                            json.field("path", "treaties.json")
                        }
                    default:
                        let file = schemas[index - 4]
                        json.object { json in
                            json.field("description", "The JSON Schema of the Rules format's \(file.split(separator: ".").first ?? "") files.")
                            json.field("encoding", "utf-8")
                            json.field("format", "json")
                            json.field("mediatype", "application/schema+json")
                            json.field("name", String(file.dropLast(".json".count).map { $0 == "." ? "-" : $0 }))
                            json.field("path", file)
                        }
                    }
                }
                json.field("title", "TreatyDiff: international cybercrime law compared")
                json.field("version", ruleSet.codebook.version)
            }
        }
    }

    private static func codingsResource(_ json: inout JSONWriter) {
        json.object { json in
            json.field("description", "One row per instrument and element (long form): status, evidence, reservation, citations, sources and note.")
            csvFields(&json)
            json.field("name", "codings")
            json.field("path", "codings.csv")
            json.field("profile", "tabular-data-resource")
            json.field("schema", object: { json in
                json.field("fields", array: columns) { json, column in
                    field(&json, name: column.name, type: column.type, description: column.description, allowed: column.constraints)
                }
                json.field("primaryKey", ["instrument", "element"])
            })
        }
    }

    private static func matrixResource(_ json: inout JSONWriter, ruleSet: RuleSet) {
        wideResource(&json, ruleSet: ruleSet, name: "matrix", path: "matrix.csv",
                     description: "One row per element (wide form) with one status column per instrument, named by its id.",
                     allowed: Status.allCases.map(\.rawValue)) { "Status in \($0.shortTitle)." }
    }

    private static func concordanceResource(_ json: inout JSONWriter, ruleSet: RuleSet) {
        wideResource(&json, ruleSet: ruleSet, name: "concordance", path: "\(ConcordanceReport.path).csv",
                     description: "One row per element (wide form) with one column per instrument, named by its id, holding the pinpoint citations that provide the element, or the status where none is cited.",
                     allowed: []) { "Citations in \($0.shortTitle), separated by \"; \", or the status (absent, not applicable, unknown) where none is cited." }
    }

    /// A CSV resource with one row per element and one column per instrument.
    private static func wideResource(_ json: inout JSONWriter, ruleSet: RuleSet, name: String, path: String, description: String,
                                     allowed: [String], column: (Instrument) -> String) {
        json.object { json in
            json.field("description", description)
            csvFields(&json)
            json.field("name", name)
            json.field("path", path)
            json.field("profile", "tabular-data-resource")
            json.field("schema", object: { json in
                let fields = [("element", "The codebook element's id.", [String]()), ("group", "The element's group.", []), ("label", "The element's label.", [])]
                    + ruleSet.instruments.map { ($0.id, column($0), allowed) }
                json.field("fields", array: fields) { json, item in
                    field(&json, name: item.0, type: "string", description: item.1, allowed: item.2)
                }
                json.field("primaryKey", ["element"])
            })
        }
    }

    /// The fields every CSV resource shares: its dialect, encoding, format and media type.
    private static func csvFields(_ json: inout JSONWriter) {
        json.field("dialect", object: { json in
            json.field("delimiter", ",")
            json.field("header", true)
            json.field("lineTerminator", "\r\n")
        })
        json.field("encoding", "utf-8")
        json.field("format", "csv")
        json.field("mediatype", "text/csv")
    }

    private static func field(_ json: inout JSONWriter, name: String, type: String, description: String, allowed: [String]) {
        json.object { json in
            if !allowed.isEmpty {
                json.field("constraints", object: { json in json.field("enum", allowed) })
            }
            json.field("description", description)
            if type == "boolean" {
                json.field("falseValues", ["false"])
            }
            json.field("name", name)
            if type == "boolean" {
                json.field("trueValues", ["true"])
            }
            json.field("type", type)
        }
    }
}
