/// How a signature rides on its history line.
///
/// The signature covers the line's exact bytes as written without it; it is
/// then added as the last member, `,"sig":"…"}`, so a reader gets the signed
/// bytes back by taking that suffix off, without writing the JSON again (a
/// second writer, or a later Samen, could spell the same value differently).
public enum SignedLine {
    static let marker = Array(#","sig":""#.utf8)

    public static func appending(_ signature: SSHSignature, to line: [UInt8]) -> [UInt8] {
        precondition(line.last == UInt8(ascii: "}"), "a history line is a JSON object")
        return line.dropLast() + marker + Array(signature.base64.utf8) + Array(#""}"#.utf8)
    }

    /// The bytes that were signed and the signature's text, or nil when the
    /// line carries no signature at its end. A `sig` anywhere else was not
    /// put there by Samen, and the line's reader says so.
    public static func split<C: Collection>(_ line: C) -> (signed: [UInt8], signature: String)? where C.Element == UInt8 {
        let bytes = Array(line)
        guard bytes.count > marker.count + 2, bytes.suffix(2) == [UInt8(ascii: "\""), UInt8(ascii: "}")] else { return nil }
        // The signature is base64: no quote inside, so the last marker is its start.
        var i = bytes.count - 2 - marker.count
        while i >= 0 {
            if bytes[i..<i + marker.count].elementsEqual(marker) {
                let text = bytes[(i + marker.count)..<(bytes.count - 2)]
                guard !text.contains(UInt8(ascii: "\"")), !text.contains(UInt8(ascii: "\\")) else { return nil }
                return (Array(bytes[..<i]) + [UInt8(ascii: "}")], String(decoding: text, as: UTF8.self))
            }
            i -= 1
        }
        return nil
    }

    /// The signature `line` carries (its `sig` field reads `claimed`),
    /// checked over the line's own bytes; or why it does not hold, as the
    /// end of a sentence about the line. `samen history` and `samen verify`
    /// both ask this, so they cannot disagree on whether a signature holds.
    public static func check<C: Collection>(_ line: C, claimed: String) -> Result<SSHSignature, Unsound> where C.Element == UInt8 {
        guard let (signed, text) = split(line), text == claimed else {
            return .failure(Unsound(.notAtEnd))
        }
        let signature: SSHSignature
        do { signature = try SSHSignature(text: text) } catch { return .failure(Unsound(.cannotRead(Said.error(error)))) }
        if let problem = signature.reason(signing: signed) { return .failure(Unsound(.doesNotHold(problem))) }
        return .success(signature)
    }

    public struct Unsound: Error, Equatable, CustomStringConvertible, Phrase {
        public var why: SigningWords
        init(_ why: SigningWords) { self.why = why }
        public var description: String { why.text }
        public var en: String { why.en }
        public var nl: String { why.nl }
        public static func == (a: Unsound, b: Unsound) -> Bool { a.why.en == b.why.en }
    }
}
