/// One line of `history.jsonl` as the verifier reads it: its number, its
/// fields, the change it names, and its bytes (which a signature covers).
struct HistoryLine {
    let number: Int
    let fields: ChangeFields
    let change: JSONValue
    let raw: ArraySlice<UInt8>

    /// A line that names a baseline: the directory made, or its files as
    /// they were declared true later (`samen verify --make-baseline`).
    var namesBaseline: Bool { isBaselineKind && changePairs.contains { $0.0 == "baseline" } }
    /// The directory made by a Samen that kept no baseline.
    var isCreateWithoutBaseline: Bool { isBaselineKind && !namesBaseline }

    private var changePairs: [(String, JSONValue)] { if case let .object(p) = change { return p } else { return [] } }
    private var isBaselineKind: Bool {
        changePairs.contains { $0.0 == "change" && ($0.1 == .string("create") || $0.1 == .string("baseline")) }
    }

    /// Every line of `bytes`, numbered from `firstNumber`; a last line
    /// without its newline too (a save never leaves one, so it is read and
    /// judged like the rest, never skipped).
    static func parse(_ bytes: ArraySlice<UInt8>, firstNumber: Int) throws -> [HistoryLine] {
        func fail(_ phrase: any Phrase, _ line: Int) -> HistoryVerification.Failure {
            HistoryVerification.Failure(file: DataFile.history.name, line: line, phrase)
        }
        var out: [HistoryLine] = []
        // Nothing after the proven lines (a refused change, a reload of nothing) is no line at all.
        guard !bytes.isEmpty else { return out }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast(bytes.last == 0x0A ? 1 : 0)
        for (i, line) in lines.enumerated() {
            let number = firstNumber + i
            let value: JSONValue
            do { value = try JSONParser.parse(line) } catch { throw fail(VerifyWords.notJSON(Said.error(error)), number) }
            let fields: ChangeFields
            do { fields = try ChangeFields(value, what: "history line") } catch { throw fail(Said.error(error), number) }
            let change: JSONValue
            do { change = try fields.value("change") } catch { throw fail(VerifyWords.namesNoChange, number) }
            out.append(HistoryLine(number: number, fields: fields, change: change, raw: line))
        }
        return out
    }
}
