import Foundation
import SamenCore

/// The real `hledger` (Debian package `hledger`, installed by .ci/run), run
/// on Samen's exports as the accountant runs it. Missing, it fails the
/// test with what to do: an export nobody checked is not a passing test.
enum HledgerTool {
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "hledger is not installed, so the journal export cannot be checked: install it (apt-get install hledger; .ci/run does so)"
        }
    }

    static let path: String? = {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return dirs.map { $0 + "/hledger" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `hledger -f journal args...`.
    static func run(_ journal: String, _ args: [String]) throws -> Result {
        guard let path else { throw Missing() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["-f", journal] + args
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"   // hledger reads the journal in the locale's encoding
        env["LC_ALL"] = "C.UTF-8"
        p.environment = env
        let scratch = SamenBinary.temporaryDirectory("samen-hledger")
        defer { SamenBinary.remove(scratch) }
        FileManager.default.createFile(atPath: scratch + "/out", contents: nil)
        FileManager.default.createFile(atPath: scratch + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + "/err"))
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        return Result(status: p.terminationStatus,
                      stdout: (try? String(contentsOfFile: scratch + "/out", encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: scratch + "/err", encoding: .utf8)) ?? "")
    }

    /// `hledger check -s`: parses, balances, every account and commodity declared, assertions hold.
    static func checkStrict(_ journal: String) throws -> Result { try run(journal, ["check", "-s"]) }

    /// Every account's balance from `hledger bal -O csv` (with `args` such as
    /// a period), as hledger prints it (`€ -4650,00`), read back into cents.
    static func balances(_ journal: String, _ args: [String] = []) throws -> [String: Money] {
        let r = try run(journal, ["bal", "-O", "csv", "-E", "--flat"] + args)
        guard r.status == 0 else { throw HledgerFailed(message: r.stderr) }
        var out: [String: Money] = [:]
        for row in try CSVReader.rows(r.stdout).dropFirst() where row.count == 2 && row[0] != "total" {
            out[row[0]] = try money(row[1])
        }
        return out
    }

    struct HledgerFailed: Error, CustomStringConvertible { var message: String; var description: String { "hledger failed: \(message)" } }

    static func money(_ text: String) throws -> Money {
        let t = text.replacingOccurrences(of: "€", with: "").trimmingCharacters(in: .whitespaces)
        return try Money.parse(t)
    }
}

/// Balances by account, summed over accounts under a prefix.
extension Dictionary where Key == String, Value == Money {
    func total(under prefix: String) -> Money {
        reduce(Money.zero) { $1.key == prefix || $1.key.hasPrefix(prefix + ":") ? $0 + $1.value : $0 }
    }
}

/// An RFC 4180 reader for the tests: quoted fields, doubled quotes, line
/// breaks inside quotes, CRLF or LF line ends.
enum CSVReader {
    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func rows(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Malformed(description: "a quote inside an unquoted field: \(field)") }
                quoted = true; wasQuoted = true
            case ",": row.append(field); field = ""; wasQuoted = false
            case "\r":
                guard chars.first == "\n" else { throw Malformed(description: "a bare CR outside quotes") }
            case "\n": row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            default:
                guard !wasQuoted else { throw Malformed(description: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Malformed(description: "an unterminated quote") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
