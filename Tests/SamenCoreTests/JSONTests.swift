import Testing
@testable import SamenCore

@Suite("JSON")
struct JSONTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(#"{"a":[1,-2,3.5,true,false,null],"b":"x\"y\\z\n\u00e9\ud83d\ude00","c":{}}"#)
        guard case let .object(pairs) = v else { Issue.record("not an object"); return }
        #expect(pairs[0].1 == .array([.int(1), .int(-2), .double(3.5), .bool(true), .bool(false), .null]))
        #expect(pairs[1].1 == .string("x\"y\\z\né😀"))
        #expect(pairs[2].1 == .object([]))
    }

    @Test(arguments: [
        (#"{"a":1"#, "unexpected end of line inside an object at column 7"),
        (#"{"a":01}"#, "a number may not start with 0 at column 8"),
        (#"{"a":tru}"#, "unexpected character '}' at column 9"),
        (#"{"a":1}x"#, "unexpected text after the value at column 8"),
        (#"{a:1}"#, "expected a field name in quotes at column 2"),
        (#"{"a":"\q"}"#, #"unknown escape '\q' at column 9"#),
        (#"{"a":99999999999999999999}"#, "number too large at column 6"),
    ] as [(String, String)])
    func reportsWhereItBroke(text: String, message: String) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("expected a failure for \(text)")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func writesSortedKeysAndEscapes() {
        var b = JSONObjectBuilder()
        b.set("zeta", 1); b.set("alpha", "tab\there\u{1B}[31m")
        #expect(JSONWriter.string(b.value) == #"{"alpha":"tab\there\u001b[31m","zeta":1}"#)
    }

    /// Every control and bidi character is a `\u` escape (so neither `--json`
    /// nor a `cat` of a data file drives a terminal), and reads back the same.
    @Test func controlsAndBidiAreEscapedAndReadBack() throws {
        let unsafe = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter(TerminalText.isUnsafe)
        #expect(unsafe.count == 65 + 1 + 2 + 5 + 4 + 3)
        for s in unsafe {
            let text = "a" + String(Character(s)) + "é"
            let written = JSONWriter.string(.string(text))
            #expect(written.unicodeScalars.allSatisfy { !TerminalText.isUnsafe($0) }, "U+\(String(s.value, radix: 16)) written raw")
            #expect(try JSONParser.parse(written) == .string(text))
        }
        #expect(JSONWriter.string(.string("\u{202E}x\u{9B}\u{7F}\u{2066}")) == #""\u202ex\u009b\u007f\u2066""#)
        #expect(JSONWriter.string(.string("Zoë · € … 李")) == #""Zoë · € … 李""#)
    }

    @Test func unknownFieldsAreRefusedNotDropped() throws {
        #expect(throws: JSONFieldError("contracted hours has an unknown field 'colour'")) {
            try ContractedHours(jsonText: #"{"hoursPerWeek":8,"from":"2026-01-05","colour":"blue"}"#)
        }
        #expect(throws: JSONFieldError("contracted hours has the field 'from' twice")) {
            try ContractedHours(jsonText: #"{"hoursPerWeek":8,"from":"2026-01-05","from":"2026-01-06"}"#)
        }
        #expect(throws: JSONFieldError("contracted hours is missing the field 'from'")) {
            try ContractedHours(jsonText: #"{"hoursPerWeek":8}"#)
        }
    }

    @Test func wrongTypesAreNamed() throws {
        #expect(throws: JSONFieldError("contracted hours field 'hoursPerWeek' must be a number of hours like 16 or 2.5, got a string")) {
            try ContractedHours(jsonText: #"{"hoursPerWeek":"8","from":"2026-01-05"}"#)
        }
        #expect(throws: JSONFieldError("contracted hours field 'from' must be a date like 2026-03-01, got '5 Jan'")) {
            try ContractedHours(jsonText: #"{"hoursPerWeek":8,"from":"5 Jan"}"#)
        }
        #expect(throws: JSONFieldError("member field 'role' is 'boss', which is not one of: partner, associate, member, applicant, external")) {
            try Member(jsonText: #"{"id":"x","name":"X","role":"boss","seniority":"junior","city":"Leiden","involvement":"daily","joined":"2026-01-01"}"#)
        }
    }

    @Test func recordsRoundTrip() throws {
        let state = SyntheticNetwork(members: 30, projects: 60, requests: 30, entries: 300, seed: 3).build(today: Day(iso: "2026-11-22")!)
        for m in state.members { #expect(try Member(jsonBytes: JSONWriter.line(m.json)) == m) }
        for p in state.projects { #expect(try Project(jsonBytes: JSONWriter.line(p.json)) == p) }
        for r in state.requests { #expect(try HelpRequest(jsonBytes: JSONWriter.line(r.json)) == r) }
        for e in state.ledger { #expect(try LedgerEntry(jsonBytes: JSONWriter.line(e.json)) == e) }
        #expect(try Network(jsonBytes: JSONWriter.pretty(state.network.json)) == state.network)
    }

    @Test func refusesAFormatFromTheFuture() throws {
        var json = Network(name: "X", place: "Leiden").json
        if case var .object(pairs) = json {
            pairs[pairs.firstIndex { $0.0 == "formatVersion" }!].1 = .int(99)
            json = .object(pairs)
        }
        #expect(throws: JSONFieldError("format version 99 is not one this Samen knows (it reads up to 2); use a newer Samen")) {
            try Network(jsonBytes: JSONWriter.line(json))
        }
    }
}
