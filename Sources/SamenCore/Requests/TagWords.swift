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
        var word: [Unicode.Scalar] = []
        func flush() {
            if !word.isEmpty {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: word)
                out.append(stem(String(s)))
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            // ASCII first: nearly every pitch is, and Unicode properties cost a table lookup each.
            if scalar.isASCII {
                let v = scalar.value
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { word.append(scalar) }
                else if (0x41...0x5A).contains(v) { word.append(Unicode.Scalar(v + 0x20)!) }
                else { flush() }
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    if let base = String.latinBase[lower] { word.append(contentsOf: base.unicodeScalars) } else { word.append(lower) }
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // a combining accent: folded away like a precomposed one
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// One lower-case word without its plural ending: "strategies" ->
    /// "strategy", "taxes" -> "tax", "contracts" -> "contract"; "business",
    /// "status" and "analysis" stay as they are.
    public static func stem(_ word: String) -> String {
        guard word.count >= 4 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "xes", "ches", "shes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
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
