import Foundation

/// Decides which theme the dashboard uses. Everything it depends on (flag,
/// environment, executable, working directory) is passed in, so tests can
/// run it against temporary directories, and it never throws: a bad choice
/// or a broken file becomes a warning and the default theme, because a
/// theme is never worth refusing to start over.
public struct ThemeChoice: Sendable {
    /// The theme for this run, and messages to show the user (on stderr before
    /// the dashboard starts, or in its message line).
    ///
    /// The name comes from `--theme`, else `$SAMEN_THEME`, else `theme = "..."`
    /// in the config file, else "default". `NO_COLOR` (non-empty) overrides all
    /// of them with the `mono` theme, stripped of any colour.
    public static func resolve(flag: String?, environment: [String: String], executablePath: String,
                               currentDirectory: String) -> (theme: Theme, warnings: [String]) {
        var warnings: [String] = []
        let name = chosenName(flag: flag, environment: environment, warnings: &warnings)
        let directories = searchDirectories(environment: environment, executablePath: executablePath,
                                            currentDirectory: currentDirectory)
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            let mono = load("mono", directories: directories, environment: environment,
                            currentDirectory: currentDirectory, warnings: &warnings)
            return (mono.withoutColours, warnings)
        }
        let theme = load(name, directories: directories, environment: environment,
                         currentDirectory: currentDirectory, warnings: &warnings)
        return (theme, warnings)
    }

    /// The theme name from flag, environment or config file, in that order.
    static func chosenName(flag: String?, environment: [String: String], warnings: inout [String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let fromEnvironment = environment["SAMEN_THEME"], !fromEnvironment.isEmpty { return fromEnvironment }
        guard let path = configFile(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return "default"
        }
        do {
            let document = try TOMLLite.parse(TOMLLite.read(path: path), file: path)
            guard let entry = document.topLevel["theme"] else { return "default" }
            guard case let .string(name) = entry.value, !name.isEmpty else {
                let problem = ConfigError(file: path, line: entry.line,
                                          message: "theme: expected a theme name in double quotes, like theme = \"light\"")
                warnings.append("\(problem); using the default theme")
                return "default"
            }
            return name
        } catch {
            warnings.append("\(error); ignoring the config file")
            return "default"
        }
    }

    /// `$XDG_CONFIG_HOME/samen`, else `~/.config/samen`. The XDG spec says a
    /// relative `XDG_CONFIG_HOME` is invalid and must be ignored.
    static func configDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return join(xdg, "samen") }
        if let home = environment["HOME"], !home.isEmpty { return join(home, ".config/samen") }
        return nil
    }

    /// The config file whose `theme` key is consulted; its other keys belong to others.
    public static func configFile(environment: [String: String]) -> String? {
        configDirectory(environment: environment).map { join($0, "config.toml") }
    }

    /// Where `NAME.toml` is looked for, in order, without duplicates: the user's
    /// config directory, `$SAMEN_THEMES`, the `Themes/` directory that came with
    /// the executable (found by walking up, so `.build/debug/samen` finds the
    /// package's own), an installed `share/samen/themes`, and `./Themes`.
    public static func searchDirectories(environment: [String: String], executablePath: String,
                                         currentDirectory: String) -> [String] {
        var candidates: [String] = []
        if let config = configDirectory(environment: environment) { candidates.append(join(config, "themes")) }
        if let extra = environment["SAMEN_THEMES"], !extra.isEmpty { candidates.append(absolute(extra, in: currentDirectory)) }
        let exeDirectory = executableDirectory(executablePath, environment: environment, currentDirectory: currentDirectory)
        if let exeDirectory {
            var directory = exeDirectory
            for _ in 0..<5 {
                let themes = join(directory, "Themes")
                if FileManager.default.fileExists(atPath: join(themes, "default.toml")) { candidates.append(themes); break }
                let parent = (directory as NSString).deletingLastPathComponent
                if parent == directory { break }
                directory = parent
            }
            candidates.append(standardized(join(exeDirectory, "../share/samen/themes")))
        }
        candidates.append(join(currentDirectory, "Themes"))
        var seen = Set<String>()
        return candidates.map(standardized).filter { seen.insert($0).inserted }
    }

    /// The theme called `name` (or at the path `name`, if it ends in `.toml`).
    /// Never fails: falls back to the compiled-in default (or mono) with a warning.
    static func load(_ name: String, directories: [String], environment: [String: String],
                     currentDirectory: String, warnings: inout [String]) -> Theme {
        let fallback = name == "mono" ? Theme.builtinMono : Theme.builtinDefault
        var path: String?
        if name.hasSuffix(".toml") {
            var expanded = name
            if name.hasPrefix("~/"), let home = environment["HOME"] { expanded = join(home, String(name.dropFirst(2))) }
            let candidate = absolute(expanded, in: currentDirectory)
            guard FileManager.default.fileExists(atPath: candidate) else {
                warnings.append("theme file '\(candidate)' not found; using the default theme")
                return fallback
            }
            path = candidate
        } else if isPlainName(name) {
            path = directories.lazy.map { join($0, name + ".toml") }.first { FileManager.default.fileExists(atPath: $0) }
        }
        guard let path else {
            // The two compiled-in themes need no file; only other names are missing.
            if name == "default" || name == "mono" { return fallback }
            var message = "theme '\(name)' not found; looked in: \(directories.joined(separator: ", "))"
            let known = available(in: directories)
            if !known.isEmpty { message += "; themes there: \(known.joined(separator: ", "))" }
            warnings.append(message + "; using the default theme")
            return fallback
        }
        do {
            return try Theme.load(path: path)
        } catch {
            warnings.append("\(error); using the default theme")
            return fallback
        }
    }

    /// Theme names found in `directories`, sorted, for messages and listings.
    public static func available(in directories: [String]) -> [String] {
        var names = Set<String>()
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// A name, not a path: no slashes or leading dots can walk out of the theme directories.
    static func isPlainName(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// The real directory of the executable: made absolute, found on `$PATH`
    /// if given bare (as `argv[0]` often is), and with symlinks resolved, so a
    /// `samen` linked into `~/bin` still finds the themes beside its build.
    static func executableDirectory(_ path: String, environment: [String: String], currentDirectory: String) -> String? {
        guard !path.isEmpty else { return nil }
        var full: String
        if path.contains("/") {
            full = absolute(path, in: currentDirectory)
        } else {
            let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
            guard let found = searchPath.map({ join(absolute($0, in: currentDirectory), path) })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
            full = found
        }
        full = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
        return (full as NSString).deletingLastPathComponent
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : join(directory, path)
    }

    static func standardized(_ path: String) -> String { (path as NSString).standardizingPath }
}
