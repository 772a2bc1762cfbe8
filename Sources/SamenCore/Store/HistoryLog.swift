/// Reads `history.jsonl`: who changed what, when.
///
/// The history is never loaded with the state (it only grows); it is read
/// when a person asks for it, or from an offset to say what another process
/// just did ("reloaded: 2 changes by guido").
public enum HistoryLog {
    public struct Entry: Sendable, Equatable, JSONRecord {
        public var at: Timestamp
        /// The person who made the change (their Unix login).
        public var by: String
        /// The member they made it for, when that was someone else.
        public var actedFor: String?
        /// The change's name ("add-member").
        public var change: String
        /// The change itself as written (`Change.json`), for reading it back
        /// (`Change(json:)`): to say it again in another language.
        public var changeValue: JSONValue = .null
        public var summary: String
        /// The day the domain saw when the change was made, and how the
        /// person was known (`ChangeContext.Identity.kind`): what replaying
        /// it needs. Absent on lines written before Samen recorded them.
        public var today: Day?
        public var identityKind: String?
        /// Whether the line is signed, and whether the signature holds over
        /// its bytes (`readWithOffset` checks). Whether the key was its
        /// author's to sign with is `samen verify`'s to say: that needs the
        /// history replayed.
        public var signature: Signature = .none
        public enum Signature: Sendable, Equatable {
            case none
            /// A signature over this very line, by the key with this fingerprint.
            case valid(key: String)
            case invalid(String)
        }
        var signatureText: String?

        /// Field names, made once: a literal in each `case` would be rebuilt on every comparison.
        private enum Field {
            static let at: JSONKey = "at"
            static let by: JSONKey = "by"
            static let actedFor: JSONKey = "for"
            static let summary: JSONKey = "summary"
            static let change: JSONKey = "change"
            static let today: JSONKey = "today"
            static let identityKind: JSONKey = "as"
            static let sig: JSONKey = "sig"
            static let ledgerEnd: JSONKey = "ledgerEnd"
            static let ledgerTail: JSONKey = "ledgerTail"
        }

        /// "samen-bob" / "samen-bob for alice", for people.
        public var who: String { actedFor.map { "\(by) for \($0)" } ?? by }

        public init(from s: inout JSONScanner) throws {
            let what = "history entry"
            var at: Timestamp?, by: String?, actedFor: String?, change: String?, summary: String?, today: Day?, kind: String?, sig: String?
            var changeValue: JSONValue = .null
            try s.object(what) { key, s in
                switch key {
                case Field.at: at = try s.timestamp()
                case Field.by: by = try s.string()
                case Field.actedFor: actedFor = try s.optionalString()
                case Field.summary: summary = try s.optionalString()
                case Field.today: today = try s.optionalDay()
                case Field.identityKind: kind = try s.optionalString()
                case Field.sig: sig = try s.optionalString()
                // The ledger's length with this change in it: for readers and recovery (`HistoryCommit`).
                case Field.ledgerEnd, Field.ledgerTail: _ = try s.value()
                case Field.change:
                    var pairs: [(String, JSONValue)] = []
                    try s.object("change") { key, s in
                        if key == "change" { let name = try s.string(); change = name; pairs.append((key.description, .string(name))) }
                        else { pairs.append((key.description, try s.value())) }
                    }
                    changeValue = .object(pairs)
                default: throw s.unknown(key, in: what)
                }
            }
            self.at = try required(at, "at", what)
            self.by = try required(by, "by", what)
            self.actedFor = actedFor
            self.change = try required(change, "change", what)
            self.changeValue = changeValue
            self.summary = summary ?? self.change
            self.today = today
            self.identityKind = kind
            self.signatureText = sig
        }

        /// Checks the signature, if any, against the line's own bytes.
        mutating func checkSignature<C: Collection>(line: C) where C.Element == UInt8 {
            guard let signatureText else { signature = .none; return }
            switch SignedLine.check(line, claimed: signatureText) {
            case let .success(sig): signature = .valid(key: sig.key.fingerprint)
            case let .failure(why): signature = .invalid(why.description)
            }
        }

        public var json: JSONValue {
            var b = JSONObjectBuilder()
            b.set("at", at); b.set("today", today); b.set("by", by); b.set("as", identityKind); b.set("for", actedFor); b.set("summary", summary)
            var c = JSONObjectBuilder(); c.set("change", change)
            b.set("change", c.value)
            return b.value
        }
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
                if var e = try? JSONScanner.decode(UnsafeBufferPointer(rebasing: buf[range]), { try Entry(from: &$0) }) {
                    if e.signatureText != nil { e.checkSignature(line: UnsafeBufferPointer(rebasing: buf[range])) }
                    entries.append(e)
                }
            }
        }
        return (entries, offset + Int64(complete))
    }

    /// The size of the history file now, to read later changes from.
    public static func endOffset(directory: String) -> Int64 {
        FileIO.stamp("\(Store.normalise(directory))/\(DataFile.history.name)")?.size ?? 0
    }
}
