/// Something the network owns and its members built together: ST-groep's
/// instrument, Unit-2's congress media team. Issue 16 counts co-developing
/// one as part of what a member brings, beside the work they bring in, so the
/// network keeps a small register of them in `network.json` (`products`),
/// each with the members who contributed.
///
/// Small on purpose: a name, the day it started, and who contributed. It is
/// a record of who built what together, never a price or a share of income.
public struct Product: Hashable, Sendable, JSONRecord {
    /// Lower-case letters, digits and dashes, derived from the name when empty.
    public var id: String
    public var name: String
    public var started: Day
    /// Member ids, in the order they were added.
    public var contributors: [String]

    public init(id: String = "", name: String, started: Day, contributors: [String] = []) {
        self.id = id; self.name = name; self.started = started; self.contributors = contributors
    }

    private enum Field {
        static let id: JSONKey = "id"
        static let name: JSONKey = "name"
        static let started: JSONKey = "started"
        static let contributors: JSONKey = "contributors"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "product"
        var id: String?, name: String?, started: Day?, contributors: [String] = []
        try s.object(what) { key, s in
            switch key {
            case Field.id: id = try s.string()
            case Field.name: name = try s.string()
            case Field.started: started = try s.day()
            case Field.contributors: contributors = try s.stringArray()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(id: try required(id, "id", what), name: try required(name, "name", what),
                  started: try required(started, "started", what), contributors: contributors)
        if let p = rangeProblem { throw JSONFieldError(JSONFieldWords.record(what, p)) }
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("name", name); b.set("started", started); b.set("contributors", contributors)
        return b.value
    }
}

extension Product: RangeChecked {
    var rangeProblem: RangeRefusal? {
        var c = RangeCheck()
        c.text(id, "id"); c.text(name, "name"); c.day(started, "started"); c.list(contributors, "contributors")
        return c.problem
    }
}

extension Network {
    /// The product with that id, if the network registered one.
    public func product(_ id: String) -> Product? { products.first { $0.id == id } }
}
