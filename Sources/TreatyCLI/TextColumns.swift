extension String {
    /// The text followed by spaces up to `width` characters (at least one space), for plain-text columns.
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: Swift.max(1, width - count))
    }
}
