/// Reads `history.jsonl`: who changed what, when.
///
/// The history is never loaded with the state (it only grows); it is read
/// when a person asks for it, or from an offset to say what another process
/// just did ("reloaded: 2 changes by guido").
public enum HistoryLog {
    public struct Entry: Sendable, Equatable {
        public var at: Timestamp
        public var by: String
        public var change: String
        public var summary: String
    }

    /// Reads entries starting at byte `offset`; returns them and the offset
    /// to continue from. A final incomplete line is left for next time.
    public static func read(directory: String, from offset: Int64 = 0) throws -> [Entry] {
        try readWithOffset(directory: directory, from: offset).entries
    }

    public static func readWithOffset(directory: String, from offset: Int64 = 0) throws -> (entries: [Entry], next: Int64) {
        let path = "\(Store.normalise(directory))/\(DataFile.history.name)"
        guard let (bytes, _) = try FileIO.read(path, from: offset) else { return ([], offset) }
        var entries: [Entry] = []
        let complete = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        bytes[..<complete].withUnsafeBufferPointer { buf in
            RecordFile<Int, LedgerEntry>.forEachLine(buf) { _, range in
                guard let v = try? JSONParser.parse(buffer: UnsafeBufferPointer(rebasing: buf[range])),
                      var r = try? JSONObjectReader(v, what: "history entry"),
                      let at = try? r.timestamp("at"), let by = try? r.string("by") else { return }
                var name = "?"
                if let c = r.optionalValue("change"), var cr = try? JSONObjectReader(c, what: "change"), let n = try? cr.string("change") { name = n }
                let summary = (try? r.optionalString("summary")) ?? nil
                entries.append(Entry(at: at, by: by, change: name, summary: summary ?? name))
            }
        }
        return (entries, offset + Int64(complete))
    }

    /// The size of the history file now, to read later changes from.
    public static func endOffset(directory: String) -> Int64 {
        FileIO.stamp("\(Store.normalise(directory))/\(DataFile.history.name)")?.size ?? 0
    }
}
