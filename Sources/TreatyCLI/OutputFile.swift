import Foundation

/// Writes reports so that a reader never sees a half-written file: to a temporary file beside the
/// target, then renamed over it.
enum OutputFile {
    static func write(_ content: String, to url: URL, shownAs path: String) throws(CLIError) {
        let manager = FileManager.default
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .io("cannot write \(path): the directory \(directory.path) does not exist; create it first")
        }
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else {
                throw .io("cannot write \(path): it is a directory; name a file instead")
            }
            let type = (try? manager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) ?? .typeRegular
            guard type == .typeRegular else {
                throw .io("cannot write \(path): it is not a regular file (a device, socket or pipe); name an ordinary file instead")
            }
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(content.utf8).write(to: temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw .io("cannot write \(path): \(reason(error)); check that the directory is writable and the disk has space")
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? manager.removeItem(at: temporary)
            throw .io("cannot write \(path): \(String(cString: strerror(code))); check the directory's permissions")
        }
    }

    static func reason(_ error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return (error as NSError).localizedFailureReason ?? "the file could not be written"
    }
}
