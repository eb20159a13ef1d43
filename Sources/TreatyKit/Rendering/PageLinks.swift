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

    /// How links are spelled on the page at `path` (such as `elements/offence.spam`).
    func origin(_ path: String) -> Origin {
        guard inSite else { return Origin(prefix: nil) }
        if let root { return Origin(prefix: root) }
        let depth = path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return Origin(prefix: String(repeating: "../", count: depth))
    }

    /// Links as seen from one page.
    struct Origin {
        /// What every link to a file of the site starts with (`../` per folder level, or the root
        /// path); nil in a standalone report.
        var prefix: String?

        /// The href of any link for a page written with extension `ext`, or nil where it must be shown
        /// as plain text (a page link in a standalone report, or a URL that is not http or https).
        func href(_ link: Link, extension ext: String) -> String? {
            switch link {
            case .external(let url):
                return Escaping.safeURL(url)
            case .page(let target, let fragment):
                guard var href = prefix else { return nil }
                href += target.isEmpty ? (ext == "md" ? "README" : "index") : target
                href += "."
                href += ext
                if let fragment {
                    href += "#"
                    href += fragment
                }
                return href
            case .file(let file):
                return prefix.map { $0 + file }
            }
        }
    }
}
