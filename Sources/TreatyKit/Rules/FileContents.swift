#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A Rules file's bytes, read with a hard limit whatever the file system reports: a pseudo-file
/// such as `/proc/self/pagemap` claims size 0 and has no end, and a FIFO would block for ever.
package enum FileContents {
    case bytes([UInt8])
    case missing
    case danglingLink
    case linkLoop
    case directory
    /// A device, FIFO or socket.
    case special
    /// More than the limit: at most `limit + 1` bytes were read.
    case tooLarge
    case unreadable(reason: String)

    package static func load(_ path: String, limit: Int) -> FileContents {
        // Non-blocking, so that opening a FIFO with no writer returns at once.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return FileStatus.isSymbolicLink(path) ? .danglingLink : .missing
            case ELOOP: return .linkLoop
            case ENXIO, EOPNOTSUPP: return .special
            case let code: return .unreadable(reason: String(cString: strerror(code)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable(reason: String(cString: strerror(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .directory
        default: return .special
        }
        // The size reported is only a hint for the first allocation; the limit bounds what is read.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit + 1, max(0, Int(info.st_size)) + 1))
        let chunk = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 1)
        defer { buffer.deallocate() }
        while bytes.count <= limit {
            let got = read(descriptor, buffer, min(chunk, limit + 1 - bytes.count))
            if got < 0 {
                if errno == EINTR { continue }
                return .unreadable(reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: got))
        }
        guard bytes.count <= limit else { return .tooLarge }
        return .bytes(bytes)
    }
}
