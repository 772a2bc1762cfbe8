#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A save that only appends to the ledger commits through its own history
/// line, without the journal: two device flushes, as before there was one.
///
/// Every history line Samen writes records `ledgerEnd`, the ledger's length
/// with the change in it, and `ledgerTail`, a checksum of the ledger's last
/// bytes up to there. A ledger-only save, under the exclusive lock, appends
/// its ledger lines and syncs them, then appends its history line and syncs
/// that: the history line is the commit point. A crash between the two
/// leaves ledger lines that no history line covers. They never committed:
/// readers stop at the last complete history line's `ledgerEnd` (so nobody
/// is shown them), and the next writer (under the lock) sets them aside in
/// `ledger.jsonl.torn-<time>`, with a history line cut short. Only `fsync`'s
/// promise is relied on: the ledger's lines are on disk before the history
/// line that covers them is written.
///
/// The limit holds only where the ledger still ends as the history says
/// (the checksum matches): a ledger edited by hand in place is read whole
/// and left alone, for `samen verify` to judge. A history line without the
/// fields (an older Samen's) sets no limit; a ledger-only save after one
/// goes through the journal, whose line then records them.
enum HistoryCommit {
    static let field = "ledgerEnd"

    /// The last complete line of `history.jsonl`.
    struct Tail: Equatable {
        /// Where that line ends (just after its newline), and the file's size
        /// (larger when a line cut short by a crash follows).
        var end: Int64
        var size: Int64
        /// The ledger length it records and the checksum of the ledger's end
        /// there; nil when it records none.
        var ledgerEnd: Int64?
        var ledgerSum: String?
        /// The history file as it was read, so a reader can tell when it changed.
        var stamp: FileIO.Stamp
    }

    /// The history's last complete line; nil when there is no history file
    /// (or no complete line in it).
    static func tail(_ directory: String) throws -> Tail? {
        let path = "\(directory)/\(DataFile.history.name)"
        guard let fd = try FileIO.openForReading(path) else { return nil }
        defer { close(fd) }
        return try tail(fd: fd, path: path)
    }

