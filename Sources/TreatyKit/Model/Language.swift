/// A language the reports are written in.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case french = "fr"

    /// Where the language's edition of the site lies, relative to its root: English at the root,
    /// every other language in a folder named by its code.
    public var sitePrefix: String {
        self == .english ? "" : rawValue + "/"
    }
}
