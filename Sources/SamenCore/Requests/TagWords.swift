/// How topic tags, skills and Share pitches are compared with each other.
///
/// People type the same thing several ways: "Infographics", "infographic",
/// "social media", "social-media". Matching works on word stems: lower case,
/// accents folded, split on anything that is not a letter or digit, and a
/// plural ending dropped. Deliberately light (no dictionary, no Dutch
/// grammar): a wrong stem costs one missed or one extra suggestion, which a
/// person sees and judges, since every match is shown with its reason.
public enum TagWords {
    /// `"Social media"` -> `["social", "media"]`, `"infographics"` -> `["infographic"]`.
    public static func stems(_ text: String) -> [String] {
        var out: [String] = []
        forEachStem(of: text) { out.append($0) }
        return out
    }

    /// Calls `body` with the stem of each word of `text`, in order. Works on
    /// bytes when the text is ASCII, as nearly every pitch is: indexing
    /// 10,000 pitches then costs a few milliseconds instead of a hundred.
    public static func forEachStem(of text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(24)
        var ascii = true
        for b in text.utf8 where b >= 0x80 { ascii = false; break }
        if ascii {
            for b in text.utf8 {
                if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { word.append(b) }
                else if (0x41...0x5A).contains(b) { word.append(b + 0x20) }
                else if !word.isEmpty { body(stem(bytes: word)); word.removeAll(keepingCapacity: true) }
            }
            if !word.isEmpty { body(stem(bytes: word)) }
            return
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = UInt8(scalar.value)
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { word.append(v) }
                else if (0x41...0x5A).contains(v) { word.append(v + 0x20) }
                else if !word.isEmpty { body(stem(bytes: word)); word.removeAll(keepingCapacity: true) }
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    // Accents folded (ë -> e), so "Zoë" and "Zoe" are one word.
                    word.append(contentsOf: (String.latinBase[lower] ?? String(lower)).utf8)
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining accent: folded away like a precomposed one
            } else if !word.isEmpty {
                body(stem(bytes: word)); word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { body(stem(bytes: word)) }
    }

    /// One lower-case word without its plural ending: "strategies" ->
    /// "strategy", "taxes" -> "tax", "contracts" -> "contract"; "business",
    /// "status" and "analysis" stay as they are.
    public static func stem(_ word: String) -> String { stem(bytes: Array(word.utf8)) }

    private static let ies = Array("ies".utf8), sses = Array("sses".utf8), xes = Array("xes".utf8), ches = Array("ches".utf8)
    private static let shes = Array("shes".utf8), zes = Array("zes".utf8)
    private static let ss = Array("ss".utf8), us = Array("us".utf8), isEnding = Array("is".utf8)

    static func stem(bytes w: [UInt8]) -> String {
        func ends(_ e: [UInt8]) -> Bool { w.count >= e.count && w[(w.count - e.count)...].elementsEqual(e) }
        guard w.count >= 4 else { return String(decoding: w, as: UTF8.self) }
        if ends(ies) { return String(decoding: w.dropLast(3), as: UTF8.self) + "y" }
        if ends(sses) || ends(xes) || ends(ches) || ends(shes) || ends(zes) { return String(decoding: w.dropLast(2), as: UTF8.self) }
        if ends(ss) || ends(us) || ends(isEnding) { return String(decoding: w, as: UTF8.self) }
        if w.last == 0x73 { return String(decoding: w.dropLast(), as: UTF8.self) }   // "s"
        return String(decoding: w, as: UTF8.self)
    }

    /// The form two tags share when they mean the same: "Social-Media" and
    /// "social medias" both become "social media".
    public static func key(_ tag: String) -> String { stems(tag).joined(separator: " ") }

    /// Edit distance counting a swap of two neighbours as one edit
    /// (Damerau-Levenshtein, optimal string alignment), stopping early once
    /// it is sure to exceed `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowBest = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, previous2[j - 2] + 1) }
                current[j] = d
                rowBest = min(rowBest, d)
            }
            if rowBest > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
