#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TreatyKit

/// Writes reports so that a reader never sees a half-written file: to a temporary file beside the
/// target, then renamed over it.
enum OutputFile {
    static func write(_ content: String, to url: URL, shownAs path: String) throws(CLIError) {
        let directory = url.deletingLastPathComponent()
        guard FileStatus(path: directory.path).isDirectory else {
            throw .io("cannot write \(path): the directory \(directory.path) does not exist; create it first")
        }
        switch FileStatus(path: url.path) {
        case .directory:
            throw .io("cannot write \(path): it is a directory; name a file instead")
        case .other:
            throw .io("cannot write \(path): it is not a regular file (a device, socket or pipe); name an ordinary file instead")
        case .missing, .regularFile:
            break
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        do {
            try FileSystem.writeFile(content, to: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .io("cannot write \(path): \(error.reason); check that the directory is writable and the disk has space")
        }
        do {
            try FileSystem.move(temporary, to: url.path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .io("cannot write \(path): \(error.reason); check the directory's permissions")
        }
    }
}
