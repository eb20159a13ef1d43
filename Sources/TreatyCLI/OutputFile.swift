#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TreatyKit

/// Writes reports so that a reader never sees a half-written file: to a new temporary file beside
/// the target (created exclusively under an unpredictable name), then renamed over it.
///
/// A device, FIFO or socket (such as `/dev/null`, or a pipe behind `/dev/fd/1`) is written in
/// place, never renamed over. A symbolic link to anything else is refused rather than followed or
/// replaced.
enum OutputFile {
    static func write(_ content: String, to url: URL, shownAs path: String) throws(CLIError) {
        let directory = url.deletingLastPathComponent()
        guard FileStatus(path: directory.path).isDirectory else {
            throw .io("cannot write \(path): the directory \(directory.path) does not exist; create it first")
        }
        let target = FileStatus(path: url.path)
        if target == .directory {
            throw .io("cannot write \(path): it is a directory; name a file instead")
        }
        if target == .other {
            do {
                try FileSystem.writeInPlace(content, to: url.path)
            } catch {
                throw .io("cannot write \(path): \(error.reason)")
            }
            return
        }
        if FileSystem.isSymbolicLink(url.path) {
            throw .io("cannot write \(path): it is a symbolic link; name the file it points to, or remove the link")
        }
        let temporary: String
        do {
            temporary = try FileSystem.writeTemporaryFile(content, in: directory.path)
        } catch {
            throw .io("cannot write \(path): \(error.reason); check that the directory is writable and the disk has space")
        }
        do {
            try FileSystem.move(temporary, to: url.path)
        } catch {
            _ = FileSystem.removeFile(temporary)
            throw .io("cannot write \(path): \(error.reason); check the directory's permissions")
        }
    }
}