    static func tail(fd: Int32, path: String) throws -> Tail? {
        guard let stamp = FileIO.stamp(fd: fd) else { throw FileIO.fail(.stat, path) }
        // Backwards a block at a time: the last newline ends the last complete
        // line, the one before it starts it. A line is rarely over a few KB.
        var position = stamp.size
        var collected: [UInt8] = []   // bytes from `position` to the end of the file
        var end: Int64?
        let block = 8192
        while position > 0 {
            let from = max(0, position - Int64(block))
            var buf = [UInt8](repeating: 0, count: Int(position - from))
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(from)) }
            guard n == buf.count else { throw FileIO.fail(.read, path) }
            collected = buf + collected
            position = from
            if end == nil, let i = collected.lastIndex(of: 0x0A) { end = position + Int64(i) + 1 }
            if let end {
                let lineEnd = Int(end - position) - 1
                if let start = collected[..<lineEnd].lastIndex(of: 0x0A) {
                    let recorded = ledgerEnd(of: collected[(start + 1)..<lineEnd])
                    return Tail(end: end, size: stamp.size, ledgerEnd: recorded?.end, ledgerSum: recorded?.sum, stamp: stamp)
                }
            }
            if collected.count > 16 << 20 { break }  // no line is that long: not a history Samen wrote
        }
        guard let end else { return nil }
        let recorded = position == 0 ? ledgerEnd(of: collected[..<Int(end - 1)]) : nil
        return Tail(end: end, size: stamp.size, ledgerEnd: recorded?.end, ledgerSum: recorded?.sum, stamp: stamp)
    }

    /// The ledger end a history line records, if it records one with its checksum.
    static func ledgerEnd(of line: ArraySlice<UInt8>) -> (end: Int64, sum: String)? {
        guard case let .object(fields)? = try? JSONParser.parse(Array(line)),
              case let .int(n)? = fields.first(where: { $0.0 == field })?.1, n >= 0,
              case let .string(sum)? = fields.first(where: { $0.0 == tailField })?.1 else { return nil }
        return (Int64(n), sum)
    }

    static let tailField = "ledgerTail"
    /// How many bytes before the end the checksum covers: the end of the last entry.
    static let tailWidth: Int64 = 64

    /// The checksum of the ledger's last `tailWidth` bytes before `end`,
    /// where the bytes from `before` on are `appending` (not yet written).
    static func tailSum(ledger fd: Int32, path: String, before: Int64, appending: [UInt8]) throws -> String {
        let end = before + Int64(appending.count)
        let from = max(0, end - tailWidth)
        var bytes: [UInt8] = []
        if from < before {
            bytes = [UInt8](repeating: 0, count: Int(before - from))
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(from)) }
            guard n == bytes.count else { throw FileIO.fail(.read, path) }
        }
        bytes += appending.suffix(Int(end - max(from, before)))
        return String(SaveJournal.checksum(bytes), radix: 16)
    }

    /// The two fields of a history line, for a ledger that is `before` bytes
    /// long and gets `appending`.
    static func fields(ledger path: String, before: Int64, appending: [UInt8]) throws -> (end: Int64, sum: String) {
        guard let fd = try FileIO.openForReading(path) else { throw FileIO.missing(path) }
        defer { close(fd) }
        return (before + Int64(appending.count), try tailSum(ledger: fd, path: path, before: before, appending: appending))
    }

    /// How much of the ledger belongs to committed saves: nil when the
    /// history sets no limit (no fields, or a ledger that no longer ends as
    /// the history says). Readers read no further.
    static func committedLedgerEnd(_ directory: String) -> (end: Int64, history: FileIO.Stamp)? {
        guard let t = try? tail(directory), let e = t.ledgerEnd else { return nil }
        let path = "\(directory)/\(DataFile.ledger.name)"
        guard let fd = try? FileIO.openForReading(path) else { return nil }
        defer { close(fd) }
        guard let st = FileIO.stamp(fd: fd), st.size >= e, (try? tailSum(ledger: fd, path: path, before: e, appending: [])) == t.ledgerSum else { return nil }
        return (e, t.stamp)
    }

    /// Sets aside what a ledger-only save killed before its history line
    /// was whole left: its ledger lines go to `ledger.jsonl.torn-<time>`
    /// (nothing is lost: lines added outside Samen would go there too), a
    /// history line cut short is cut off. Only under the exclusive lock,
    /// after any journal was rolled forward.
    static func recover(in directory: String) throws {
        let historyPath = "\(directory)/\(DataFile.history.name)"
        guard let (hdfd, hfd) = try? FileIO.openAppendOnly(historyPath, in: directory) else { return }
        defer { close(hfd); close(hdfd) }
        guard let t = try tail(fd: hfd, path: historyPath), t.ledgerEnd != nil,
              let committed = committedLedgerEnd(directory)?.end else { return }
        if t.size > t.end {
            if ftruncate(hfd, off_t(t.end)) != 0 { throw FileIO.fail(.cutBack, historyPath) }
            try FileIO.fsyncOrFail(hfd, path: historyPath)
        }
        let ledgerPath = "\(directory)/\(DataFile.ledger.name)"
        let (ldfd, lfd) = try FileIO.openAppendOnly(ledgerPath, in: directory)
        defer { close(lfd); close(ldfd) }
        guard let st = FileIO.stamp(fd: lfd), st.size > committed else { return }
        var tail = [UInt8](repeating: 0, count: Int(st.size - committed))
        let n = tail.withUnsafeMutableBytes { pread(lfd, $0.baseAddress!, $0.count, off_t(committed)) }
        guard n == tail.count else { throw FileIO.fail(.read, ledgerPath) }
        try FileIO.setAside(tail, from: lfd, at: committed, path: ledgerPath, directoryFD: ldfd)
    }

    /// How many bytes of the ledger lie beyond what its history covers: 0
    /// when none, or when the history sets no limit.
    static func uncommittedLedgerBytes(_ directory: String) -> Int64 {
        guard let (end, _) = committedLedgerEnd(directory),
              let st = FileIO.stamp("\(directory)/\(DataFile.ledger.name)") else { return 0 }
        return max(0, st.size - end)
    }
}

extension ChangeOutcome {
    /// A change that only adds ledger entries: it may commit through its
    /// history line (`HistoryCommit`) instead of the journal.
    var onlyAppendsToLedger: Bool {
        !ledgerAppended.isEmpty && !networkChanged && members.isEmpty && projects.isEmpty && requests.isEmpty
    }
}
