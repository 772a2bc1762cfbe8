import Foundation
import Testing
@testable import SamenCore

/// Issue 15's walk: `LANG=nl_NL.UTF-8 samen demo` on a machine that has only
/// C.UTF-8, through all four panes, the key list, a form with Dutch dates,
/// a refusal and a save; no English word is left on any of those screens.
/// The English words looked for are the ones the same walk shows in English
/// (less the demo's names and the words the Dutch catalogues use themselves).
@Suite("The dashboard in Dutch, in tmux", .serialized)
struct DutchDashboardTmuxTests {
    typealias Tmux = DashboardTmuxTests.Tmux

    /// Waits until the screen holds `needle` and stops changing: a frame
    /// whose words are not known beforehand is read once it is whole.
    static func settled(_ tmux: Tmux, containing needle: String, seconds: Double = 8) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            let now = try tmux.screen()
            if now.contains(needle) && now == last { return now }
            last = now
            usleep(150_000)
        }
        Issue.record("the screen never settled showing '\(needle)'; it shows:\n\(last)")
        return last
    }

    /// The walk, in either language; the screens it saw, by name.
    static func walk(language: String) throws -> [(String, String)] {
        let tmux = try Tmux()
        let locale = language == "nl" ? "LANG=nl_NL.UTF-8" : "LANG=C.UTF-8"
        try tmux.start("env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE SAMEN_TODAY=2026-11-23 SAMEN_NOW=2026-11-23T10:00:00Z TERM=xterm-256color \(locale) SAMEN_THEME=default XDG_CONFIG_HOME=/nonexistent \(SamenBinary.path) demo", width: 120, height: 40)
        let tabs = language == "nl" ? ["1 Leden", "2 Projecten", "3 Hulp", "4 Geld"] : ["1 Members", "2 Projects", "3 Help", "4 Finances"]
        var screens: [(String, String)] = []
        screens.append(("members", try tmux.waitFor(all: [tabs[0], "Anaïs Laurent", "✓"])))
        try tmux.keys("?")
        screens.append(("members keys", try settled(tmux, containing: language == "nl" ? "Toetsen: Leden" : "Keys: Members")))
        try tmux.keys("Escape")
        try tmux.keys("2")
        screens.append(("projects", try settled(tmux, containing: "Newsletter")))
        try tmux.keys("3")
        screens.append(("help", try settled(tmux, containing: tabs[2])))
        try tmux.keys("4")
        screens.append(("finances", try settled(tmux, containing: tabs[3])))
        try tmux.keys("1")
        _ = try tmux.waitFor(all: [tabs[0], "Anaïs Laurent"])
        // Time off for the first member, typed as a Dutch person writes it:
        // first the last day before the first (refused), then a real period.
        try tmux.keys("o")
        screens.append(("time-off form", try settled(tmux, containing: "Anaïs Laurent")))
        try tmux.text(language == "nl" ? "31-12" : "2026-12-31")
        try tmux.keys("Tab")
        try tmux.text(language == "nl" ? "vandaag" : "today")
        try tmux.keys("Tab")
        try tmux.text("x")
        try tmux.keys("Enter")
        usleep(300_000)
        screens.append(("time-off refused", try settled(tmux, containing: "Anaïs Laurent")))
        // A form with typing in it asks before it throws that away: Esc twice.
        try tmux.keys("Escape")
        usleep(200_000)
        try tmux.keys("Escape")
        _ = try tmux.waitFor(language == "nl" ? "niets opgeslagen" : "nothing saved")
        try tmux.keys("o")
        _ = try settled(tmux, containing: "Anaïs Laurent")
        try tmux.text(language == "nl" ? "21-12" : "2026-12-21")
        try tmux.keys("Tab")
        try tmux.text(language == "nl" ? "3-1-2027" : "2027-01-03")
        try tmux.keys("Tab")
        try tmux.text(language == "nl" ? "kerst" : "christmas")
        try tmux.keys("Enter")
        screens.append(("time-off saved", try tmux.waitFor(language == "nl" ? "opgeslagen: vrij voor Anaïs Laurent: 21-12-2026 t/m 03-01-2027"
                                                                               : "saved: time off for Anaïs Laurent: 2026-12-21..2027-01-03")))
        try tmux.quit()
        return screens
    }

    static func words(_ text: String) -> Set<String> {
        var out: Set<String> = [], current = ""
        for ch in text.lowercased() {
            if ch.isLetter && ch.isASCII { current.append(ch) } else {
                if current.count >= 3 { out.insert(current) }
                current = ""
            }
        }
        if current.count >= 3 { out.insert(current) }
        return out
    }

    /// Words of every `var nl: String { … }` catalogue in the sources.
    static func dutchCatalogueWords() throws -> Set<String> {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var out: Set<String> = []
        for f in FileManager.default.enumerator(atPath: sources.path)!.compactMap({ $0 as? String }) where f.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(f), encoding: .utf8)
            var rest = Substring(text)
            while let start = rest.range(of: "var nl: String {") {
                let after = rest[start.upperBound...]
                let end = after.range(of: "\n    }\n")?.lowerBound ?? after.endIndex
                var inString = false, literal = "", depth = 0
                for ch in after[..<end] {
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

    /// Names both languages show as they are: the demo's people, places,
    /// clients, skills and titles, and a few words Dutch shares with English.
    static func names() throws -> Set<String> {
        var out: Set<String> = ["samen", "esc", "enter", "tab", "ctrl", "pgup", "pgdn", "home", "end", "unit", "share", "help",
                                "partner", "partners", "team", "status", "project", "projecten",
                                // The same words in Dutch (`Seniority.shown`, `RequestStatus.shown`).
                                "junior", "medior", "senior", "open"]
        for demo in DemoNetwork.allCases {
            let s = try demo.build(today: Day(iso: "2026-11-23")!)
            out.formUnion(words(s.network.name + " " + s.network.place))
            for m in s.members { out.formUnion(words([m.name, m.id, m.city, m.email ?? "", m.skills.joined(separator: " "), m.declinedClients.joined(separator: " ")].joined(separator: " "))) }
            for p in s.projects { out.formUnion(words([p.title, p.client, p.city, (p.skills + p.optionalSkills).joined(separator: " ")].joined(separator: " "))) }
            for e in s.ledger { out.formUnion(words([e.category ?? "", e.payee ?? ""].joined(separator: " "))) }
            for r in s.requests { out.formUnion(words(r.tags.joined(separator: " "))) }
        }
        return out
    }

    @Test func theDemoInDutchShowsNoEnglish() throws {
        let english = try Self.walk(language: "en")
        let dutch = try Self.walk(language: "nl")
        var look = Set(english.flatMap { Self.words($0.1) })
        look.subtract(try Self.dutchCatalogueWords())
        let names = try Self.names()
        look.subtract(names)
        // A name cut short by a column ("copywrit…") is data cut the same way in both.
        look = look.filter { w in !names.contains { $0.hasPrefix(w) || $0.hasSuffix(w) } }
        look.subtract(DemoDutch.phrases.values.flatMap { Self.words($0) })
        look.subtract(["shift"])
        #expect(look.contains("members"), "the English walk was read")
        let refused = dutch.first { $0.0 == "time-off refused" }?.1 ?? ""
        #expect(refused.contains("Vrij voor Anaïs Laurent") && refused.contains("de laatste vrije dag (23-11-2026) ligt voor de eerste (31-12-2026)"),
                "the period was refused, in Dutch:\n\(refused)")
        for (name, screen) in dutch {
            let left = Self.words(screen).intersection(look).sorted()
            #expect(left.isEmpty, "the Dutch \(name) screen still shows English: \(left.joined(separator: ", "))\n\(screen)")
        }
    }
}
