/// How a writer spells links between pages: inside a site (relative, with an extension), from a
/// fixed URL path (for a page served at any address, such as 404.html), or in a standalone report,
/// where other pages do not exist and page links become plain text.
public struct PageLinks: Sendable {
    public var inSite: Bool
    /// The URL path every link starts from, instead of a path relative to the page.
    public var root: String?

    public static let standalone = PageLinks(inSite: false)
    public static let site = PageLinks(inSite: true)

    /// Links that start from `root`, such as `/treatydiff/`.
    public static func rooted(at root: String) -> PageLinks {
        PageLinks(inSite: true, root: root.hasSuffix("/") ? root : root + "/")
    }

    /// The relative href from the page at `from` to `target`, or nil in a standalone report.
    func href(from: String, to target: String, fragment: String?, extension ext: String) -> String? {
        let file = target.isEmpty ? (ext == "md" ? "README" : "index") : target
        return href(from: from, toFile: file + "." + ext + (fragment.map { "#" + $0 } ?? ""))
    }

    /// The relative href from the page at `from` to a file of the site, or nil in a standalone report.
    func href(from: String, toFile file: String) -> String? {
        guard inSite else { return nil }
        if let root { return root + file }
        let depth = from.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: max(0, depth)) + file
    }

    /// The href of any link for a page written with extension `ext`, or nil where it must be shown as
    /// plain text (a page link in a standalone report, or a URL that is not http or https).
    func href(_ link: Link, from path: String, extension ext: String) -> String? {
        switch link {
        case .external(let url): Escaping.safeURL(url)
        case .page(let target, let fragment): href(from: path, to: target, fragment: fragment, extension: ext)
        case .file(let file): href(from: path, toFile: file)
        }
    }
}
