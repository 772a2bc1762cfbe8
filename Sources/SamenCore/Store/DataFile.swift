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
    public var message: String
    /// A warning is reported but does not stop loading.
    public var isWarning: Bool

    public init(file: String, line: Int? = nil, message: String, isWarning: Bool = false) {
        self.file = file; self.line = line; self.message = message; self.isWarning = isWarning
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(isWarning ? "warning: " : "")\(message)"
    }
}

/// A data directory that cannot be used as it is. Nothing has been written.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var problems: [Problem]
    public init(_ problems: [Problem]) { self.problems = problems }
    public init(file: String, line: Int? = nil, _ message: String) { problems = [Problem(file: file, line: line, message: message)] }

    public var description: String {
        let shown = problems.prefix(20).map(\.description)
        let more = problems.count > 20 ? ["... and \(problems.count - 20) more problems (samen check lists them all)"] : []
        return (shown + more).joined(separator: "\n")
    }
}
