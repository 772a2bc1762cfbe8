import Foundation
import Testing
@testable import SamenCore
@testable import SamenTUI

/// No English left on a Dutch screen. The words to look for are every word
/// the English screens of this suite show (their snapshots, `*.txt`), less
/// the words the Dutch catalogues use themselves and the demo networks'
/// names (people, places, clients, skills, titles, a cost's category and
/// payee, a request's tags), which stay as they are in both languages. The
/// demos' free text is Dutch in a Dutch demo, so it is not left out. Each
/// Dutch snapshot (`*.nl.txt`) is scanned for them.
@Suite("Dutch screens") struct DutchScreensTests {
    /// The same in both languages, or a key's name on a keyboard.
    static let shared: Set<String> = [
        "samen", "esc", "enter", "tab", "ctrl", "pgup", "pgdn", "home", "end", "del", "backspace", "shift",
        "share", "help", "unit", "groep", "partner", "partners", "associate", "coordinator", "bookkeeper",
        "ssh", "json", "csv", "hledger", "ok", "max", "min", "totaal", "status", "team", "sociotechniek",
        // Seniority and a request's first state are the same words in Dutch (`Seniority.shown`, `RequestStatus.shown`).
        "junior", "medior", "senior", "open",
        // Dutch months as `Day.spoken` writes them (`3 nov 2026`); several are English too.
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        // Demo names cut short by a column's ellipsis (`Woningsticht…`): the
        // scan knows demo names only whole. Better: skip a word cut by `…`.
        "woningsticht", "zor", "congr", "copywrit", "portrai", "bezoe", "zomer",
        // The cost a Dutch finances test adds: a payee and a Dutch word.
        "copyshop", "printer",
    ]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Words of three letters or more, lower-cased. A word cut short by a
    /// column ("wei…" of "weinig") says nothing of its language and is left out.
    static func words(_ text: String) -> Set<String> {
        var out: Set<String> = [], current = ""
        for ch in text.lowercased() {
            if ch.isLetter && ch.isASCII { current.append(ch) } else {
                if current.count >= 3 && ch != "…" { out.insert(current) }
                current = ""
            }
        }
        if current.count >= 3 { out.insert(current) }
        return out
    }

    /// The string literals of every `var nl: String { … }` in the sources.
    static func dutchCatalogueWords() throws -> Set<String> {
        var out: Set<String> = []
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for f in files {
            let text = try String(contentsOf: sources.appendingPathComponent(f), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "var nl: String {") {
                let after = rest[start.upperBound...]
                let end = after.range(of: "\n    }\n")?.lowerBound ?? after.endIndex
                let block = after[..<end]
                var inString = false, literal = "", depth = 0
                for ch in block {
                    if ch == "\"" && depth == 0 { if inString { out.formUnion(words(literal)); literal = "" }; inString.toggle() }
                    else if inString {
                        // What is interpolated is code, not Dutch: `\(who)` must not count "who" as a Dutch word.
                        if ch == "(" && literal.hasSuffix("\\") { depth += 1; literal.removeLast() }
                        else if ch == "(" && depth > 0 { depth += 1 }
                        else if ch == ")" && depth > 0 { depth -= 1 }
                        else if depth == 0 { literal.append(ch) }
                    }
                }
                rest = after[end...]
            }
        }
        return out
    }

    /// Names in the demo networks, which both languages show as they are.
    static func demoNames() throws -> Set<String> {
        var texts: [String] = []
        for demo in DemoNetwork.allCases {
            let s = try demo.build(today: Day(iso: "2026-11-23")!)
            texts.append(s.network.name + " " + s.network.place)
            for m in s.members { texts.append(m.name + " " + m.id + " " + m.city + " " + m.skills.joined(separator: " ") + " " + m.declinedClients.joined(separator: " ")) }
            for p in s.projects { texts.append(p.title + " " + p.client + " " + p.city + " " + (p.skills + p.optionalSkills).joined(separator: " ")) }
            // Labels people typed (a cost's category, a payee, a request's tags) are data, like names.
            for e in s.ledger { texts.append((e.category ?? "") + " " + (e.payee ?? "")) }
            for r in s.requests { texts.append(r.tags.joined(separator: " ")) }
        }
        // Without UTF-8 a name loses its accents (Çelik shows as Celik): the same name.
        return texts.reduce(into: Set<String>()) { $0.formUnion(words($1)); $0.formUnion(words(Canvas.asciiLetters($1))) }
    }

    static func englishWords() throws -> Set<String> {
        var out: Set<String> = []
        for f in try FileManager.default.contentsOfDirectory(atPath: Snapshot.directory.path) where f.hasSuffix(".txt") && !f.hasSuffix(".nl.txt") {
            out.formUnion(words(try String(contentsOf: Snapshot.directory.appendingPathComponent(f), encoding: .utf8)))
        }
        // A name or skill cut short, by a column's "…" or by a box drawn over
        // it, is data too: "illu" of "illustration", "writing" of "copywriting".
        // Both languages cut it in the same place, so its piece is no English.
        let demo = try demoNames()
        let pieces = out.filter { w in demo.contains { $0 != w && ($0.hasPrefix(w) || $0.hasSuffix(w)) } }
        // The demos' Dutch free text is Dutch by construction ("camera", "studio" are Dutch too).
        let demoDutch = DemoDutch.phrases.values.reduce(into: Set<String>()) { $0.formUnion(words($1)) }
        return out.subtracting(try dutchCatalogueWords()).subtracting(demo).subtracting(pieces).subtracting(shared).subtracting(demoDutch)
    }

    /// `englishWords()`, made once: every Dutch screen test asks for it, and
    /// it reads every English snapshot and every catalogue source file.
    static let english = Result { try englishWords() }

    /// English words found on a Dutch screen, for a test to report.
    static func untranslated(in screen: String) throws -> [String] {
        try words(screen).intersection(english.get()).sorted()
    }

    @Test func noDutchSnapshotShowsAnEnglishWord() throws {
        let english = try Self.english.get()
        #expect(english.contains("members") && english.contains("filter"), "the scan has English words to look for")
        for f in try FileManager.default.contentsOfDirectory(atPath: Snapshot.directory.path).sorted() where f.hasSuffix(".nl.txt") {
            let screen = try String(contentsOf: Snapshot.directory.appendingPathComponent(f), encoding: .utf8)
            let left = Self.words(screen).intersection(english).sorted()
            #expect(left.isEmpty, "\(f) still shows English: \(left.joined(separator: ", "))")
        }
    }

    /// The scan itself can fail: an English word on a Dutch screen is found.
    @Test func theScanFindsEnglish() throws {
        #expect(try Self.untranslated(in: "Leden  filter  verplaatsen") == ["filter"])
    }

    @Test func theTooSmallScreenInDutch() throws {
        let model = try TUIFixture.model(width: 50, height: 12)
        let screen = Language.$scoped.withValue(.nl) { model.render().text }
        #expect(screen.contains("Samen heeft minstens"))
        Snapshot.check(screen, named: "too-small-50x12.nl")
    }
}
