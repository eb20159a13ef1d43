#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls that writing output needs, each failure carrying the system's own reason
/// (such as "No space left on device").
enum FileSystem {
    struct Failure: Error {
        var reason: String

        init(errno code: Int32) {
            reason = String(cString: strerror(code))
        }
    }

    /// Creates (or truncates) the file at `path` and writes `content` to it whole.
    static func writeFile(_ content: String, to path: String) throws(Failure) {
        try writeFile(Array(content.utf8), to: path)
    }

    /// Creates (or truncates) the file at `path` and writes `content` to it whole. When `previous`
    /// is a regular file that already holds exactly `content`, it is linked to `path` instead, so the
    /// file keeps its identity and time stamp.
    static func writeFile(_ content: [UInt8], to path: String, keeping previous: String? = nil) throws(Failure) {
        let code = content.withUnsafeBufferPointer { bytes -> Int32 in
            if let previous, holds(bytes, at: previous), linkat(AT_FDCWD, previous, AT_FDCWD, path, 0) == 0 {
                return 0
            }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return errno }
            let written = writeAll(bytes, to: descriptor)
            let closed = close(descriptor) == 0 ? 0 : errno
            return written != 0 ? written : closed
        }
        if code != 0 { throw Failure(errno: code) }
    }

    /// Writes all of `content` to an open descriptor; returns 0, or the `errno` of the failure.
    static func writeAll(_ content: String, to descriptor: Int32) -> Int32 {
        var content = content
        return content.withUTF8 { writeAll($0, to: descriptor) }
    }

    /// Writes all of `bytes` to an open descriptor; returns 0, or the `errno` of the failure.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return 0
    }

    /// Whether `path` is a regular file (not a symbolic link) holding exactly `expected`.
    private static func holds(_ expected: UnsafeBufferPointer<UInt8>, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == expected.count else { return false }
        guard expected.count > 0 else { return true }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count, alignment: 1)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < expected.count {
            let count = read(descriptor, buffer.baseAddress! + offset, expected.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return memcmp(buffer.baseAddress!, expected.baseAddress!, expected.count) == 0
    }

    /// Renames `source` to `destination`, replacing a file (or an empty directory) there.
    static func move(_ source: String, to destination: String) throws(Failure) {
        guard rename(source, destination) == 0 else { throw Failure(errno: errno) }
    }

    /// Creates the directory at `path`; an existing directory is fine.
    static func makeDirectory(_ path: String) throws(Failure) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw Failure(errno: errno) }
    }
}
