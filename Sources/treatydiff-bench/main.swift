// Times the pipeline on a synthetic corpus of N instruments × M elements and prints JSON:
//   swift run -c release treatydiff-bench --instruments 200 --elements 300 [--runs 5] [--pairs 10]
// or on a real Rules directory, where the whole `treatydiff site` command is timed too:
//   swift run -c release treatydiff-bench --rules Rules
// Each stage is run `runs` times; the median wall time is reported, with the process's peak memory.
// The site stage renders every page and writes it to disk as `treatydiff site` does: into a new
// directory (siteWrite, counted in the total), and again over that unchanged site (siteRewrite).
import Foundation
import TreatyCLI
import TreatyKit

struct Options {
    var instruments = 200
    var elements = 300
    var runs = 5
    var pairs = 10
    var rules: String?

    init(_ arguments: [String]) {
        var words = arguments[...]
        while let word = words.popFirst() {
            if word == "--rules", let path = words.popFirst() {
                rules = path
                continue
            }
            guard let value = words.popFirst().flatMap(Int.init), value > 0 else {
                FileHandle.standardError.write(Data("usage: treatydiff-bench [--instruments N] [--elements M] [--runs R] [--pairs P] | --rules DIR\n".utf8))
                exit(64)
            }
            switch word {
            case "--instruments": instruments = value
            case "--elements": elements = value
            case "--runs": runs = value
            case "--pairs": pairs = value
            default:
                FileHandle.standardError.write(Data("unknown option \(word)\n".utf8))
                exit(64)
            }
        }
    }
}

/// Writes a corpus whose texts have realistic lengths: long titles, 200–400 character notes,
/// one to three pinpoint citations per provided coding.
enum Corpus {
    static let sentence = "The instrument requires each party to adopt measures, subject to conditions and safeguards, within a stated time and with exceptions for its own nationals. "

    static func write(to directory: URL, instruments: Int, elements: Int) throws {
        let groups = (0..<max(1, elements / 30)).map { "group-\($0)" }
        let codebook: [String: Any] = [
            "schemaVersion": 1, "version": "1.0.0",
            "groups": groups.map { ["id": $0, "label": "Group \($0)", "description": sentence] },
            "elements": (0..<elements).map { index in
                ["id": "\(groups[index % groups.count]).element-\(index)", "group": groups[index % groups.count], "label": "Element number \(index)", "description": sentence]
            },
        ]
        let elementIDs = (0..<elements).map { "\(groups[$0 % groups.count]).element-\($0)" }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("instruments"), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: codebook, options: [.prettyPrinted, .sortedKeys]).write(to: directory.appendingPathComponent("codebook.json"))
        let statuses = ["mandatory", "optional", "absent", "not-applicable", "unknown"]
        for number in 0..<instruments {
            let id = "instrument-\(number)"
            let articleCount = 60
            let provisions: [[String: Any]] = elementIDs.enumerated().map { index, element in
                let status = statuses[(index * 7 + number * 3) % statuses.count]
                let provides = status == "mandatory" || status == "optional"
                var provision: [String: Any] = [
                    "element": element, "status": status, "evidence": index % 9 == 0 ? "secondary" : "text",
                    "articles": provides ? (0..<(1 + index % 3)).map { "\(1 + (index + $0) % articleCount)(\(1 + $0 % 4))(a)" } : [String](),
                    "reservable": index % 11 == 0,
                    "note": String(sentence.prefix(200 + (index * 13) % 200)),
                ]
                if index % 9 == 0 { provision["sources"] = ["https://example.org/report/\(number)/\(index)"] }
                return provision
            }
            let instrument: [String: Any] = [
                "schemaVersion": 1, "id": id, "title": "Convention number \(number) on co-operation against crimes committed by means of information systems",
                "shortTitle": "Instrument \(number)", "kind": number % 3 == 0 ? "draft" : "convention", "body": "Body \(number % 4)",
                "reference": "No. \(number)", "date": String(format: "%04d-%02d-%02d", 1990 + number % 35, 1 + number % 12, 1 + number % 28),
                "status": "in force", "supplements": NSNull(), "follows": number > 0 && number % 5 != 0 ? "instrument-\(number - 1)" : NSNull(),
                "sources": [["title": "Official text", "url": "https://example.org/\(id)", "language": "en", "official": true]],
                "articles": (1...articleCount).map { ["number": "\($0)", "title": "Article title \($0)", "part": "Chapter \($0 / 10 + 1)"] },
                "provisions": provisions,
            ]
            try JSONSerialization.data(withJSONObject: instrument, options: [.prettyPrinted, .sortedKeys])
                .write(to: directory.appendingPathComponent("instruments/\(id).json"))
        }
    }
}

