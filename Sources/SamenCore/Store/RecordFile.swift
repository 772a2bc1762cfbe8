/// Reading and writing one .jsonl file of records sorted by id.
///
/// Remembers where each record's line is in the file, so a save re-encodes
/// only the records a change touched and copies every other line from the
/// file as it is: saving one project among 50,000 costs a copy, not 50,000
/// encodings, and a person's hand-formatted line stays as they wrote it until
/// they change that record. The bytes themselves are not kept in memory
/// (30 MB at S100); the save re-reads them from the page cache.
struct RecordFile<ID: Hashable & Comparable & Sendable, Record: JSONRecord & Sendable> {
    var ranges: [ID: Range<Int>] = [:]

    struct Parsed {
        var records: [Record]
        var lineOf: [Int]
        var problems: [Problem]
    }

    /// Parses every line; each problem names the line. Blank lines are allowed.
    static func parse(_ bytes: [UInt8], file: String, what: String, id: (Record) -> ID,
                      cache: inout RecordFile?) -> Parsed {
        var records: [Record] = []
        var lines: [Int] = []
        var problems: [Problem] = []
        var ranges: [ID: Range<Int>] = [:]
        var firstLine: [ID: Int] = [:]
        bytes.withUnsafeBufferPointer { buf in
            forEachLine(buf) { lineNumber, range in
                do {
                    let record = try JSONScanner.decode(UnsafeBufferPointer(rebasing: buf[range])) { try Record(from: &$0) }
                    let key = id(record)
                    if let earlier = firstLine[key] {
                        problems.append(Problem(file: file, line: lineNumber, LoadWords.duplicateID(what, id: "\(key)", line: earlier)))
                        return
                    }
                    firstLine[key] = lineNumber
                    ranges[key] = range
                    records.append(record)
                    lines.append(lineNumber)
                } catch {
                    problems.append(Problem(file: file, line: lineNumber, error: error))
                }
            }
        }
        // Hand-edited files may be out of order; memory is sorted, the next save sorts the file.
        if !zip(records, records.dropFirst()).allSatisfy({ id($0) < id($1) }) {
            let order = records.indices.sorted { id(records[$0]) < id(records[$1]) }
            records = order.map { records[$0] }
            lines = order.map { lines[$0] }
        }
        cache = RecordFile(ranges: ranges)
        return Parsed(records: records, lineOf: lines, problems: problems)
    }

    /// Calls `body` with the 1-based number and byte range of each non-blank
    /// line, without its newline (or a Windows `\r`).
    static func forEachLine(_ buf: UnsafeBufferPointer<UInt8>, from start: Int = 0, firstLine: Int = 1,
                            _ body: (Int, Range<Int>) -> Void) {
        var lineStart = start
        var number = firstLine
        var i = start
        let n = buf.count
        while lineStart < n {
            i = lineStart
            while i < n && buf[i] != 0x0A { i += 1 }
            var end = i
            if end > lineStart && buf[end - 1] == 0x0D { end -= 1 }
            var blank = true
            for j in lineStart..<end where buf[j] != 0x20 && buf[j] != 0x09 { blank = false; break }
            if !blank { body(number, lineStart..<end) }
            number += 1
            lineStart = i + 1
        }
    }

    /// The file's new contents, the records at `positions` of `table` (all
    /// when nil): untouched records copied from `old` (the file as last read
    /// or written; nil to encode everything), touched ones encoded. Ids are
    /// read from the table's own array and a record only when it is
    /// encoded: a loop over the records themselves copies each one, a
    /// retain for every string and array it holds (5,000 projects per save).
    mutating func render(_ table: SortedTable<ID, Record>, positions: Range<Int>? = nil, touched: Set<ID>, old: [UInt8]?) -> [UInt8] {
        let buffer = old ?? []
        let positions = positions ?? table.ids.indices
        var out: [UInt8] = []
        out.reserveCapacity(buffer.count + 1024)
        var newRanges: [ID: Range<Int>] = [:]
        newRanges.reserveCapacity(positions.count)
        table.ids.withUnsafeBufferPointer { ids in
            for p in positions {
                let key = ids[p]
                let start = out.count
                if !touched.contains(key), let range = ranges[key], range.upperBound <= buffer.count {
                    out.append(contentsOf: buffer[range])
                } else {
                    out.append(contentsOf: JSONWriter.line(table.records[p].json))
                }
                newRanges[key] = start..<out.count
                out.append(0x0A)
            }
        }
        ranges = newRanges
        return out
    }
}
