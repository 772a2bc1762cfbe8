/// The files of a data directory, in the order a change writes them.
///
/// The order matters for crash safety: a record only ever refers to records
/// in files written before it (members before the projects that name them,
/// everything before the ledger and the history), and nothing is ever deleted,
/// so a writer killed between two files leaves a directory that loads.
public enum DataFile: String, CaseIterable, Sendable, Comparable {
    case network = "network.json"
    case members = "members.jsonl"
    /// `projects/`, one file per 5,000 ids (`ProjectShards`); `projects.jsonl`
    /// in a directory of format version 1.
    case projects = "projects"
    case requests = "requests.jsonl"
    case ledger = "ledger.jsonl"
    case history = "history.jsonl"

    public var name: String { rawValue }

    public static func < (a: DataFile, b: DataFile) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Something wrong (or worth knowing) in a data directory, said with where it is.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// What is wrong, in words chosen when shown: `message` in the language
    /// shown now, `phrase.en` for `--json`, which stays English.
    public var phrase: any Phrase
    /// A warning is reported but does not stop loading.
    public var isWarning: Bool

    public init(file: String, line: Int? = nil, _ phrase: any Phrase, isWarning: Bool = false) {
        self.file = file; self.line = line; self.phrase = phrase; self.isWarning = isWarning
    }

    /// Words that are the same in both languages (an error of the system's own).
    public init(file: String, line: Int? = nil, message: String, isWarning: Bool = false) {
        self.init(file: file, line: line, Untranslated(message), isWarning: isWarning)
    }

    /// An error's own words, in either language when it has them.
    public init(file: String, line: Int? = nil, error: any Error, isWarning: Bool = false) {
        self.init(file: file, line: line, Said.error(error), isWarning: isWarning)
    }

    /// The words in the language shown now.
    public var message: String { phrase.text }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(isWarning ? ProblemWords.warning.text : "")\(message)"
    }

    public static func == (a: Problem, b: Problem) -> Bool {
        a.file == b.file && a.line == b.line && a.phrase.en == b.phrase.en && a.isWarning == b.isWarning
    }
}

/// A data directory that cannot be used as it is. Nothing has been written.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, so a script can tell (the command line's exit status)
    /// data it must look at from a save that may work when tried again.
    public enum Kind: Sendable, Equatable {
        /// A data file is missing, cannot be read or parsed, or may not be read
        /// (a link, a newer format): someone has to look at the directory.
        case unreadable
        /// The data was read, but the change could not be written (a full
        /// disk, an fsync error) or the directory could not be made.
        case notSaved
        /// What was asked cannot be done here (a directory that already holds a network).
        case refused
        /// A setting Samen was started with is not one it understands (`SAMEN_LOCK_TIMEOUT`).
        case setting
    }

    public var problems: [Problem]
    public var kind: Kind
    public init(_ problems: [Problem], kind: Kind = .unreadable) { self.problems = problems; self.kind = kind }
    public init(file: String, line: Int? = nil, _ message: String, kind: Kind = .unreadable) {
        problems = [Problem(file: file, line: line, message: message)]
        self.kind = kind
    }
    public init(file: String, line: Int? = nil, _ phrase: some Phrase, kind: Kind = .unreadable) {
        problems = [Problem(file: file, line: line, phrase)]
        self.kind = kind
    }

    public var description: String {
        let shown = problems.prefix(20).map(\.description)
        let more = problems.count > 20 ? [ProblemWords.more(problems.count - 20).text] : []
        return (shown + more).joined(separator: "\n")
    }
}