/// The median wall time of `runs` calls, in milliseconds.
func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    times.sort()
    return (times[times.count / 2] * 10).rounded() / 10
}

/// Peak resident memory of this process in MB (Linux's VmHWM).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return -1 }
    return (kilobytes / 1024 * 10).rounded() / 10
}

/// The total size of the files under `directory`, in MB.
func megabytes(in directory: URL) -> Double {
    let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.fileSizeKey])
    var bytes = 0
    while let url = enumerator?.nextObject() as? URL {
        bytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
    }
    return (Double(bytes) / 1_048_576 * 10).rounded() / 10
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("treatydiff-bench-\(ProcessInfo.processInfo.processIdentifier)")
defer { try? FileManager.default.removeItem(at: directory) }
do {
    let rules = options.rules.map { URL(fileURLWithPath: $0) } ?? directory.appendingPathComponent("Rules")
    if options.rules == nil {
        try Corpus.write(to: rules, instruments: options.instruments, elements: options.elements)
    }
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

    var ruleSet: RuleSet?
    let load = try median(options.runs) {
        ruleSet = try RulesLoader.load(directory: rules, displayPath: "Rules").ruleSet
    }
    guard let ruleSet else {
        FileHandle.standardError.write(Data("the synthetic corpus did not validate\n".utf8))
        exit(1)
    }
    let first = Side([ruleSet.instruments[0]]), last = Side([ruleSet.instruments[ruleSet.instruments.count - 1]])
    let compare = median(options.runs) {
        _ = MarkdownWriter().write(ComparisonReport.document(Comparison(ruleSet: ruleSet, sides: [first, last])))
    }
    let matrix = median(options.runs) {
        _ = HTMLWriter().write(MatrixReport.document(ruleSet: ruleSet))
    }
    let export = median(options.runs) {
        _ = JSONExport.everything(ruleSet: ruleSet)
    }
    // A real corpus gets its default comparisons (every pair); a synthetic one a fixed number of declared pairs.
    let pairs = options.rules != nil ? nil : (0..<min(options.pairs, ruleSet.instruments.count - 1)).map { [Side([ruleSet.instruments[$0]]), Side([ruleSet.instruments[$0 + 1]])] }
    // The site as `treatydiff site` writes it: every page rendered and written to disk. A first run
    // writes every file into a new directory; a rerun over an unchanged site links the files it
    // can keep.
    let site = Site(ruleSet: ruleSet, comparisons: pairs)
    var fresh = 0
    let siteWrite = try median(options.runs) {
        fresh += 1
        let output = directory.appendingPathComponent("site-\(fresh)")
        try SiteDirectory.write(site, to: output, shownAs: output.path, rules: rules)
    }
    let output = directory.appendingPathComponent("site-1")
    let siteRewrite = try median(options.runs) {
        try SiteDirectory.write(site, to: output, shownAs: output.path, rules: rules)
    }
    var medians: [String: Any] = [
        "loadAndValidate": load, "compareOnePair": compare, "matrixHTML": matrix, "treatiesJSON": export, "siteWrite": siteWrite, "siteRewrite": siteRewrite,
        "loadValidateMatrixAndSite": ((load + matrix + siteWrite) * 10).rounded() / 10,
    ]
    if options.rules != nil {
        var outcome = Outcome(exitCode: 0)
        medians["siteCommand"] = median(options.runs) {
            // The whole `treatydiff site` command in-process: load, validate, render, write and swap.
            outcome = TreatyCLI.run(["site", "--rules", rules.path, "--output", output.path], environment: [:], currentDirectory: directory)
        }
        guard outcome.exitCode == 0 else {
            FileHandle.standardError.write(Data("treatydiff site failed: \(outcome.stderr)\n".utf8))
            exit(1)
        }
    }
    let report: [String: Any] = [
        "corpus": options.rules ?? "synthetic",
        "instruments": ruleSet.instruments.count, "elements": ruleSet.codebook.elements.count, "runs": options.runs,
        "comparedPairs": pairs?.count ?? Site.comparisons(ruleSet).count,
        "medianMilliseconds": medians,
        "siteFiles": site.fileCount,
        "siteMegabytes": megabytes(in: output),
        "peakMemoryMB": peakMemoryMB(),
    ]
    let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(74)
}
