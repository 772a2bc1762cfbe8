import ArgumentParser
import SamenCore

/// A skill or place that looks like a slip ("ilustration", "Leidn") is
/// refused with what it looks like, unless the person says it is new on
/// purpose; a filter that names a skill nobody has says what it looks like.
struct SpellingOptions: ParsableArguments {
    @Option(name: .customLong("new-skill"),
            help: ArgumentHelp(CLIHelpWords.newSkillHelp.text, valueName: "SKILL"))
    var newSkills: [String] = []

    @Flag(name: .customLong("new-place"), help: ArgumentHelp(CLIHelpWords.newPlaceHelp.text))
    var newPlace = false

    var allowedSkills: [String] { newSkills.flatMap { Parse.list($0) ?? [] } }

    /// Refuses skills and a city that look like slips, naming what they look like and how to keep them.
    func check(skills: [String], option: String = "--skills", city: String?, in state: NetworkState) throws {
        let misses = state.skillNearMisses(skills, allowing: allowedSkills)
        var lines = misses.map { ErrorWords.newSkillOnPurpose(option: option, miss: "\($0)", typed: $0.typed).text }
        if let city, !newPlace, let miss = DutchPlaces.shared.nearMiss(city) {
            lines.append(ErrorWords.newPlaceOnPurpose("\(miss)").text)
        }
        if !lines.isEmpty { throw UsageRefusal(lines.joined(separator: "\n")) }
    }
}

/// A command line that is probably mistyped: exit 64 like any usage error,
/// but without the usage text, which would bury the suggestion.
struct UsageRefusal: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Spelling {
    /// For filters (`--skill`): a skill no member has but one in use resembles, as a warning on stderr.
    static func warnAboutFilter(skills: [String], option: String = "--skill", in state: NetworkState) {
        // Only a skill no member has can be a slip; the common case costs one pass over the members.
        let unknown = skills.filter { s in !state.members.contains { $0.hasSkill(s) } }
        guard !unknown.isEmpty else { return }
        for miss in state.skillNearMisses(unknown) {
            printError(CLIWords.warning(TerminalText.sanitise("\(option) \(miss)")).text)
        }
    }

    /// `samen membr list`: the first word that names no command where one
    /// is expected, with the command it looks like, or nil.
    static func unknownCommand(in arguments: [String]) -> String? {
        var level: [ParsableCommand.Type] = Samen.configuration.subcommands
        var path = ["samen"]
        var skipValue = false
        for word in arguments {
            if skipValue { skipValue = false; continue }
            if word.hasPrefix("-") {
                // The options every command takes may come first: `samen --data DIR membr list`.
                skipValue = ["--data", "--as", "--theme"].contains(word)
                continue
            }
            let names = level.map { $0._commandName }
            guard let hit = level.first(where: { $0._commandName == word }) else {
                guard let near = DidYouMean.suggestion(for: word, among: names) else { return nil }
                let command = path.joined(separator: " ")
                return ErrorWords.notACommand(word: word, command: command, near: near).text
            }
            path.append(word)
            level = hit.configuration.subcommands
            if level.isEmpty { return nil }
        }
        return nil
    }
}
