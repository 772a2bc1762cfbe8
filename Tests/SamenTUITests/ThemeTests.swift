import Foundation
import Testing
@testable import SamenTUI

/// The package root, from this file's path, so the tests read the real `Themes/`.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
private let themesDirectory = packageRoot + "/Themes"
private let shippedThemes = ["default", "light", "high-contrast", "mono", "colour-blind"]

/// A refusal: the text, the line it is reported on and the exact message.
struct Refusal: Sendable, CustomTestStringConvertible {
    let text: String, line: Int, message: String
    init(_ text: String, _ line: Int, _ message: String) { self.text = text; self.line = line; self.message = message }
    var testDescription: String { text }
}

private let ns = "not supported in Samen's theme and config files"

/// Every theme test sits under `ThemeTests`, so `--filter ThemeTests` runs them all.
@Suite("Themes") struct ThemeTests {}

extension ThemeTests {
    @Suite("TOML subset")
    struct Parser {
        @Test func parsesEverySupportedForm() throws {
            let text = "\u{FEFF}# a comment\n\nname = \"Zoë \\\"x\\\" \\\\ \\n\\t\\u00e9\\U0001F600\"  # trailing\r\n"
                + "count = -42\nplus = +7\nzero = 0\non = true\noff=false\n  [ sec-1_b ]  # header comment\nfg = \"#ff8800\"\nkey_2-x = \"\"\n[empty]\n"
            let doc = try TOMLLite.parse(text, file: "t.toml")
            #expect(doc.sections.map(\.name) == ["", "sec-1_b", "empty"])
            #expect(doc.sections.map(\.line) == [0, 9, 12])
            #expect(doc.topLevel.entries == [
                TOMLEntry(key: "name", value: .string("Zoë \"x\" \\ \n\té😀"), line: 3),
                TOMLEntry(key: "count", value: .integer(-42), line: 4),
                TOMLEntry(key: "plus", value: .integer(7), line: 5),
                TOMLEntry(key: "zero", value: .integer(0), line: 6),
                TOMLEntry(key: "on", value: .bool(true), line: 7),
                TOMLEntry(key: "off", value: .bool(false), line: 8),
            ])
            #expect(doc.section("sec-1_b")?.entries == [TOMLEntry(key: "fg", value: .string("#ff8800"), line: 10),
                                                       TOMLEntry(key: "key_2-x", value: .string(""), line: 11)])
            #expect(doc.section("empty")?.entries == [])
            #expect(try TOMLLite.parse("", file: "e.toml").sections == [TOMLSection(name: "", line: 0)])
        }

        static let refusals: [Refusal] = [
            Refusal("[selection]\nfg \"blue\"", 2, "expected '=' after the key 'fg'"),
            Refusal("a = [1, 2]", 1, "arrays are \(ns)"),
            Refusal("a = { b = 1 }", 1, "inline tables are \(ns)"),
            Refusal("a.b = 1", 1, "dotted keys like 'a.b' are \(ns)"),
            Refusal("[a.b]", 1, "dotted section names like [a.b] are \(ns)"),
            Refusal("[[a]]", 1, "arrays of tables ([[...]]) are \(ns)"),
            Refusal("\n\"a\" = 1", 2, "quoted keys are \(ns); write the key bare, like fg"),
            Refusal("[\"a\"]", 1, "quoted section names are \(ns)"),
            Refusal("a = 1.5", 1, "floating-point numbers are \(ns); use a whole number"),
            Refusal("a = 1e3", 1, "floating-point numbers are \(ns); use a whole number"),
            Refusal("a = -inf", 1, "floating-point numbers are \(ns); use a whole number"),
            Refusal("a = 1979-05-27", 1, "dates and times are \(ns)"),
            Refusal("a = 07:32:00", 1, "dates and times are \(ns)"),
            Refusal("a = \"\"\"x\"\"\"", 1, "multi-line strings (\"\"\") are \(ns)"),
            Refusal("a = 'x'", 1, "literal strings ('...') are \(ns); use double quotes"),
            Refusal("a = 0x1F", 1, "hexadecimal, octal and binary numbers are \(ns)"),
            Refusal("a = 1_000", 1, "underscores in numbers are \(ns)"),
            Refusal("a = 012", 1, "the number 012 starts with 0, which TOML does not allow"),
            Refusal("a = 99999999999999999999", 1, "the number 99999999999999999999 is too large"),
            Refusal("a = True", 1, "true and false are written in lower case"),
            Refusal("fg = blue", 1, "'blue' is not a value; text needs double quotes (fg = \"blue\"), or use a whole number or true/false"),
            Refusal("a = \"open", 1, "the string is not closed: add a '\"' before the end of the line"),
            Refusal("a = \"\\q\"", 1, "unknown escape '\\q' in a string (write \\\\ for a backslash)"),
            Refusal("a = \"\\u12\"", 1, "\\u needs exactly 4 hexadecimal digits, like \\u00e9"),
            Refusal("a = \"\\uD800\"", 1, "\\uD800 is not a Unicode character"),
            Refusal("a = \"bell\u{07}\"", 1, "a control character in a string must be written as an escape, like \\t"),
            Refusal("a = 1 2", 1, "unexpected '2' after the value of 'a'"),
            Refusal("a =  # nothing", 1, "expected a value after 'a ='"),
            Refusal("a = 1\na = 2", 2, "the key 'a' is already set on line 1"),
            Refusal("[s]\n\n[s]", 3, "the section [s] already appeared on line 1"),
            Refusal("[]", 1, "a section needs a name between [ and ]"),
            Refusal("[a b]", 1, "a section name may only contain letters, digits, '-' and '_'"),
            Refusal("[s", 1, "expected ']' to close the section [s"),
            Refusal("[s] x", 1, "unexpected 'x' after [s]"),
            Refusal("= 1", 1, "expected a key (letters, digits, '-' and '_') or a [section], found '= 1'"),
        ]

        @Test(arguments: refusals) func refuses(_ r: Refusal) {
            #expect(throws: ConfigError(file: "Themes/light.toml", line: r.line, message: r.message)) {
                try TOMLLite.parse(r.text, file: "Themes/light.toml")
            }
        }

        @Test func errorsReadAsFileLineMessage() {
            let error = ConfigError(file: "Themes/light.toml", line: 12, message: "expected '=' after the key 'fg'")
            #expect(error.description == "Themes/light.toml:12: expected '=' after the key 'fg'")
            #expect(ConfigError(file: "x.toml", line: 0, message: "cannot be read").description == "x.toml: cannot be read")
        }
    }

    @Suite("Theme files")
    struct Files {
        @Test(arguments: shippedThemes) func shippedThemeLoadsAndDefinesEveryRole(_ name: String) throws {
            let path = "\(themesDirectory)/\(name).toml"
            let text = try TOMLLite.read(path: path)
            #expect(text.hasPrefix("# "), "starts with a comment explaining the format")
            let sections = try TOMLLite.parse(text, file: path).sections.dropFirst().map(\.name)
            #expect(Set(sections) == Set(StyleRole.allCases.map(\.rawValue)), "defines every role itself")
            let theme = try Theme.load(path: path)
            #expect(theme.name == name)
            #expect(theme.styles.count == StyleRole.allCases.count)
            #expect(theme.style(.selection) != theme.style(.normal), "the selection is visible")
            let resolved = ThemeChoice.resolve(flag: name, environment: [:], executablePath: packageRoot + "/.build/debug/samen",
                                               currentDirectory: "/")
            #expect(resolved.warnings == [])
            #expect(resolved.theme == theme)
        }

        @Test func everyThemeFileIsTested() throws {
            let files = try FileManager.default.contentsOfDirectory(atPath: themesDirectory).filter { $0.hasSuffix(".toml") }
            #expect(Set(files) == Set(shippedThemes.map { $0 + ".toml" }))
        }

        @Test func builtinThemesEqualTheirFiles() throws {
            for (builtin, file) in [(Theme.builtinDefault, "default"), (Theme.builtinMono, "mono")] {
                let loaded = try Theme.load(path: "\(themesDirectory)/\(file).toml")
                #expect(builtin.styles.count == StyleRole.allCases.count)
                // Role by role first, so a mismatch names the role instead of dumping both themes.
                for role in StyleRole.allCases { #expect(builtin.styles[role] == loaded.styles[role], "\(file) [\(role.rawValue)]") }
                #expect(builtin == loaded)
            }
        }

        @Test func monoUsesAttributesOnly() throws {
            let mono = try Theme.load(path: themesDirectory + "/mono.toml")
            #expect(!mono.usesColour)
            #expect(mono.style(.selection).reverse)
            #expect(mono.style(.header).bold)
            // Without colour the current tab or stage is the one that stands out, never the others.
            #expect(mono.style(.tabActive).reverse && mono.style(.tabActive).bold)
            #expect(mono.style(.tab) == CellStyle(), "the other tabs are plain text, without a colour from another theme")
            #expect(mono.style(.error).bold && mono.style(.error).underline)
        }

        /// On an 8-colour terminal (TERM=xterm) nothing may vanish: text and its own
        /// background stay different, and text on the terminal's background is not
        /// mapped to that background (black for dark themes, white for light).
        @Test(arguments: shippedThemes) func staysReadableOnEightColours(_ name: String) throws {
            let theme = try Theme.load(path: "\(themesDirectory)/\(name).toml")
            let terminalBackground = name == "light" ? 7 : 0
            for role in StyleRole.allCases {
                let style = theme.style(role)
                guard let fg = style.foreground?.mapped(toPalette: 8) else { continue }
                let bg = style.background?.mapped(toPalette: 8) ?? terminalBackground
                #expect(fg != bg, "\(name) [\(role.rawValue)]")
            }
        }

        @Test func partialThemeFallsBackToDefault() throws {
            let theme = try Theme.parse("name = \"mine\"\n[error]\nfg = 196\nbg = \"default\"\nitalic = true\n", file: "mine.toml")
            #expect(theme.style(.error) == CellStyle(foreground: .indexed(196), italic: true))
            for role in StyleRole.allCases where role != .error { #expect(theme.style(role) == Theme.builtinDefault.style(role)) }
            let colours = try Theme.parse("name = \"c\"\n[normal]\nfg = \"bright-blue\"\nbg = \"#0A0b0c\"", file: "c.toml")
            #expect(colours.style(.normal) == CellStyle(foreground: .basic(12), background: .rgb(10, 11, 12)))
        }

        static let themeRefusals: [Refusal] = [
            Refusal("name = \"x\"\n[selection]\nfg = \"blu\"", 3,
                    "[selection] fg: 'blu' is not a colour (use a name like \"blue\", a number 0-255 or \"#rrggbb\")"),
            Refusal("name = \"x\"\n[normal]\nbg = 300", 3,
                    "[normal] bg: 300 is not a colour (use a name like \"blue\", a number 0-255 or \"#rrggbb\")"),
            Refusal("name = \"x\"\n[error]\nbold = \"yes\"", 3, "[error] bold: expected true or false, not \"yes\""),
            Refusal("name = \"x\"\n[error]\ncolour = \"red\"", 3,
                    "[error] colour: unknown key; a role may set fg, bg, bold, dim, reverse, underline, italic"),
            Refusal("name = \"x\"\n\n[tab-active]", 3,
                    "unknown role [tab-active] (did you mean [tabActive]?); the roles are \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))"),
            Refusal("description = \"no name\"", 1, "the theme has no name: add name = \"...\" at the top of the file"),
            Refusal("name = 3", 1, "name: expected text in double quotes, not 3"),
            Refusal("name = \"x\"\ncolour = 3", 2,
                    "unknown key 'colour' at the top of a theme: only name and description go there, styles go in [role] sections"),
            Refusal("name = \"x\"\n[error]\nfg = 1.5", 3, "floating-point numbers are \(ns); use a whole number"),
        ]

        @Test(arguments: themeRefusals) func refusesBrokenThemes(_ r: Refusal) {
            #expect(throws: ConfigError(file: "Themes/light.toml", line: r.line, message: r.message)) {
                try Theme.parse(r.text, file: "Themes/light.toml")
            }
        }
    }

    @Suite("Colour")
    struct Colours {
        @Test func eightColourMapping() {
            #expect(TermColor.rgb(255, 0, 0).mapped(toPalette: 8) == 1)
            #expect(TermColor.rgb(0, 255, 0).mapped(toPalette: 8) == 2)
            #expect(TermColor.rgb(0xe6, 0x9f, 0x00).mapped(toPalette: 8) == 3)   // orange → yellow
            #expect(TermColor.rgb(0x56, 0xb4, 0xe9).mapped(toPalette: 8) == 6)   // sky blue → cyan
            #expect(TermColor.rgb(0xd5, 0x5e, 0x00).mapped(toPalette: 8) == 1)   // vermillion → red
            #expect(TermColor.rgb(250, 250, 250).mapped(toPalette: 8) == 7)
            #expect(TermColor.rgb(10, 10, 10).mapped(toPalette: 8) == 0)
            #expect(TermColor.indexed(196).mapped(toPalette: 8) == 1)
            #expect(TermColor.indexed(3).mapped(toPalette: 8) == 3)
            #expect(TermColor.basic(9).mapped(toPalette: 8) == 1)
            #expect(TermColor.basic(9).mapped(toPalette: 16) == 9)
            #expect(TermColor.rgb(255, 135, 0).mapped(toPalette: 256) == 208)
        }

        static let statuses: [StyleRole] = [.free, .busy, .full, .overbooked, .tentative, .success, .error]

        /// The colour a status is recognised by: its text colour, else its background.
        static func statusColour(_ theme: Theme, _ role: StyleRole) -> TermColor? {
            theme.style(role).foreground ?? theme.style(role).background
        }

        /// On 8 and 16 colours, no two statuses may become "red" and "green".
        static func hasRedGreenPair(_ colours: [TermColor], palette: Int) -> Bool {
            let mapped = Set(colours.map { $0.mapped(toPalette: palette) })
            return !mapped.isDisjoint(with: [1, 9]) && !mapped.isDisjoint(with: [2, 10])
        }

        @Test func colourBlindThemeHasNoRedGreenPair() throws {
            let theme = try Theme.load(path: themesDirectory + "/colour-blind.toml")
            let colours = Self.statuses.compactMap { Self.statusColour(theme, $0) }
            #expect(colours.count == Self.statuses.count, "every status has a colour")
            for palette in [8, 16] {
                #expect(!Self.hasRedGreenPair(colours, palette: palette), "\(palette) colours")
                #expect(colours.allSatisfy { ![2, 10].contains($0.mapped(toPalette: palette)) }, "nothing becomes green")
            }
            // The check is not vacuous: a plain red/green theme fails it.
            #expect(Self.hasRedGreenPair([.indexed(196), .indexed(34)], palette: 8))
        }

        /// In true colour, people with protanopia, deuteranopia or tritanopia still
        /// tell the statuses apart: simulated, each pair stays ΔE ≥ 20 apart.
        @Test func colourBlindStatusesSurviveSimulatedColourBlindness() throws {
            let theme = try Theme.load(path: themesDirectory + "/colour-blind.toml")
            let groups: [[StyleRole]] = [[.free, .busy, .full, .overbooked, .tentative], [.success, .error]]
            for (kind, matrix) in VisionSimulation.matrices {
                for group in groups {
                    for (i, a) in group.enumerated() {
                        for b in group[(i + 1)...] {
                            let d = VisionSimulation.distance(Self.statusColour(theme, a)!, Self.statusColour(theme, b)!, matrix)
                            #expect(d >= 20, "\(kind): \(a.rawValue) vs \(b.rawValue) ΔE \(Int(d))")
                        }
                    }
                }
            }
            let deutan = VisionSimulation.matrices.first { $0.0 == "deuteranopia" }!.1
            #expect(VisionSimulation.distance(.rgb(0xff, 0x5f, 0x5f), .rgb(0x5f, 0xaf, 0x5f), deutan) < 20, "the simulation catches red/green")
        }
    }
}

