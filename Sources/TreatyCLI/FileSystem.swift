#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TreatyKit

/// The few POSIX calls that writing output needs, each failure carrying the system's own reason
/// (such as "No space left on device").
enum FileSystem {
    struct Failure: Error {
        var reason: String

        init(errno code: Int32) {
            reason = String(cString: strerror(code))
        }

        init(reason: String) {
            self.reason = reason
        }
    }

    /// Creates (or truncates) the file at `path` and writes `content` to it whole.
    static func writeFile(_ content: String, to path: String) throws(Failure) {
        try writeFile(Array(content.utf8), to: path)
    }

    /// Creates (or truncates) the file at `path` and writes `content` to it whole. When `previous`
    /// names a regular file (`file`, relative to the directory `root`, reached without following a
    /// link in any component) that already holds exactly `content`, it is linked to `path` instead,
    /// so the file keeps its identity and time stamp.
    static func writeFile(_ content: [UInt8], to path: String, keeping previous: (root: String, file: String)? = nil) throws(Failure) {
        let code = content.withUnsafeBufferPointer { bytes -> Int32 in
            if let previous, link(previous, holding: bytes, to: path) {
                return 0
            }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return errno }
            let written = writeAll(bytes, to: descriptor)
            let closed = close(descriptor) == 0 ? 0 : errno
            return written != 0 ? written : closed
        }
        if code != 0 { throw Failure(errno: code) }
    }

    /// Links `previous` to `path` if it is a regular file holding exactly `expected`, opening every
    /// component of its path with `O_NOFOLLOW`, so a link anywhere in the old tree is never followed.
    private static func link(_ previous: (root: String, file: String), holding expected: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        var directory = open(previous.root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard directory >= 0 else { return false }
        defer { close(directory) }
        let components = previous.file.split(separator: "/").map(String.init)
        guard let name = components.last else { return false }
        for component in components.dropLast() {
            let next = openat(directory, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { return false }
            close(directory)
            directory = next
        }
        let descriptor = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return holds(expected, at: descriptor) && linkat(directory, name, AT_FDCWD, path, 0) == 0
    }

    /// Creates a new file with an unpredictable name in `directory` (exclusively, never through a
    /// link), writes `content` to it whole and returns its path; nothing is left behind on failure.
    static func writeTemporaryFile(_ content: String, in directory: String) throws(Failure) -> String {
        var attempts = 0
        while true {
            let path = directory + "/" + temporaryName()
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor < 0 {
                let code = errno
                attempts += 1
                if code == EEXIST && attempts < 100 { continue }
                throw Failure(errno: code)
            }
            let written = writeAll(content, to: descriptor)
            let closed = close(descriptor) == 0 ? 0 : errno
            if written != 0 || closed != 0 {
                _ = removeFile(path)
                throw Failure(errno: written != 0 ? written : closed)
            }
            return path
        }
    }

    /// A short hidden name with 64 random bits, whatever the length of the target's name.
    static func temporaryName() -> String {
        var generator = SystemRandomNumberGenerator()
        let bits = String(generator.next() as UInt64, radix: 36)
        return ".treatydiff-" + String(repeating: "0", count: 13 - bits.utf8.count) + bits + ".tmp"
    }

    /// Writes `content` into an existing device, FIFO or socket without creating, truncating or
    /// renaming anything; refuses a regular file (which is written by a temporary file and rename).
    static func writeInPlace(_ content: String, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(errno: errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw Failure(reason: "it changed into a regular file while being written; run the command again")
        }
        let written = writeAll(content, to: descriptor)
        let closed = close(descriptor) == 0 ? 0 : errno
        if written != 0 || closed != 0 { throw Failure(errno: written != 0 ? written : closed) }
    }

    /// Whether `path` itself is a symbolic link.
    static func isSymbolicLink(_ path: String) -> Bool {
        FileStatus.isSymbolicLink(path)
    }

    /// Removes the file (or link) at `path`; returns whether it was removed.
    @discardableResult
    static func removeFile(_ path: String) -> Bool {
        unlink(path) == 0
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

    /// Whether the open `descriptor` is a regular file holding exactly `expected`.
    private static func holds(_ expected: UnsafeBufferPointer<UInt8>, at descriptor: Int32) -> Bool {
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

    /// Swaps `first` and `second` in one step (`renameat2` with `RENAME_EXCHANGE`, Linux 3.15 and
    /// later); nil when the system or file system cannot, so the caller falls back to two renames.
    static func exchange(_ first: String, _ second: String) -> Failure?? {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return .some(nil) }
        let code = errno
        if code == ENOSYS || code == EINVAL || code == ENOTSUP { return nil }
        return .some(Failure(errno: code))
        #else
        return nil
        #endif
    }

    /// What is in a directory tree, by relative path, without following any symbolic link: each
    /// entry with whether it is a real directory.
    static func entries(under root: String) -> [(path: String, isDirectory: Bool)]? {
        var result: [(path: String, isDirectory: Bool)] = []
        func walk(_ relative: String) -> Bool {
            let directory = relative.isEmpty ? root : root + "/" + relative
            guard let stream = opendir(directory) else { return false }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(root + "/" + path, &info) == 0 else { return false }
                let isDirectory = info.st_mode & S_IFMT == S_IFDIR
                result.append((path, isDirectory))
                if isDirectory && !walk(path) { return false }
            }
            return true
        }
        return walk("") ? result : nil
    }

    /// The absolute path with every link resolved, or nil when `path` does not exist.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Creates the directory at `path`; an existing directory is fine.
    static func makeDirectory(_ path: String, exclusive: Bool = false) throws(Failure) {
        guard mkdir(path, 0o755) != 0 else { return }
        let code = errno
        guard !exclusive, code == EEXIST, !isSymbolicLink(path), FileStatus(path: path).isDirectory else { throw Failure(errno: code) }
    }
}
