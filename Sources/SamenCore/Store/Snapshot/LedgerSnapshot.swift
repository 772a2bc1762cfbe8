#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file, unmapped when released. Mapping
/// instead of reading spares a copy of the ledger's snapshot (40 MB at
/// S100): its pages come straight from the page cache as they are decoded.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    var count: Int { bytes.count }

    /// Maps the file open at `fd` (the caller closes it).
    init?(fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let length = Int(st.st_size)
        guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: length)
    }

    /// Drops the pages in `range` (page-aligned at its start) from this
    /// process; reading them again faults them back in from the page cache.
    func release(_ range: Range<Int>) {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress! + range.lowerBound), range.count, MADV_DONTNEED)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}

/// The ledger's snapshot, mapped and checked, ready to decode: its entries
/// are in chunks, each with its own checksum, so the loader decodes them
/// in parallel straight into their places in one array.
final class LedgerSnapshot: @unchecked Sendable {
    struct Chunk {
        var offset: Int, length: Int, count: Int, sum: UInt64
    }

    let file: MappedFile
    let chunks: [Chunk]
    let lines: [Int]
    let covered: Int64
    let nextLine: Int
    /// Where each chunk's entries start in the whole.
    let starts: [Int]

    init(file: MappedFile, chunks: [Chunk], lines: [Int], covered: Int64, nextLine: Int) {
        self.file = file; self.chunks = chunks; self.lines = lines; self.covered = covered; self.nextLine = nextLine
        var running = 0
        starts = chunks.map { c in defer { running += c.count }; return running }
    }

    var count: Int { lines.count }

    /// Decodes chunk `i` into `entries` (its own region, uninitialised) and
    /// their ids into `ids`, and indexes them. All or nothing: on a damaged
    /// chunk it leaves its region uninitialised again and throws.
    ///
    /// The checksum is computed as the decoding goes, and the pages already
    /// decoded are handed back to the page cache, so the mapped snapshot
    /// never adds its 40 MB to the process's peak memory.
    func decode(chunk i: Int, entries: UnsafeMutablePointer<LedgerEntry>, ids: UnsafeMutablePointer<Int>,
                index: inout LedgerIndex) throws {
        let c = chunks[i]
        let region = UnsafeRawBufferPointer(rebasing: file.bytes[c.offset..<c.offset + c.length])
        var r = SnapshotReader(region)
        var hasher = SnapshotHasher()
        var summed = 0
        var released = c.offset
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var done = 0
        do {
            while done < c.count {
                // Decoded straight into place: through a local, each entry
                // would be copied (its strings retained) and the local destroyed.
                (entries + done).initialize(to: try LedgerEntry(from: &r))
                (ids + done).initialize(to: entries[done].id)
                index.add(entries[done])
                done += 1
                if done & 4095 == 0 {
                    let upTo = r.position & ~7
                    hasher.update(UnsafeRawBufferPointer(rebasing: region[summed..<upTo]))
                    summed = upTo
                    let end = (c.offset + upTo) & ~(page - 1)
                    if end > released {
                        file.release(released..<end)
                        released = end
                    }
                }
            }
            guard r.atEnd else { throw SnapshotReader.Corrupt() }
            hasher.update(UnsafeRawBufferPointer(rebasing: region[summed...]))
            guard hasher.finish() == c.sum else { throw SnapshotReader.Corrupt() }
        } catch {
            entries.deinitialize(count: done)
            throw error
        }
    }
}

/// Asks for transparent huge pages over the 2 MB-aligned middle of a
/// large buffer about to be filled. Advice only: where the kernel does
/// not offer them, nothing changes.
func preferHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    let huge = 2 << 20
    guard let base = buffer.baseAddress, buffer.count >= 4 * huge else { return }
    let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
    guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(p, end - start, MADV_HUGEPAGE)
}
