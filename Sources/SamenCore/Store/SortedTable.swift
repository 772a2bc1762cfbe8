/// Records kept sorted by id, as they are written to disk.
///
/// A sorted array instead of a dictionary: files come out in id order without
/// sorting 50,000 records on every save, lookups are a binary search, and new
/// projects, requests and ledger entries (sequential ids) append at the end.
/// The ids are kept in an array of their own so a search compares ids, not
/// copies of whole records.
public struct SortedTable<ID: Comparable & Hashable & Sendable, Record: Sendable>: Sendable, RandomAccessCollection {
    public private(set) var records: [Record]
    public private(set) var ids: [ID]
    let key: @Sendable (Record) -> ID
    /// Which run of appends these records come from: kept by `append`, new
    /// on every other change. Two tables of one lineage agree on every record
    /// the shorter one has, so a comparison of an append-only table (the
    /// ledger, `verifyIncrementally`) need only look at what came after.
    public private(set) var lineage = Lineage()
    public final class Lineage: Sendable {}

    public init(key: @escaping @Sendable (Record) -> ID) {
        self.records = []
        self.ids = []
        self.key = key
    }

    public var startIndex: Int { records.startIndex }
    public var endIndex: Int { records.endIndex }
    public subscript(position: Int) -> Record { records[position] }

    /// Replaces all records; they must already be sorted and unique (checked by the loader).
    mutating func replaceAll(sortedUnique items: [Record]) {
        lineage = Lineage()
        records = items
        ids = items.indices.map { key(items[$0]) }
    }

    /// Replaces all records whose ids the caller already has, in the same order.
    mutating func replaceAll(sortedUnique items: [Record], ids known: [ID]) {
        precondition(known.count == items.count)
        lineage = Lineage()
        records = items
        ids = known
    }

    func position(of id: ID) -> (found: Bool, index: Int) {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let k = ids[mid]
            if k == id { return (true, mid) }
            if k < id { lo = mid + 1 } else { hi = mid }
        }
        return (false, lo)
    }

    public subscript(id id: ID) -> Record? {
        let p = position(of: id)
        return p.found ? records[p.index] : nil
    }

    public func contains(id: ID) -> Bool { position(of: id).found }

    /// The first record that `matches`, in id order, found without copying
    /// the others: "who is this login?" runs over 10,000 members on every
    /// change and every frame's header, and `first(where:)` through the
    /// collection's subscript would copy each member it looks at.
    public func firstRecord(where matches: (Record) -> Bool) -> Record? {
        records.withUnsafeBufferPointer { buf in
            for i in buf.indices where matches(buf[i]) { return buf[i] }
            return nil
        }
    }

    /// Inserts or replaces the record with this id.
    mutating func upsert(_ record: Record) {
        let id = key(record)
        let p = position(of: id)
        lineage = Lineage()
        if p.found {
            records[p.index] = record
        } else {
            records.insert(record, at: p.index)
            ids.insert(id, at: p.index)
        }
    }

    mutating func append(sortedAfterLast record: Record) {
        let id = key(record)
        precondition(ids.last.map { $0 < id } ?? true, "ids must increase")
        records.append(record)
        ids.append(id)
    }

    public var lastID: ID? { ids.last }
}
