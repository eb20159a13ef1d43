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

    /// How links are spelled on the page at `path` (such as `elements/offence.spam`) in the edition of
    /// `language`, which lies under `language.sitePrefix`.
    func origin(_ path: String, language: Language = .english) -> Origin {
        guard inSite else { return Origin(prefix: nil, pagePrefix: nil) }
        if let root { return Origin(prefix: root, pagePrefix: root + language.sitePrefix) }
        func up(_ path: String) -> String {
            String(repeating: "../", count: path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
        }
        return Origin(prefix: up(language.sitePrefix + path), pagePrefix: up(path))
    }

    /// Links as seen from one page.
    struct Origin {
        /// What every link to a file at the site's root starts with (`../` per folder level, or the
        /// root path); nil in a standalone report.
        var prefix: String?
        /// What a link to another page of the same edition starts with: the edition's pages lie
        /// together under its folder, while the data downloads at the root are shared.
        var pagePrefix: String?

        /// The href of the page at `path` in the edition of `other`.
        func twin(_ path: String, in other: Language, extension ext: String) -> String? {
            prefix.map { $0 + other.sitePrefix + (path.isEmpty ? (ext == "md" ? "README" : "index") : path) + "." + ext }
        }

        /// The href of any link for a page written with extension `ext`, or nil where it must be shown
        /// as plain text (a page link in a standalone report, or a URL that is not http or https).
        func href(_ link: Link, extension ext: String) -> String? {
            switch link {
            case .external(let url):
                return Escaping.safeURL(url)
            case .page(let target, let fragment):
                guard var href = pagePrefix else { return nil }
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
