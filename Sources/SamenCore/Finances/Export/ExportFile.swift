/// Writes an export to a file the way Samen writes its own: whole or not at
/// all (a temporary file beside it, fsynced, renamed over), so an accountant
/// never gets half a journal, and with the network's file mode, because
/// finances are never world-readable. An existing file keeps its mode.
public enum ExportFile {
    public static func write(_ text: String, to path: String, network: Network) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        guard FileIO.isDirectory(directory) else { throw DomainError(LedgerRefusal.noDirectory(path, directory)) }
        guard !FileIO.isDirectory(path) else { throw DomainError(LedgerRefusal.isDirectory(path)) }
        do {
            _ = try FileIO.atomicReplace(path, in: directory, with: Array(text.utf8), newFileMode: network.fileModeBits)
        } catch {
            throw DomainError(LedgerRefusal.cannotWrite(path, "\(error)"))
        }
    }
}
