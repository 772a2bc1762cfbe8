import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Reads `ledger.jsonl`, the one file that grows without bound (500,000
/// lines at S100), in parallel and with one copy of the entries in memory.
///
/// The file is cut into parts at line boundaries. A first pass counts each
/// part's lines, so every part knows where its entries go in the final
/// array; then the parts are parsed on all cores, a block at a time, each
/// writing its entries straight into its own region of that array. Neither
/// the whole file nor a second copy of the entries is ever in memory.
struct LedgerReader {
    let path: String
    /// Where committed saves end (`HistoryCommit`): nothing after it is read.
    /// Nil: to the end of the file.
    var limit: Int64? = nil
    static let blockSize = 4 << 20

    /// Where the parts are and how many lines each holds. Owns the open file.
    final class Plan: @unchecked Sendable {
        let fd: Int32
        let stamp: FileIO.Stamp
        let cuts: [Int64]
        let lineCounts: [Int]
        /// Where each part's entries start in the final array.
        let offsets: [Int]
        let endsClean: Bool
        let path: String

        init(fd: Int32, stamp: FileIO.Stamp, cuts: [Int64], lineCounts: [Int], endsClean: Bool, path: String) {
            self.fd = fd; self.stamp = stamp; self.cuts = cuts; self.lineCounts = lineCounts
            self.endsClean = endsClean; self.path = path
            var running = 0
            offsets = lineCounts.map { count in defer { running += count }; return running }
        }

        deinit { close(fd) }

        var parts: Int { cuts.count - 1 }
        var capacity: Int { lineCounts.reduce(0, +) }
    }

    /// What one part produced: `count` entries written at its offset.
    struct PartResult: Sendable {
        var count = 0
        /// Line number within the part of each entry written.
        var lines: [Int] = []
        var problems: [Problem] = []
    }

    struct Result {
        var entries: [LedgerEntry] = []
        var lines: [Int] = []
        var problems: [Problem] = []
        /// Bytes up to the end of the last complete line, from the start of the file.
        var consumed: Int64 = 0
        /// The number of the first line after `consumed`, where a later read goes on counting.
        var nextLine = 1
        var endsClean = true
        var stamp: FileIO.Stamp?
    }

    /// Opens the file and plans `parts` parts from `offset`; nil when there is no ledger.
    func plan(from offset: Int64 = 0, parts wanted: Int) throws -> Plan? {
        guard let fd = try FileIO.openForReading(path) else { return nil }
        guard let stamp = FileIO.stamp(fd: fd) else { close(fd); throw FileIO.fail(.stat, path) }
        let end = max(offset, limit.map { min($0, stamp.size) } ?? stamp.size)
        var endsClean = true
        if end > offset {
            var last: UInt8 = 0
            guard pread(fd, &last, 1, off_t(end - 1)) == 1 else { close(fd); throw FileIO.fail(.read, path) }
            endsClean = last == 0x0A
        }
        var cuts = [offset]
        let count = end - offset > 4 << 20 ? max(1, wanted) : 1
        for i in 1..<max(1, count) {
            let guess = offset + (end - offset) * Int64(i) / Int64(count)
            let found: Int64?
            do { found = try nextLineStart(fd, from: guess, end: end) } catch { close(fd); throw error }
            if let cut = found, cut > cuts.last!, cut < end { cuts.append(cut) }
        }
        cuts.append(end)
        // Counting newlines is a quick pass over bytes the parse reads again
        // from the page cache; it is what lets each part write in place.
        var lines: [Int] = []
        do {
            for i in 0..<(cuts.count - 1) { lines.append(try countLines(fd, from: cuts[i], to: cuts[i + 1])) }
        } catch {
            close(fd)
            throw error
        }
        // Parts end right after a newline, so a part's lines are its newlines;
        // only a last line without one (an interrupted append) adds a line.
        if !endsClean, !lines.isEmpty { lines[lines.count - 1] += 1 }
        return Plan(fd: fd, stamp: stamp, cuts: cuts, lineCounts: lines, endsClean: endsClean, path: path)
    }

    /// Parses part `i` of `plan`, initialising entries from `destination` on.
    static func parse(_ plan: Plan, part i: Int, into destination: UnsafeMutablePointer<LedgerEntry>) throws -> PartResult {
        var result = PartResult()
        result.lines.reserveCapacity(plan.lineCounts[i])
        let atFileEnd = i == plan.parts - 1 && !plan.endsClean
        let file = DataFile.ledger.name
        var lineCount = 0
        let room = plan.lineCounts[i]
        func parseLines(_ buf: UnsafeBufferPointer<UInt8>, final: Bool) {
            RecordFile<Int, LedgerEntry>.forEachLine(buf, firstLine: lineCount + 1) { number, range in
                do {
                    let entry = try JSONScanner.decode(UnsafeBufferPointer(rebasing: buf[range])) { try LedgerEntry(from: &$0) }
                    guard result.count < room else { return }  // the file grew under us; the rest is read next time
                    (destination + result.count).initialize(to: entry)
                    result.count += 1
                    result.lines.append(number)
                } catch {
                    if final && range.upperBound >= buf.count - 1 {
                        result.problems.append(Problem(file: file, line: number,
                                                       LoadWords.lastLedgerLineIncomplete,
                                                       isWarning: true))
                    } else {
                        result.problems.append(Problem(file: file, line: number, error: error))
                    }
                }
            }
            for b in buf where b == 0x0A { lineCount += 1 }
            if final, let l = buf.last, l != 0x0A { lineCount += 1 }
        }
        var carry: [UInt8] = []
        var position = plan.cuts[i]
        let to = plan.cuts[i + 1]
        var block = [UInt8](repeating: 0, count: Int(min(Int64(blockSize), max(1, to - position))))
        while position < to {
            let want = Int(min(Int64(block.count), to - position))
            let n = block.withUnsafeMutableBytes { pread(plan.fd, $0.baseAddress!, want, off_t(position)) }
            if n < 0 { if errno == EINTR { continue }; throw FileIO.fail(.read, plan.path) }
            if n == 0 { break }
            position += Int64(n)
            block.withUnsafeBufferPointer { buf in
                let chunk = UnsafeBufferPointer(rebasing: buf[0..<n])
                guard let lastNewline = chunk.lastIndex(of: 0x0A) else { carry.append(contentsOf: chunk); return }
                var start = 0
                if !carry.isEmpty, let firstNewline = chunk.firstIndex(of: 0x0A) {
                    carry.append(contentsOf: chunk[0...firstNewline])
                    carry.withUnsafeBufferPointer { parseLines($0, final: false) }
                    carry.removeAll(keepingCapacity: true)
                    start = firstNewline + 1
                }
                if start <= lastNewline { parseLines(UnsafeBufferPointer(rebasing: chunk[start...lastNewline]), final: false) }
                carry.append(contentsOf: chunk[(lastNewline + 1)...])
            }
        }
        if !carry.isEmpty { carry.withUnsafeBufferPointer { parseLines($0, final: atFileEnd) } }
        return result
    }

    /// Builds the entries array in place from parsed parts: `work` runs the
    /// given part jobs (and whatever else the caller schedules beside them)
    /// and returns their results. Parts that came up short (blank or bad
    /// lines) are closed up so the array is contiguous.
    static func assemble(_ plan: Plan, firstLine: Int,
                         run work: (UnsafeMutablePointer<LedgerEntry>) -> [PartResult?]) -> Result {
        var result = Result(endsClean: plan.endsClean, stamp: plan.stamp)
        var parts: [PartResult?] = []
        // At least one slot, so there is always a buffer and `work` always runs
        // (the caller schedules its other jobs beside the ledger's).
        result.entries = Array(unsafeUninitializedCapacity: max(1, plan.capacity)) { buffer, initialized in
            let base = buffer.baseAddress!
            parts = work(base)
            var end = 0
            for (i, part) in parts.enumerated() {
                let count = part?.count ?? 0
                let from = plan.offsets[i]
                if from != end && count > 0 { (base + end).moveInitialize(from: base + from, count: count) }
                end += count
            }
            initialized = end
        }
        var lineBase = firstLine - 1
        for (i, part) in parts.enumerated() {
            if let part {
                result.lines.append(contentsOf: part.lines.map { $0 + lineBase })
                result.problems += part.problems.map { p in var p = p; p.line = p.line.map { $0 + lineBase }; return p }
            }
            lineBase += plan.lineCounts[i]
        }
        result.consumed = plan.endsClean ? plan.cuts.last! : (try? lastLineStart(plan)) ?? plan.cuts.first!
        // An unfinished last line is not consumed: the next read starts on it again.
        result.nextLine = lineBase + 1 - (plan.endsClean ? 0 : 1)
        return result
    }

    /// Reads from `offset` to the end on all cores; nil when there is no ledger.
    func read(from offset: Int64 = 0, firstLine: Int = 1) throws -> Result? {
        guard let plan = try plan(from: offset, parts: 2) else { return nil }
        let failures = (0..<plan.parts).map { _ in Box<Error>() }
        let result = Self.assemble(plan, firstLine: firstLine) { base in
            let slots = (0..<plan.parts).map { _ in Box<PartResult>() }
            let target = SendablePointer(base)
            DispatchQueue.concurrentPerform(iterations: plan.parts) { i in
                do { slots[i].value = try Self.parse(plan, part: i, into: target.pointer + plan.offsets[i]) } catch { failures[i].value = error }
            }
            return slots.map(\.value)
        }
        if let e = failures.compactMap(\.value).first { throw e }
        return result
    }

    func nextLineStart(_ fd: Int32, from: Int64, end: Int64) throws -> Int64? {
        var position = from
        var buf = [UInt8](repeating: 0, count: 65_536)
        while position < end {
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(position)) }
            if n <= 0 { throw FileIO.fail(.read, path) }
            if let i = buf[0..<n].firstIndex(of: 0x0A) { return position + Int64(i) + 1 }
            position += Int64(n)
        }
        return nil
    }

    func countLines(_ fd: Int32, from: Int64, to: Int64) throws -> Int {
        var position = from, lines = 0
        var buf = [UInt8](repeating: 0, count: 1 << 20)
        while position < to {
            let want = Int(min(Int64(buf.count), to - position))
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, want, off_t(position)) }
            if n < 0 { if errno == EINTR { continue }; throw FileIO.fail(.read, path) }
            if n == 0 { break }
            buf.withUnsafeBufferPointer { b in
                var p = b.baseAddress!
                let endp = p + n
                while p < endp, let hit = memchr(p, 0x0A, endp - p) {
                    lines += 1
                    p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
                }
            }
            position += Int64(n)
        }
        return lines
    }

    static func lastLineStart(_ plan: Plan) throws -> Int64 {
        let notBefore = plan.cuts.first!
        var position = plan.cuts.last!
        var buf = [UInt8](repeating: 0, count: 65_536)
        while position > notBefore {
            let from = max(notBefore, position - Int64(buf.count))
            let want = Int(position - from)
            let n = buf.withUnsafeMutableBytes { pread(plan.fd, $0.baseAddress!, want, off_t(from)) }
            if n != want { throw FileIO.fail(.read, plan.path) }
            if let i = buf[0..<n].lastIndex(of: 0x0A) { return from + Int64(i) + 1 }
            position = from
        }
        return notBefore
    }
}

/// A slot one concurrent task writes and the caller reads after they all finish.
final class Box<T>: @unchecked Sendable {
    var value: T?
    init() {}
}

/// A pointer handed to concurrent tasks that each write a disjoint region.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
