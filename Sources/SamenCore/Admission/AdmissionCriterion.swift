/// One of the things a network weighs before it admits someone, as its
/// `network.json` says (`admissionCriteria`). Unit-2 asks three: better at
/// something than what is in house, standing on their own feet ("the
/// concept won't save you"), and open to the experiment. ST-groep admits
/// on a match with its shared vision, sociotechnics.
public struct AdmissionCriterion: Hashable, Sendable, JSONRecord {
    /// A short handle typed on the command line: `own-feet`.
    public var id: String
    /// The words shown, in English and in Dutch (Dutch falls back on English).
    public var label: String
    public var labelNl: String?

    public init(id: String, label: String, labelNl: String? = nil) { self.id = id; self.label = label; self.labelNl = labelNl }

    /// The label in the language shown now.
    public var shown: String { Language.current == .nl ? (labelNl ?? label) : label }

    /// The criterion whose facts Samen computes (`InHouseSkills`): what the applicant adds.
    public static let inHouseID = "in-house"

    /// Unit-2's three, which a network without its own list starts from.
    public static let unit2: [AdmissionCriterion] = [
        AdmissionCriterion(id: inHouseID, label: "Better at something than what is in house",
                           labelNl: "Ergens beter in dan wat er in huis is"),
        AdmissionCriterion(id: "own-feet", label: "Stands on their own feet (own clients, other income)",
                           labelNl: "Staat op eigen benen (eigen klanten, ander inkomen)"),
        AdmissionCriterion(id: "experiment", label: "Open to the experiment",
                           labelNl: "Doet mee aan ons samenwerkingsexperiment"),
    ]

    /// ST-groep's: a match with the shared vision; what they add is shown as fact beside it.
    public static let stGroep: [AdmissionCriterion] = [
        AdmissionCriterion(id: "vision", label: "Shares the vision: sociotechnics",
                           labelNl: "Deelt de visie: sociotechniek"),
    ]

    private enum Field {
        static let id: JSONKey = "id"
        static let label: JSONKey = "label"
        static let labelNl: JSONKey = "labelNl"
    }

    public init(from s: inout JSONScanner) throws {
        let what = "admission criterion"
        var id: String?, label: String?, labelNl: String?
        try s.object(what) { key, s in
            switch key {
            case Field.id: id = try s.string()
            case Field.label: label = try s.string()
            case Field.labelNl: labelNl = try s.optionalString()
            default: throw s.unknown(key, in: what)
            }
        }
        self.init(id: try required(id, "id", what), label: try required(label, "label", what), labelNl: labelNl)
    }

    public var json: JSONValue {
        var b = JSONObjectBuilder()
        b.set("id", id); b.set("label", label); b.set("labelNl", labelNl)
        return b.value
    }
}

extension Network {
    /// The criterion with `id`, if the network weighs it.
    public func admissionCriterion(_ id: String) -> AdmissionCriterion? {
        admissionCriteria.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }
}