/// Machado, Oliveira & Fernandes (2009), severity 1, applied in linear RGB;
/// distances in CIELAB (ΔE 1976).
enum VisionSimulation {
    static let matrices: [(String, [[Double]])] = [
        ("protanopia", [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
        ("deuteranopia", [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]),
        ("tritanopia", [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]),
        ("typical", [[1, 0, 0], [0, 1, 0], [0, 0, 1]]),
    ]

    static func distance(_ a: TermColor, _ b: TermColor, _ matrix: [[Double]]) -> Double {
        let (la, lb) = (lab(a, matrix), lab(b, matrix))
        return sqrt(zip(la, lb).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    static func lab(_ colour: TermColor, _ m: [[Double]]) -> [Double] {
        let rgb: [Int]
        switch colour {
        case let .rgb(r, g, b): rgb = [Int(r), Int(g), Int(b)]
        case let .basic(i), let .indexed(i): let c = TermColor.rgbOfIndex(i); rgb = [c.0, c.1, c.2]
        }
        let linear = rgb.map { v -> Double in
            let x = Double(v) / 255
            return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        let s = (0..<3).map { i in min(1, max(0, (0..<3).map { m[i][$0] * linear[$0] }.reduce(0, +))) }
        let xyz = [(0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047,
                   0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2],
                   (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883]
        let f = xyz.map { $0 > 0.008856 ? cbrt($0) : 7.787 * $0 + 16.0 / 116 }
        return [116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])]
    }
}

extension ThemeTests {
    /// A throwaway directory tree for the resolution tests, removed afterwards.
    final class Sandbox {
        let root: String

        init() throws {
            // Symlinks resolved (macOS: /var → /private/var), as ThemeChoice resolves the executable's.
        root = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path + "/samen-theme-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func path(_ relative: String) -> String { root + "/" + relative }

        func write(_ relative: String, _ text: String) throws {
            let full = path(relative)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }

        func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }

        /// A minimal theme whose `name` tells the tests which file was read.
        func theme(_ relative: String, name: String) throws { try write(relative, "name = \"\(name)\"\n[normal]\nfg = 3\n") }

        /// The default theme, so a directory counts as a `Themes/` directory.
        func defaultTheme(in directory: String) throws {
            try write(directory + "/default.toml", try TOMLLite.read(path: themesDirectory + "/default.toml"))
        }

        func resolve(flag: String? = nil, env: [String: String] = [:], exe: String = "pkg/.build/debug/samen",
                     cwd: String = "work") -> (theme: Theme, warnings: [String]) {
            var environment = ["HOME": path("home"), "XDG_CONFIG_HOME": path("config")]
            environment.merge(env) { $1 }
            return ThemeChoice.resolve(flag: flag, environment: environment, executablePath: exe.hasPrefix("/") || !exe.contains("/") ? exe : path(exe),
                                       currentDirectory: path(cwd))
        }
    }

    @Suite("Theme choice")
    struct Choice {
        @Test func flagBeatsEnvironmentBeatsConfigBeatsDefault() throws {
            let box = try Sandbox()
            try box.defaultTheme(in: "pkg/Themes")
            for name in ["alpha", "beta", "gamma"] { try box.theme("pkg/Themes/\(name).toml", name: name) }
            try box.write("config/samen/config.toml", "# mine\nfont = \"x\"\ntheme = \"gamma\"  # the one\n[editor]\ncolumns = 80\n")
            let env = ["SAMEN_THEME": "beta"]
            #expect(box.resolve(flag: "alpha", env: env).theme.name == "alpha")
            #expect(box.resolve(flag: "", env: env).theme.name == "beta")
            #expect(box.resolve().theme.name == "gamma")
            try box.remove("config/samen/config.toml")
            let fallback = box.resolve()
            #expect(fallback.theme == Theme.builtinDefault)
            #expect(fallback.warnings == [])
            // Without XDG_CONFIG_HOME the config lives in ~/.config/samen.
            try box.write("home/.config/samen/config.toml", "theme = \"beta\"\n")
            #expect(box.resolve(env: ["XDG_CONFIG_HOME": ""]).theme.name == "beta")
        }

        @Test func directoriesAreSearchedInOrder() throws {
            let box = try Sandbox()
            try box.defaultTheme(in: "prefix/Themes")
            let places = ["config/samen/themes", "extra", "prefix/Themes", "prefix/share/samen/themes", "work/Themes"]
            for place in places { try box.theme("\(place)/dup.toml", name: place) }
            let env = ["SAMEN_THEMES": box.path("extra")]
            #expect(ThemeChoice.searchDirectories(environment: ["XDG_CONFIG_HOME": box.path("config")].merging(env) { $1 },
                                                  executablePath: box.path("prefix/bin/samen"),
                                                  currentDirectory: box.path("work")) == places.map(box.path))
            for place in places {
                let result = box.resolve(flag: "dup", env: env, exe: "prefix/bin/samen")
                #expect(result.theme.name == place)
                #expect(result.warnings == [])
                try box.remove("\(place)/dup.toml")
            }
            let missing = box.resolve(flag: "dup", env: env, exe: "prefix/bin/samen")
            #expect(missing.warnings == ["theme 'dup' not found; looked in: \(places.map(box.path).joined(separator: ", ")); themes there: default; using the default theme"])
            #expect(missing.theme == Theme.builtinDefault)
        }

        @Test func builtInThemesAreFoundAtMostFiveLevelsUp() throws {
            let box = try Sandbox()
            try box.defaultTheme(in: "pkg/Themes")
            try box.theme("pkg/Themes/alpha.toml", name: "alpha")
            #expect(box.resolve(flag: "alpha", exe: "pkg/a/b/c/d/samen").theme.name == "alpha")
            #expect(box.resolve(flag: "alpha", exe: "pkg/a/b/c/d/e/samen").warnings.count == 1)
            // Through a symlink (samen linked into ~/bin) and bare on $PATH.
            try box.write("pkg/.build/debug/samen", "#!/bin/sh\n")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: box.path("pkg/.build/debug/samen"))
            try FileManager.default.createDirectory(atPath: box.path("bin"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: box.path("bin/samen"), withDestinationPath: box.path("pkg/.build/debug/samen"))
            #expect(box.resolve(flag: "alpha", exe: "bin/samen").theme.name == "alpha")
            #expect(box.resolve(flag: "alpha", env: ["PATH": "/nonexistent:" + box.path("bin")], exe: "samen").theme.name == "alpha")
        }

        @Test func aNameMayBeAPath() throws {
            let box = try Sandbox()
            try box.theme("elsewhere/my.toml", name: "mine")
            #expect(box.resolve(flag: box.path("elsewhere/my.toml")).theme.name == "mine")
            #expect(box.resolve(flag: "elsewhere/my.toml", cwd: "").theme.name == "mine")
            try box.theme("home/my.toml", name: "home")
            #expect(box.resolve(flag: "~/my.toml").theme.name == "home")
            let missing = box.resolve(flag: "gone.toml")
            #expect(missing.warnings == ["theme file '\(box.path("work/gone.toml"))' not found; using the default theme"])
            // A name is not a path: it cannot climb out of the theme directories.
            try box.theme("work/x.toml", name: "x")
            #expect(box.resolve(flag: "../work/x", cwd: "work/Themes").theme == Theme.builtinDefault)
        }

        @Test func unknownNameWarnsAndUsesDefault() throws {
            let box = try Sandbox()
            let result = box.resolve(flag: "nope")
            #expect(result.theme == Theme.builtinDefault)
            #expect(result.warnings.count == 1)
            #expect(result.warnings[0].hasPrefix("theme 'nope' not found; looked in: \(box.path("config/samen/themes")), "))
        }

        @Test func brokenThemeFileWarnsWithFileLineAndKey() throws {
            let box = try Sandbox()
            try box.write("config/samen/themes/broken.toml", "name = \"broken\"\n\n[selection]\nfg = \"blu\"\n")
            let result = box.resolve(flag: "broken")
            #expect(result.theme == Theme.builtinDefault)
            let file = box.path("config/samen/themes/broken.toml")
            #expect(result.warnings == ["\(file):4: [selection] fg: 'blu' is not a colour (use a name like \"blue\", a number 0-255 or \"#rrggbb\"); using the default theme"])
        }

        @Test func brokenConfigWarnsAndIsIgnored() throws {
            let box = try Sandbox()
            let config = box.path("config/samen/config.toml")
            try box.write("config/samen/config.toml", "# hi\ntheme \"light\"\n")
            let broken = box.resolve()
            #expect(broken.theme == Theme.builtinDefault)
            #expect(broken.warnings == ["\(config):2: expected '=' after the key 'theme'; ignoring the config file"])
            try box.write("config/samen/config.toml", "theme = true\n")
            #expect(box.resolve().warnings == ["\(config):1: theme: expected a theme name in double quotes, like theme = \"light\"; using the default theme"])
        }

        @Test func noColorMeansMonoWithoutColours() throws {
            let box = try Sandbox()
            try box.defaultTheme(in: "pkg/Themes")
            try box.theme("pkg/Themes/alpha.toml", name: "alpha")
            let plain = box.resolve(flag: "alpha", env: ["NO_COLOR": "1"])
            #expect(plain.theme == Theme.builtinMono)
            #expect(plain.warnings == [])
            // Even a mono theme with colours loses them; its attributes stay.
            try box.write("config/samen/themes/mono.toml", "name = \"mono\"\n[selection]\nfg = 1\nbg = \"#00ff00\"\nreverse = true\nunderline = true\n")
            let stripped = box.resolve(flag: "alpha", env: ["NO_COLOR": "yes"]).theme
            #expect(!stripped.usesColour)
            #expect(stripped.style(.selection) == CellStyle(reverse: true, underline: true))
            #expect(stripped.style(.header) == CellStyle(bold: true))   // from the default theme, colours removed
            #expect(box.resolve(flag: "alpha", env: ["NO_COLOR": ""]).theme.name == "alpha")
        }

        @Test func nothingInstalledStillStarts() throws {
            let box = try Sandbox()
            let result = box.resolve(exe: "/nonexistent/bin/samen")
            #expect(result.theme == Theme.builtinDefault)
            #expect(result.warnings == [])
            #expect(box.resolve(env: ["NO_COLOR": "1"], exe: "/nonexistent/bin/samen").theme == Theme.builtinMono)
        }
    }
}
