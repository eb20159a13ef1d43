#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TreatyKit

/// Writes a whole site so that a failed run leaves the previous one untouched: into a temporary
/// sibling directory first, then exchanged with the previous site in one step. Only an empty
/// directory, or a previous site whose every file its marker's manifest vouches for, is ever
/// replaced, and nothing is written outside the output directory.
package enum SiteDirectory {
    /// Writes `site` to `url` (shown in messages as `path`), replacing a previous site only when
    /// complete; `rules` is the Rules directory, which must lie neither inside the output nor around it.
    package static func write(_ site: Site, to url: URL, shownAs path: String, rules: URL) throws(CLIError) {
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        guard FileStatus(path: parent.path).isDirectory else {
            throw .io("cannot write the site to \(path): its parent directory \(parent.path) does not exist; create it first")
        }
        if FileSystem.isSymbolicLink(url.path) {
            throw .io("cannot write the site to \(path): it is a symbolic link; name the directory itself")
        }
        try checkApart(output: url, rules: rules, shownAs: path)
        let status = FileStatus(path: url.path)
        if status.exists {
            guard status.isDirectory else {
                throw .io("cannot write the site to \(path): it is a file; name a directory instead")
            }
            try checkReplaceable(url.path, by: site, shownAs: path)
        }
        removeDebris(in: parent.path, of: name)
        let pid = getpid()
        let staging = parent.appendingPathComponent(".\(name).new-\(pid)").path
        let previous = parent.appendingPathComponent(".\(name).old-\(pid)").path
        do {
            try FileSystem.makeDirectory(staging, exclusive: true)
            try fill(staging, with: site, reusing: status.exists ? url.path : nil, shownAs: path)
        } catch let error as FileSystem.Failure {
            try? FileManager.default.removeItem(atPath: staging)
            throw .io("cannot write the site beside \(path): \(error.reason); check that the directory is writable and the disk has space. The previous site is untouched.")
        } catch let error as CLIError {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw .io("cannot write the site to \(path): \(error)")
        }
        guard status.exists else {
            do {
                try FileSystem.move(staging, to: url.path)
            } catch {
                try? FileManager.default.removeItem(atPath: staging)
                throw .io("cannot move the new site into \(path): \(error.reason)")
            }
            return
        }
        switch FileSystem.exchange(staging, url.path) {
        case .some(nil):
            // The staging directory now holds the previous site.
            try? FileManager.default.removeItem(atPath: staging)
        case .some(let failure?):
            try? FileManager.default.removeItem(atPath: staging)
            throw .io("cannot replace \(path): \(failure.reason). The previous site is untouched.")
        case nil:
            try swapByRenaming(staging, into: url.path, aside: previous, shownAs: path)
        }
    }

    /// The fallback where the system cannot exchange two directories: two renames.
    private static func swapByRenaming(_ staging: String, into target: String, aside previous: String, shownAs path: String) throws(CLIError) {
        do {
            try FileSystem.move(target, to: previous)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw .io("cannot replace \(path): \(error.reason). The previous site is untouched.")
        }
        do {
            try FileSystem.move(staging, to: target)
        } catch {
            try? FileSystem.move(previous, to: target)
            try? FileManager.default.removeItem(atPath: staging)
            throw .io("cannot move the new site into \(path): \(error.reason). The previous site is untouched.")
        }
        try? FileManager.default.removeItem(atPath: previous)
    }

    /// Refuses an output directory that is the Rules directory, holds it, or lies inside it.
    private static func checkApart(output: URL, rules: URL, shownAs path: String) throws(CLIError) {
        guard let rulesPath = FileSystem.resolved(rules.path),
              let parentPath = FileSystem.resolved(output.deletingLastPathComponent().path) else { return }
        let outputPath = (parentPath == "/" ? "" : parentPath) + "/" + output.lastPathComponent
        func within(_ inner: String, _ outer: String) -> Bool {
            inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
        }
        if within(rulesPath, outputPath) {
            throw .usage("refusing to write the site to \(path): it holds the Rules directory being read; choose another --output", command: "site")
        }
        if within(outputPath, rulesPath) {
            throw .usage("refusing to write the site to \(path): it lies inside the Rules directory; choose another --output", command: "site")
        }
    }

    /// Refuses a non-empty directory unless its marker's manifest vouches for everything in it (a
    /// marker without a manifest, from an earlier version, vouches for the files this site writes).
    private static func checkReplaceable(_ directory: String, by site: Site, shownAs path: String) throws(CLIError) {
        guard let entries = FileSystem.entries(under: directory) else {
            throw .io("cannot read \(path) to check that it holds only a previous site; check its permissions")
        }
        guard !entries.isEmpty else { return }
        let marker = directory + "/" + Site.marker
        guard entries.contains(where: { $0.path == Site.marker && !$0.isDirectory }), !FileSystem.isSymbolicLink(marker),
              case .bytes(let bytes) = FileContents.load(marker, limit: 16 * 1024 * 1024) else {
            throw .io("refusing to replace \(path): it is not a site generated by treatydiff (no \(Site.marker) file in it); choose an empty or new directory")
        }
        let vouched = (Site.vouchedFiles(inMarker: String(decoding: bytes, as: UTF8.self)) ?? Set(site.paths)).union([Site.marker])
        var folders: Set<String> = []
        for file in vouched {
            var parts = file.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts.removeLast()
            }
        }
        for entry in entries where !(entry.isDirectory ? folders.contains(entry.path) : vouched.contains(entry.path)) {
            throw .io("refusing to replace \(path): \(entry.path) was not written by treatydiff (\(Site.marker) does not list it); move it out or choose another directory")
        }
    }

    /// Removes `.NAME.new-PID` and `.NAME.old-PID` directories left by runs that were killed (their
    /// process is gone, or is this one).
    private static func removeDebris(in parent: String, of name: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in names {
            for kind in [".new-", ".old-"] {
                let prefix = "." + name + kind
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 else { continue }
                let gone = pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH)
                let path = parent + "/" + entry
                if gone && !FileSystem.isSymbolicLink(path) && FileStatus(path: path).isDirectory {
                    try? FileManager.default.removeItem(atPath: path)
                }
            }
        }
    }

    /// Creates the site's folders in the new directory `staging`, then renders the site into it.
    /// A file whose content is unchanged since the `previous` site is linked rather than written
    /// again, so it keeps its identity and time stamp and the file system has less to do.
    private static func fill(_ staging: String, with site: Site, reusing previous: String?, shownAs path: String) throws {
        @Sendable func failure(_ file: String, _ reason: String) -> CLIError {
            .io("cannot write \(file) into \(path): \(reason); check that the directory is writable and the disk has space. The previous site is untouched.")
        }
        for directory in site.directories {
            guard isSafe(directory) else {
                throw CLIError.io("refusing to write \(directory): it would land outside \(path)")
            }
            do throws(FileSystem.Failure) {
                try FileSystem.makeDirectory(staging + "/" + directory, exclusive: true)
            } catch {
                throw failure(directory, error.reason)
            }
        }
        try site.render { (file, content) throws(CLIError) in
            guard isSafe(file) else {
                throw .io("refusing to write \(file): it would land outside \(path)")
            }
            do throws(FileSystem.Failure) {
                try FileSystem.writeFile(content, to: staging + "/" + file, keeping: previous.map { ($0, file) })
            } catch {
                throw failure(file, error.reason)
            }
        }
    }

    /// A relative path with no `..`, no absolute start and no empty parts.
    static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == ".." || $0 == "." }
    }
}
