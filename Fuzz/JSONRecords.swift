import SamenCore

/// The loader's record decoders, and the history's change reader, on
/// arbitrary bytes. The first byte picks the record kind; the rest is one
/// line of a data file (or a history line's change). A decoded record must
/// survive being written and read back unchanged: what Samen writes it can
/// always read, which is what keeps a directory loadable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRecords(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let kind = data[0] % 7
    let line = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch kind {
    case 0: roundTrip(Member.self, line)
    case 1: roundTrip(Project.self, line)
    case 2: roundTrip(HelpRequest.self, line)
    case 3: roundTrip(LedgerEntry.self, line)
    case 4: roundTrip(Network.self, line)
    case 5: changeRoundTrip(line)
    default:
        if let v = try? JSONParser.parse(line) { _ = JSONWriter.line(v) }
    }
    return 0
}

/// A history line's change (`samen verify` reads them back): what reads
/// must be written and read back as the same change.
func changeRoundTrip(_ line: [UInt8]) {
    guard let value = try? JSONParser.parse(line), let change = try? Change(json: value) else { return }
    let written = JSONWriter.line(change.json)
    let again: Change
    do { again = try Change(json: try JSONParser.parse(written)) } catch {
        fatalError("a change written by Samen does not read back: \(error)\n\(String(decoding: written, as: UTF8.self))")
    }
    if again != change { fatalError("a change differs after a round trip:\n\(String(decoding: written, as: UTF8.self))") }
}

func roundTrip<R: JSONRecord & Equatable>(_: R.Type, _ line: [UInt8]) {
    guard let record = try? R(jsonBytes: line) else { return }
    let written = JSONWriter.line(record.json)
    let again: R
    do { again = try R(jsonBytes: Array(written.dropLast(written.last == 0x0A ? 1 : 0))) } catch {
        fatalError("\(R.self) written by Samen does not read back: \(error)\n\(String(decoding: written, as: UTF8.self))")
    }
    if again != record { fatalError("\(R.self) changed on a round trip:\n\(String(decoding: written, as: UTF8.self))") }
}
