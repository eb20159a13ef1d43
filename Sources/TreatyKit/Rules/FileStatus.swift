#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What lies at a path (following symbolic links): nothing, a directory, a regular file with its
/// size, or something else.
///
/// One portable question in place of `FileManager.fileExists(atPath:isDirectory:)`, whose
/// signature differs between platforms.
package enum FileStatus: Equatable, Sendable {
    case missing
    case directory
    case regularFile(size: Int)
    /// A device, socket, pipe or anything else that is neither a file nor a directory.
    case other

    package init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFREG: self = .regularFile(size: Int(info.st_size))
        default: self = .other
        }
    }

    /// Whether `path` itself is a symbolic link (which `init(path:)` follows).
    package static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    package var exists: Bool { self != .missing }
    package var isDirectory: Bool { self == .directory }
}
