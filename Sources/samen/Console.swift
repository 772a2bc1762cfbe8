import ArgumentParser
import Foundation
import SamenCore

/// The command line's only way to stdout and stderr.
///
/// Names, notes and messages come from data files other people write, and a
/// refusal quotes them back; one escape sequence in them could set the
/// reader's clipboard or rewrite their screen. So every byte Samen writes
/// passes the one sanitiser here, and nothing else in this module writes to
/// a stream (a test holds the module to that).
enum Console {
    /// Text for a person on stdout, with a line break after it. Written at
    /// once, unbuffered: what was said is out even if the process is killed next.
    static func out(_ text: String) {
        write(TerminalText.sanitiseLines(text) + "\n", to: STDOUT_FILENO)
    }

    /// A message on stderr (a refusal, a warning, a count), with a line break after it.
    static func error(_ text: String) {
        write(TerminalText.sanitiseLines(text) + "\n", to: STDERR_FILENO)
    }

    /// One JSON document on stdout. `JSONWriter` writes every control and bidi
    /// character as a `\u` escape, so its bytes are safe as they are.
    static func json(_ value: JSONValue) {
        JSONWriter.pretty(value).withUnsafeBufferPointer { write($0, to: STDOUT_FILENO) }
    }

    /// A document asked for on stdout (CSV, a journal): its line breaks and
    /// tabs are its format and stay; nothing else that steers a terminal does.
    static func document(_ text: String) {
        write(TerminalText.sanitiseDocument(text), to: STDOUT_FILENO)
    }

    /// Progress on stderr, shown only to a person at a terminal: the line is
    /// rewritten in place with our own carriage return and erase-line.
    static func progress(_ text: String) {
        guard stderrIsTerminal else { return }
        write("\r\u{1B}[K" + TerminalText.sanitise(text), to: STDERR_FILENO)
    }

    /// Clears the progress line again.
    static func endProgress() {
        guard stderrIsTerminal else { return }
        write("\r\u{1B}[K", to: STDERR_FILENO)
    }

    private static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { write($0, to: fd) }
    }

    /// The whole buffer, through short writes and signals. An error (a closed
    /// pipe) ends the output quietly rather than trapping.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        guard var at = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Foundation.write(fd, at, left)
            if n < 0 { if errno == EINTR { continue } else { return } }
            at += n
            left -= n
        }
    }

    /// Ends the program for an error the way swift-argument-parser would
    /// (help on stdout with exit 0, usage errors with 64, a refusal with 1),
    /// but with its message through the sanitiser (a refusal quotes data) and
    /// the status of `ExitStatus` (2 for data that cannot be read, 75 for a busy lock).
    static func exit(for error: Error) -> Never {
        let code = ExitStatus.code(for: error)
        let message = ParserWords.localised(Samen.fullMessage(for: error))
        if !message.isEmpty {
            if code == .success { out(message) } else { Console.error(message) }
        }
        fflush(nil)
        Foundation.exit(code.rawValue)
    }
}

/// Whether progress may be shown: only to a person, never into a pipe or log.
var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

/// Shorthands for the two calls every command makes.
func printError(_ text: String) { Console.error(text) }
func printJSON(_ value: JSONValue) { Console.json(value) }
